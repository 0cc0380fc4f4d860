import { Button, Group, NumberInput, Stack, Switch, Table, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { useErrorMessage } from "../../components/ErrorAlert.tsx";
import { KartuForm, konfirmasi, TabelBerhalaman } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil, beritahuGagal } from "../../lib/notifikasi.ts";
import { useWaktu } from "../../lib/waktu.ts";

type Pengaturan = Jawaban<"/api/instansi/{instansiId}/retensi">;
type Laporan = Jawaban<"/api/instansi/{instansiId}/retensi/uji", "post">;
type Jenis = Pengaturan["jenis"][number]["jenis"];

/** Retention per kind of data, the dry run and its confirmation (docs/data-saya.md "Retention"). */
export function RetensiPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const dasar = [...kunci.instansi(instansi.id), "retensi"];
  const pengaturan = useQuery({
    queryKey: [...dasar, "pengaturan"],
    queryFn: () =>
      isi(klien.GET("/api/instansi/{instansiId}/retensi", { params: { path: { instansiId: instansi.id } } })),
  });
  return (
    <Stack>
      <Title order={2}>{t("dataSaya.retensi.judul")}</Title>
      <Text size="sm">{t("dataSaya.retensi.petunjuk")}</Text>
      <QueryState query={pengaturan}>{(p) => <FormRetensi awal={p} />}</QueryState>
      <UjiCoba />
      <Riwayat />
    </Stack>
  );
}

function FormRetensi({ awal }: { awal: Pengaturan }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const form = useForm({
    initialValues: {
      otomatis: awal.otomatis,
      bulan: Object.fromEntries(awal.jenis.map((j) => [j.jenis, j.bulan])) as Record<Jenis, number>,
    },
  });
  return (
    <KartuForm
      judul={t("dataSaya.retensi.masa")}
      form={form}
      labelKirim={t("dataSaya.retensi.simpan")}
      kirim={(v) =>
        isi(
          klien.PUT("/api/instansi/{instansiId}/retensi", {
            params: { path: { instansiId: instansi.id } },
            body: { otomatis: v.otomatis, bulan: v.bulan },
          }),
        )
      }
      onBerhasil={async () => {
        beritahuBerhasil(t("dataSaya.retensi.tersimpan"));
        await qc.invalidateQueries({ queryKey: [...kunci.instansi(instansi.id), "retensi"] });
      }}
    >
      <div className="tabel-gulir">
        <Table miw={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("dataSaya.retensi.jenis")}</Table.Th>
              <Table.Th scope="col">{t("dataSaya.retensi.bulan")}</Table.Th>
              <Table.Th scope="col">{t("dataSaya.retensi.tindakan")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {awal.jenis.map((j) => (
              <Table.Tr key={j.jenis}>
                <Table.Td>
                  <Text size="sm">{j.nama}</Text>
                  <Text size="xs" c="dimmed">
                    {t("dataSaya.retensi.sejak", { sejak: j.sejak, bawaan: j.bawaanBulan })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`${j.nama}: ${t("dataSaya.retensi.bulan")}`}
                    min={1}
                    max={360}
                    w={100}
                    {...form.getInputProps(`bulan.${j.jenis}`)}
                  />
                </Table.Td>
                <Table.Td>{t(`dataSaya.retensi.tindakanNama.${j.tindakan}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Switch
        label={t("dataSaya.retensi.otomatis")}
        description={t("dataSaya.retensi.otomatisKeterangan")}
        {...form.getInputProps("otomatis", { type: "checkbox" })}
      />
    </KartuForm>
  );
}

function TabelLaporan({ l }: { l: Laporan }) {
  const { t } = useTranslation();
  const w = useWaktu();
  return (
    <div className="tabel-gulir">
      <Table miw={480} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("dataSaya.retensi.jenis")}</Table.Th>
            <Table.Th scope="col">{t("dataSaya.retensi.sebelum")}</Table.Th>
            <Table.Th scope="col">
              {l.nyata ? t("dataSaya.retensi.dihapus") : t("dataSaya.retensi.akanDihapus")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {l.rincian.map((r) => (
            <Table.Tr key={r.jenis}>
              <Table.Td>{t(`dataSaya.retensi.jenisNama.${r.jenis}`)}</Table.Td>
              <Table.Td>{w.tanggal(r.batas)}</Table.Td>
              <Table.Td>
                {r.jumlah}
                {r.tindakan === "laporan_saja" && ` (${t("dataSaya.retensi.tindakanNama.laporan_saja")})`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function UjiCoba() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const pesanGalat = useErrorMessage();
  const [laporan, setLaporan] = useState<Laporan | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const segarkan = () =>
    qc.invalidateQueries({ queryKey: [...kunci.instansi(instansi.id), "retensi", "laporan"] });
  async function uji() {
    setSibuk(true);
    try {
      setLaporan(
        await isi(
          klien.POST("/api/instansi/{instansiId}/retensi/uji", {
            params: { path: { instansiId: instansi.id } },
          }),
        ),
      );
      await segarkan();
    } catch (e) {
      beritahuGagal(t("dataSaya.retensi.gagal"), pesanGalat(e));
    } finally {
      setSibuk(false);
    }
  }
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t("dataSaya.retensi.ujiJudul")}
      </Title>
      <Text size="sm">{t("dataSaya.retensi.ujiPetunjuk")}</Text>
      <Group>
        <Button onClick={uji} loading={sibuk}>
          {t("dataSaya.retensi.uji")}
        </Button>
        {laporan && !laporan.nyata && (
          <Button
            color="red"
            variant="light"
            disabled={laporan.rincian.every((r) => r.tindakan === "laporan_saja" || r.jumlah === 0)}
            onClick={async () => {
              const uji = laporan;
              const ya = await konfirmasi({
                judul: t("dataSaya.retensi.konfirmasiJudul"),
                pesan: t("dataSaya.retensi.konfirmasiPesan"),
                labelYa: t("dataSaya.retensi.hapus"),
                bahaya: true,
                aksi: async () =>
                  setLaporan(
                    await isi(
                      klien.POST("/api/instansi/{instansiId}/retensi/jalankan", {
                        params: { path: { instansiId: instansi.id } },
                        body: { laporanId: uji.id },
                      }),
                    ),
                  ),
              });
              if (ya) {
                beritahuBerhasil(t("dataSaya.retensi.selesai"));
                await segarkan();
              }
            }}
          >
            {t("dataSaya.retensi.hapus")}
          </Button>
        )}
      </Group>
      {laporan && <TabelLaporan l={laporan} />}
    </Stack>
  );
}

function Riwayat() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const w = useWaktu();
  const [hal, setHal] = useState({ page: 1, pageSize: 25 });
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "retensi", "laporan", hal],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/retensi/laporan", {
          params: { path: { instansiId: instansi.id }, query: hal },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t("dataSaya.retensi.riwayat")}
      </Title>
      <TabelBerhalaman
        query={q}
        label={t("dataSaya.retensi.riwayat")}
        kosong={t("dataSaya.retensi.riwayatKosong")}
        kunciBaris={(x) => x.id}
        onHalaman={(page) => setHal((h) => ({ ...h, page }))}
        kolom={[
          { judul: t("dataSaya.waktu"), isi: (x) => w.waktu(x.dibuat), nowrap: true },
          {
            judul: t("dataSaya.retensi.jenisRun"),
            isi: (x) => (x.nyata ? t("dataSaya.retensi.nyata") : t("dataSaya.retensi.ujiSaja")),
          },
          {
            judul: t("dataSaya.retensi.jumlah"),
            isi: (x) =>
              x.rincian
                .filter((r) => r.jumlah > 0)
                .map((r) => `${t(`dataSaya.retensi.jenisNama.${r.jenis}`)}: ${r.jumlah}`)
                .join("; ") || "0",
          },
        ]}
      />
    </Stack>
  );
}
