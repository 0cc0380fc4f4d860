/**
 * The national dashboard, the evaluator's home (BAB IV; docs/nasional.md
 * Part II): every agency in one table — category, province, programme stage,
 * preparation completeness, activity coverage, latest released index with
 * its 95 % interval, level distribution, participation — sortable,
 * filterable by category and province, searchable, paged; the index
 * distribution by category (chart and table) and a province tile grid. A row
 * opens that agency's own pages read-only. The agency is the smallest unit
 * shown: no person's data at national level.
 */
import {
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { useErrorMessage } from "../../components/ErrorAlert.tsx";
import { TabelBerhalaman } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuGagal } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import {
  angka1,
  type BarisDasbor,
  namaJenis,
  namaProvinsiWeb,
  opsiJenis,
  opsiProvinsi,
  type Sebaran,
} from "./api.ts";
import { ImporDialog } from "./DialogImpor.tsx";
import { AdminPertamaDialog, InstansiDialog } from "./DialogInstansi.tsx";

const GrafikBatang = lazy(() =>
  import("../../components/Grafik.tsx").then((m) => ({ default: m.GrafikBatang })),
);

const URUT = [
  "nama",
  "kode",
  "jenis",
  "provinsi",
  "-indeks",
  "indeks",
  "-partisipasi",
  "-tahap",
  "-persiapan",
  "-kegiatan",
] as const;

/** `beranda`: shown as the evaluator's home page (greets the user, as every home page does). */
export function DasborNasionalPage({ beranda = false }: { beranda?: boolean }) {
  const { t, i18n } = useTranslation();
  const { sesi } = useSession();
  const b = i18n.language;
  const [jenis, setJenis] = useState<string | null>(null);
  const [provinsi, setProvinsi] = useState<string | null>(null);
  const [cari, setCari] = useState("");
  const [urut, setUrut] = useState<string>("nama");
  const [page, setPage] = useState(1);
  const [ukuran, setUkuran] = useState(25);
  const [q] = useDebouncedValue(cari.trim(), 300);
  const [dialog, setDialog] = useState<
    null | { jenis: "baru" | "impor" } | { jenis: "ubah" | "admin"; baris: BarisDasbor }
  >(null);
  const query = useQuery({
    queryKey: ["nasional", "instansi", jenis, provinsi, q, urut, page, ukuran],
    queryFn: () =>
      isi(
        klien.GET("/api/nasional/instansi", {
          params: {
            query: {
              jenis: (jenis ?? undefined) as never,
              provinsi: (provinsi ?? undefined) as never,
              q: q || undefined,
              urut: urut as never,
              page,
              pageSize: ukuran,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const ulang = (f: () => void) => {
    f();
    setPage(1);
  };
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>
            {beranda ? t("beranda.salam", { nama: sesi.user.nama }) : t("nasional.judul")}
          </Title>
          <Text size="sm" c="gray.7">
            {beranda && `${t("nasional.judul")}. `}
            {t("nasional.pengantar")}
          </Text>
        </div>
        <Group gap="xs">
          <Button onClick={() => setDialog({ jenis: "baru" })}>{t("nasional.daftarkan")}</Button>
          <Button variant="default" onClick={() => setDialog({ jenis: "impor" })}>
            {t("nasional.imporTombol")}
          </Button>
          <Laporan />
        </Group>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("nasional.cari")}
          description={t("nasional.cariPetunjuk")}
          value={cari}
          onChange={(e) => ulang(() => setCari(e.currentTarget.value))}
          style={{ flex: "1 1 200px" }}
        />
        <Select
          label={t("nasional.jenis")}
          placeholder={t("nasional.semua")}
          clearable
          data={opsiJenis(b)}
          value={jenis}
          onChange={(v) => ulang(() => setJenis(v))}
          style={{ flex: "1 1 200px" }}
        />
        <Select
          label={t("nasional.provinsi")}
          placeholder={t("nasional.semua")}
          clearable
          searchable
          data={opsiProvinsi(b)}
          value={provinsi}
          onChange={(v) => ulang(() => setProvinsi(v))}
          style={{ flex: "1 1 200px" }}
        />
        <Select
          label={t("nasional.urut")}
          allowDeselect={false}
          data={URUT.map((u) => ({ value: u, label: t(`nasional.urutan.${u}`) }))}
          value={urut}
          onChange={(v) => v && ulang(() => setUrut(v))}
          style={{ flex: "1 1 200px" }}
        />
      </Group>
      <TabelBerhalaman
        query={query}
        label={t("nasional.tabel")}
        lebarMin={1000}
        kosong={t("nasional.kosong")}
        kunciBaris={(r) => r.instansiId}
        onHalaman={setPage}
        onUkuranHalaman={(n) => ulang(() => setUkuran(n))}
        kolom={[
          {
            judul: t("nasional.instansi"),
            isi: (r) => (
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {r.nama}
                </Text>
                <Text size="xs">{r.kode}</Text>
              </Stack>
            ),
          },
          { judul: t("nasional.jenis"), isi: (r) => namaJenis(r.jenis, b) },
          { judul: t("nasional.provinsi"), isi: (r) => namaProvinsiWeb(r.provinsi, b) },
          { judul: t("nasional.tahap"), isi: (r) => (r.tahap ? t(`nasional.tahapNama.${r.tahap}`) : "—") },
          { judul: t("nasional.persiapan"), isi: (r) => `${r.langkahPersiapan}/6`, nowrap: true },
          { judul: t("nasional.kegiatan"), isi: (r) => `${r.kegiatanTerlaksana}/5`, nowrap: true },
          {
            judul: t("nasional.indeks"),
            nowrap: true,
            isi: (r) =>
              r.indeks ? (
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {angka1(r.indeks.nilai, b)}
                  </Text>
                  <Text size="xs">
                    {t("nasional.interval", {
                      bawah: angka1(r.indeks.bawah, b),
                      atas: angka1(r.indeks.atas, b),
                    })}
                  </Text>
                </Stack>
              ) : (
                "—"
              ),
          },
          {
            judul: t("nasional.level"),
            nowrap: true,
            isi: (r) => (r.distribusiLevel ? <Level level={r.distribusiLevel} /> : "—"),
          },
          {
            judul: t("nasional.partisipasi"),
            nowrap: true,
            isi: (r) => (r.partisipasi === null ? "—" : `${Math.round(r.partisipasi * 100)}%`),
          },
          { judul: t("nasional.aksi"), isi: (r) => <AksiBaris baris={r} onDialog={setDialog} /> },
        ]}
      />
      <Distribusi />
      {dialog?.jenis === "baru" && <InstansiDialog onTutup={() => setDialog(null)} />}
      {dialog?.jenis === "impor" && <ImporDialog onTutup={() => setDialog(null)} />}
      {dialog?.jenis === "ubah" && <InstansiDialog baris={dialog.baris} onTutup={() => setDialog(null)} />}
      {dialog?.jenis === "admin" && (
        <AdminPertamaDialog baris={dialog.baris} onTutup={() => setDialog(null)} />
      )}
    </Stack>
  );
}

function Level({ level }: { level: number[] }) {
  const { t } = useTranslation();
  const n = level.reduce((a, x) => a + x, 0) || 1;
  return (
    <Text
      size="xs"
      aria-label={t("nasional.levelLabel", { l1: level[0], l2: level[1], l3: level[2], l4: level[3] })}
    >
      {level.map((x, i) => `L${i + 1} ${Math.round((100 * x) / n)}%`).join(" · ")}
    </Text>
  );
}

/** Opens the agency's own pages (read-only for the evaluator: the API refuses writes). */
function AksiBaris({
  baris,
  onDialog,
}: {
  baris: BarisDasbor;
  onDialog: (d: { jenis: "ubah" | "admin"; baris: BarisDasbor }) => void;
}) {
  const { t } = useTranslation();
  const { pilihInstansi } = useSession();
  const buka = (path: string) => {
    pilihInstansi(baris.instansiId);
    navigate(path);
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="xs" variant="default" aria-label={t("nasional.aksiUntuk", { nama: baris.nama })}>
          {t("nasional.buka")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => buka("/")}>{t("nasional.bukaBeranda")}</Menu.Item>
        <Menu.Item onClick={() => buka("/program")}>{t("nasional.bukaProgram")}</Menu.Item>
        <Menu.Item onClick={() => buka("/peta-asesmen")}>{t("nasional.bukaPeta")}</Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => onDialog({ jenis: "ubah", baris })}>{t("nasional.ubah")}</Menu.Item>
        <Menu.Item onClick={() => onDialog({ jenis: "admin", baris })}>
          {t("nasional.adminPertama")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function Laporan() {
  const { t } = useTranslation();
  const pesan = useErrorMessage();
  const [sedang, setSedang] = useState<string | null>(null);
  const unduh = async (format: "xlsx" | "pdf") => {
    setSedang(format);
    try {
      await download("/api/nasional/laporan", { format }, `laporan-nasional.${format}`);
    } catch (e) {
      beritahuGagal(t("nasional.gagalLaporan"), pesan(e));
    } finally {
      setSedang(null);
    }
  };
  return (
    <>
      <Button variant="default" loading={sedang === "xlsx"} onClick={() => unduh("xlsx")}>
        {t("nasional.laporanXlsx")}
      </Button>
      <Button variant="default" loading={sedang === "pdf"} onClick={() => unduh("pdf")}>
        {t("nasional.laporanPdf")}
      </Button>
    </>
  );
}

/** Index distribution by category (chart + the same figures as a table) and the province tile grid. */
function Distribusi() {
  const { t, i18n } = useTranslation();
  const b = i18n.language;
  const query = useQuery({
    queryKey: ["nasional", "sebaran"],
    queryFn: () => isi(klien.GET("/api/nasional/sebaran", {})),
  });
  return (
    <QueryState query={query}>
      {(d: Sebaran) => (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Paper withBorder p="md">
            <Title order={3} size="h4">
              {t("nasional.sebaranJenis")}
            </Title>
            <Text size="xs" c="gray.7" mb="xs">
              {t("nasional.sebaranPetunjuk")}
            </Text>
            <Suspense fallback={null}>
              <GrafikBatang
                label={d.jenis.map((j) => j.kelompok)}
                nilai={d.jenis.map((j) => Math.round((j.median ?? 0) * 10) / 10)}
                tinggi={Math.max(120, d.jenis.length * 40)}
              />
            </Suspense>
            <Table fz="xs" aria-label={t("nasional.sebaranJenis")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("nasional.jenis")}</Table.Th>
                  <Table.Th scope="col">{t("nasional.berindeks")}</Table.Th>
                  <Table.Th scope="col">{t("nasional.median")}</Table.Th>
                  <Table.Th scope="col">{t("nasional.rentang")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[d.nasional, ...d.jenis].map((j) => (
                  <Table.Tr key={j.kode || "nasional"}>
                    <Table.Td>{j.kelompok}</Table.Td>
                    <Table.Td>
                      {j.denganIndeks}/{j.instansi}
                    </Table.Td>
                    <Table.Td>{j.median === null ? "—" : angka1(j.median, b)}</Table.Td>
                    <Table.Td>
                      {j.min === null || j.maks === null ? "—" : `${angka1(j.min, b)}–${angka1(j.maks, b)}`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          <Paper withBorder p="md">
            <Title order={3} size="h4">
              {t("nasional.petaProvinsi")}
            </Title>
            <Text size="xs" c="gray.7" mb="xs">
              {t("nasional.petaProvinsiPetunjuk")}
            </Text>
            <ul style={UBIN} aria-label={t("nasional.petaProvinsi")}>
              {d.provinsi.map((p) => (
                <li key={p.kode} title={p.kelompok}>
                  <span style={{ ...UBIN_KODE, background: warna(p.median) }}>{p.kode}</span>
                  <Text size="xs" ta="center">
                    {p.median === null ? "—" : angka1(p.median, b)}
                    <span className="sr-only">
                      {" "}
                      {p.kelompok}: {t("nasional.ubin", { n: p.instansi, k: p.denganIndeks })}
                    </span>
                  </Text>
                </li>
              ))}
            </ul>
          </Paper>
        </SimpleGrid>
      )}
    </QueryState>
  );
}

/** Tiles coloured by the province's median index (derajat, national reference mean 50). */
const warna = (m: number | null) =>
  m === null ? "#495057" : m >= 55 ? "#0b5d57" : m >= 45 ? "#1c3f7a" : "#8a3b00";
const UBIN_KODE = {
  display: "block",
  color: "#fff",
  borderRadius: 4,
  textAlign: "center",
  fontWeight: 700,
  fontSize: 12,
  padding: "2px 0",
} as const;

const UBIN = {
  display: "grid",
  gridTemplateColumns: "repeat(auto-fill, minmax(56px, 1fr))",
  gap: 6,
  listStyle: "none",
  padding: 0,
  margin: 0,
} as const;
