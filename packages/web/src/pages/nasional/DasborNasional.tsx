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
import { Button, Group, Menu, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { useErrorMessage } from "../../components/ErrorAlert.tsx";
import { TabelBerhalaman } from "../../components/kit/index.ts";
import { beritahuGagal } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { angka1, type BarisDasbor, namaJenis, namaProvinsiWeb, opsiJenis, opsiProvinsi } from "./api.ts";
import { ImporDialog } from "./DialogImpor.tsx";
import { AdminPertamaDialog, InstansiDialog } from "./DialogInstansi.tsx";
import { Distribusi } from "./Distribusi.tsx";
import { PilihPeriode, TrenInstansiDialog, TrenPanel, usePeriodeId, usePeriodeUrl } from "./TrenPeriode.tsx";

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
  const [periode, setPeriode] = usePeriodeUrl();
  const periodeId = usePeriodeId(periode);
  const [page, setPage] = useState(1);
  const [ukuran, setUkuran] = useState(25);
  // the table's filter and order: one form; any change goes back to the first page
  const saring = useForm({
    initialValues: { cari: "", jenis: null as string | null, provinsi: null as string | null, urut: "nama" },
    onValuesChange: () => setPage(1),
  });
  const { jenis, provinsi, urut } = saring.values;
  const [q] = useDebouncedValue(saring.values.cari.trim(), 300);
  const [dialog, setDialog] = useState<
    null | { jenis: "baru" | "impor" } | { jenis: "ubah" | "admin" | "tren"; baris: BarisDasbor }
  >(null);
  const query = useQuery({
    queryKey: ["nasional", "instansi", periode, jenis, provinsi, q, urut, page, ukuran],
    queryFn: () =>
      isi(
        klien.GET("/api/nasional/instansi", {
          params: {
            query: {
              periode: periode ?? undefined,
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
          <Laporan periode={periode} />
        </Group>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <PilihPeriode value={periode} onChange={(v) => ulang(() => setPeriode(v))} />
        <TextInput
          label={t("nasional.cari")}
          description={t("nasional.cariPetunjuk")}
          style={{ flex: "1 1 200px" }}
          {...saring.getInputProps("cari")}
        />
        <Select
          label={t("nasional.jenis")}
          placeholder={t("nasional.semua")}
          clearable
          data={opsiJenis(b)}
          style={{ flex: "1 1 200px" }}
          {...saring.getInputProps("jenis")}
        />
        <Select
          label={t("nasional.provinsi")}
          placeholder={t("nasional.semua")}
          clearable
          searchable
          data={opsiProvinsi(b)}
          style={{ flex: "1 1 200px" }}
          {...saring.getInputProps("provinsi")}
        />
        <Select
          label={t("nasional.urut")}
          allowDeselect={false}
          data={URUT.map((u) => ({ value: u, label: t(`nasional.urutan.${u}`) }))}
          style={{ flex: "1 1 200px" }}
          {...saring.getInputProps("urut")}
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
          ...(periode
            ? [
                {
                  judul: t("nasional.lke"),
                  nowrap: true,
                  isi: (r: BarisDasbor) =>
                    r.statusLke
                      ? `${t(`nasional.statusLke.${r.statusLke}`, { defaultValue: r.statusLke })}${r.skorLke === null ? "" : ` · ${angka1(r.skorLke, b)}`}`
                      : t("nasional.lkeBelum"),
                },
              ]
            : []),
          {
            judul: t("nasional.aksi"),
            isi: (r) => <AksiBaris baris={r} onDialog={setDialog} periodeId={periodeId} />,
          },
        ]}
      />
      <Distribusi />
      <TrenPanel jenis={jenis} />
      {dialog?.jenis === "baru" && <InstansiDialog onTutup={() => setDialog(null)} />}
      {dialog?.jenis === "impor" && <ImporDialog onTutup={() => setDialog(null)} />}
      {dialog?.jenis === "ubah" && <InstansiDialog baris={dialog.baris} onTutup={() => setDialog(null)} />}
      {dialog?.jenis === "tren" && (
        <TrenInstansiDialog
          instansi={{ id: dialog.baris.instansiId, nama: dialog.baris.nama }}
          onTutup={() => setDialog(null)}
        />
      )}
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
      role="img"
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
  periodeId,
}: {
  baris: BarisDasbor;
  periodeId: string | null;
  onDialog: (d: { jenis: "ubah" | "admin" | "tren"; baris: BarisDasbor }) => void;
}) {
  const { t } = useTranslation();
  const pesan = useErrorMessage();
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
        <Menu.Item onClick={() => onDialog({ jenis: "tren", baris })}>{t("nasional.tren.menu")}</Menu.Item>
        {periodeId && (
          <Menu.Item
            onClick={() =>
              download(
                `/api/instansi/${baris.instansiId}/evaluasi/periode/${periodeId}/rapor`,
                {},
                `rapor-${baris.kode}.pdf`,
              ).catch((e) => beritahuGagal(t("nasional.raporGagal"), pesan(e)))
            }
          >
            {t("nasional.rapor")}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item onClick={() => onDialog({ jenis: "ubah", baris })}>{t("nasional.ubah")}</Menu.Item>
        <Menu.Item onClick={() => onDialog({ jenis: "admin", baris })}>
          {t("nasional.adminPertama")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function Laporan({ periode }: { periode: string | null }) {
  const { t } = useTranslation();
  const pesan = useErrorMessage();
  const [sedang, setSedang] = useState<string | null>(null);
  const unduh = async (format: "xlsx" | "pdf") => {
    setSedang(format);
    try {
      await download(
        "/api/nasional/laporan",
        { format, ...(periode ? { periode } : {}) },
        `laporan-nasional${periode ? `-${periode}` : ""}.${format}`,
      );
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
