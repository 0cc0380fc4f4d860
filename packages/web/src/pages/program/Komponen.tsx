/** Small building blocks of the programme pages. */
import { Alert, Anchor, Badge, FileInput, Group, List, MultiSelect, Select, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { NAMA_PERAN, type Peran } from "@nurani/domain";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { useErrorMessage } from "../../components/ErrorAlert.tsx";
import { navigate } from "../../lib/router.ts";
import { rujukan } from "../../lib/rujukan.ts";
import { alasanGalat, TERIMA_BERKAS, UKURAN_MAKS, unggahDokumen } from "./api.ts";

/** An API error with the regulation's reasons listed one per line. */
export function GalatProgram({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const pesan = useErrorMessage();
  if (!error) return null;
  const alasan = alasanGalat(error);
  const b = i18n.language === "en" ? "en" : "id";
  return (
    <Alert color="red" title={t("galat.judul")} role="alert">
      {alasan.length === 0 ? (
        <Text size="sm">{pesan(error)}</Text>
      ) : (
        <List size="sm">
          {alasan.map((g) => (
            <List.Item key={`${g.kode}-${g.bidang ?? ""}-${g.pesan.id}`}>
              {g.pesan[b]}{" "}
              <Text span c="dimmed" size="xs">
                ({rujukan(g.sumber, b)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

export function PeringatanProgram({
  peringatan,
}: {
  peringatan: { kode: string; bidang?: string; pesan: { id: string; en: string } }[];
}) {
  const { t, i18n } = useTranslation();
  if (peringatan.length === 0) return null;
  const b = i18n.language === "en" ? "en" : "id";
  return (
    <Alert color="yellow" title={t("program.peringatan")} styles={{ title: { color: "#5c3c00" } }}>
      <List size="sm">
        {peringatan.map((g) => (
          <List.Item key={`${g.kode}-${g.bidang ?? ""}-${g.pesan.id}`}>{g.pesan[b]}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function LencanaPeran({ peran }: { peran: readonly Peran[] }) {
  const { i18n } = useTranslation();
  const b = i18n.language === "en" ? "en" : "id";
  return (
    <Group gap={4}>
      {peran.map((p, i) => (
        <Lencana key={p} tegas={i === 0} size="sm">
          {NAMA_PERAN[p][b]}
        </Lencana>
      ))}
    </Group>
  );
}

/** Picks a file, checks size and type hints locally, uploads it to the cycle, reports the stored id. */
export function UnggahDokumen({
  siklusId,
  label,
  nilai,
  onUnggah,
  wajib,
}: {
  siklusId: string;
  label: string;
  nilai?: string;
  onUnggah: (id: string, nama: string) => void;
  wajib?: boolean;
}) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [nama, setNama] = useState<string | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const [sedang, setSedang] = useState(false);
  const pesan = useErrorMessage();
  return (
    <FileInput
      label={label}
      withAsterisk={wajib}
      accept={TERIMA_BERKAS}
      placeholder={nama ?? (nilai ? t("program.dokumenTersimpan") : t("program.pilihBerkas"))}
      description={t("program.petunjukBerkas")}
      error={galat ? pesan(galat) : undefined}
      disabled={sedang}
      clearable={false}
      onChange={async (f) => {
        if (!f) return;
        setGalat(null);
        if (f.size > UKURAN_MAKS) {
          setGalat(new Error(t("program.berkasBesar")));
          return;
        }
        setSedang(true);
        try {
          const b = await unggahDokumen(instansi.id, siklusId, f);
          setNama(b.nama);
          onUnggah(b.id, b.nama);
        } catch (e) {
          setGalat(e);
        } finally {
          setSedang(false);
        }
      }}
    />
  );
}

function usePencarianPegawai(q: string) {
  const { instansi } = useSession();
  return useQuery({
    queryKey: ["instansi", instansi.id, "pegawai", { q, pilih: true }],
    queryFn: ({ signal }) =>
      isi(
        klien.GET("/api/instansi/{instansiId}/pegawai", {
          params: { path: { instansiId: instansi.id }, query: { q, pageSize: 20, aktif: "true" } },
          signal,
        }),
      ),
  });
}

/** Employees by server-side search (name or NIP); keeps labels of chosen ones. */
export function PilihPegawai({
  label,
  nilai,
  onChange,
  label0,
}: {
  label: string;
  nilai: string[];
  onChange: (ids: string[], label: Record<string, string>) => void;
  label0?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [cari] = useDebouncedValue(q, 300);
  const hasil = usePencarianPegawai(cari);
  const [nama, setNama] = useState<Record<string, string>>(label0 ?? {});
  const data = new Map<string, string>();
  for (const id of nilai) data.set(id, nama[id] ?? id);
  for (const p of hasil.data?.items ?? []) data.set(p.id, `${p.nama} — ${p.unitNama ?? ""}`);
  return (
    <MultiSelect
      label={label}
      searchable
      searchValue={q}
      onSearchChange={setQ}
      value={nilai}
      data={[...data].map(([value, l]) => ({ value, label: l }))}
      nothingFoundMessage={t("umum.tidakAda")}
      filter={({ options }) => options}
      onChange={(ids) => {
        const baru = { ...nama };
        for (const id of ids) baru[id] = data.get(id) ?? id;
        setNama(baru);
        onChange(ids, baru);
      }}
    />
  );
}

export function PilihPegawaiTunggal({
  label,
  nilai,
  onChange,
}: {
  label: string;
  nilai: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [cari] = useDebouncedValue(q, 300);
  const hasil = usePencarianPegawai(cari);
  const [nama, setNama] = useState<Record<string, string>>({});
  const data = new Map<string, string>();
  if (nilai) data.set(nilai, nama[nilai] ?? nilai);
  for (const p of hasil.data?.items ?? []) data.set(p.id, `${p.nama} — ${p.unitNama ?? ""}`);
  return (
    <Select
      label={label}
      searchable
      clearable
      searchValue={q}
      onSearchChange={setQ}
      value={nilai}
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

const TEKS_GELAP: Record<string, string> = {
  teal: "#0b5e46",
  blue: "#1a4a80",
  grape: "#6b1f7d",
  gray: "#343a40",
  yellow: "#5c3c00",
  orange: "#7a2e05",
};

/** A badge whose text stays dark enough on its tinted background (WCAG AA), as StatusBadge does. */
export function Lencana({
  warna = "blue",
  tegas,
  size,
  children,
}: {
  warna?: string;
  tegas?: boolean;
  size?: "xs" | "sm" | "md";
  children: ReactNode;
}) {
  return (
    <Badge
      variant="light"
      color={warna}
      c={TEKS_GELAP[warna] ?? "dark"}
      size={size}
      fw={tegas ? 800 : 600}
      style={tegas ? { outline: `1px solid ${TEKS_GELAP[warna] ?? "#333"}` } : undefined}
      styles={{ root: { overflow: "visible" }, label: { overflow: "visible", textOverflow: "clip" } }}
    >
      {children}
    </Badge>
  );
}

/** Back link to the cycle's dashboard (or the cycle list). */
export function Kembali({ id, nama }: { id: string; nama?: string }) {
  const { t } = useTranslation();
  const ke = id ? `/program/${id}` : "/program";
  return (
    <Anchor
      href={ke}
      onClick={(e) => {
        e.preventDefault();
        navigate(ke);
      }}
    >
      ← {nama ?? t("program.judul")}
    </Anchor>
  );
}
