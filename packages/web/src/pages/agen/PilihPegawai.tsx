import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { kunciAgen } from "./kunci.ts";

/**
 * One employee of the agency, searched by name or NIP (readers of the employee list only). A form
 * field: takes what `form.getInputProps(…)` gives (value, onChange, error, focus and blur).
 */
export function PilihPegawai({
  label,
  value: nilai = null,
  onChange,
  required = false,
  ...lain
}: {
  label: string;
  value?: string | null;
  onChange: (id: string | null) => void;
  error?: ReactNode;
  onFocus?: () => void;
  onBlur?: () => void;
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
      {...lain}
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
