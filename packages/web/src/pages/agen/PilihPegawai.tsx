import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { kunciAgen } from "./kunci.ts";

/** One employee of the agency, searched by name or NIP (readers of the employee list only). */
export function PilihPegawai({
  label,
  nilai,
  onChange,
  error,
  required = false,
}: {
  label: string;
  nilai: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [q, setQ] = useState("");
  const [cari] = useDebouncedValue(q, 300);
  const [nama, setNama] = useState<Record<string, string>>({});
  const hasil = useQuery({
    queryKey: [...kunciAgen(instansi.id), "pegawai", cari],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/pegawai", {
          params: { path: { instansiId: instansi.id }, query: { q: cari, page: 1, pageSize: 20 } },
        }),
      ),
  });
  const data = new Map<string, string>();
  if (nilai) data.set(nilai, nama[nilai] ?? nilai);
  for (const p of hasil.data?.items ?? []) data.set(p.id, `${p.nama} (${p.nip})`);
  return (
    <Select
      label={label}
      searchable
      clearable
      required={required}
      searchValue={q}
      onSearchChange={setQ}
      value={nilai}
      error={error}
      data={[...data].map(([value, l]) => ({ value, label: l }))}
      nothingFoundMessage={t("umum.tidakAda")}
      filter={({ options }) => options}
      onChange={(id) => {
        if (id) setNama({ ...nama, [id]: data.get(id) ?? id });
        onChange(id);
      }}
    />
  );
}
