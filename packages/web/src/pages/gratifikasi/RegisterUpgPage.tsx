/**
 * The gratification control unit's register (docs/gratifikasi.md; Tabel 2 II
 * UPG): every report with its working-day countdown, those near the KPK
 * deadline first on request, triage, KPK's determination, and the export.
 */
import { Button, Checkbox, Group, Select, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client.ts";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { TabelBerhalaman } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { useKolomGratifikasi } from "./kolom.tsx";
import { PenetapanDialog, TriaseDialog } from "./TelaahDialog.tsx";

type BarisRegister = Jawaban<"/api/instansi/{instansiId}/gratifikasi">["items"][number];

const STATUS = ["dilaporkan", "diteruskan_kpk", "ditangani_upg", "ditetapkan"] as const;
type Status = (typeof STATUS)[number];

export function RegisterUpgPage() {
  const { t } = useTranslation();
  const kol = useKolomGratifikasi<BarisRegister>();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const [status, setStatus] = useState<Status | null>(null);
  const [hampir, setHampir] = useState(false);
  const [page, setPage] = useState(1);
  const [aksi, setAksi] = useState<{ jenis: "triase" | "penetapan"; id: string; nomor: string } | null>(null);
  const kunciDaftar = [...kunci.instansi(instansi.id), "gratifikasi"];
  const query = useQuery({
    queryKey: [...kunciDaftar, status, hampir, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/gratifikasi", {
          params: {
            path: { instansiId: instansi.id },
            query: {
              page,
              pageSize: 50,
              status: status ?? undefined,
              hampirJatuhTempo: hampir ? "true" : undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const selesai = async (pesan: string) => {
    beritahuBerhasil(pesan);
    await qc.invalidateQueries({ queryKey: kunciDaftar });
    setAksi(null);
  };
  const ekspor = (format: "csv" | "xlsx") =>
    download(`/api/instansi/${instansi.id}/gratifikasi/ekspor`, { format }, `gratifikasi.${format}`);
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("gratifikasi.upgJudul")}</Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => ekspor("csv")}>
            {t("gratifikasi.eksporCsv")}
          </Button>
          <Button variant="default" onClick={() => ekspor("xlsx")}>
            {t("gratifikasi.eksporXlsx")}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="gray.7">
        {t("gratifikasi.upgKeterangan")}
      </Text>
      <Group align="flex-end">
        <Select
          label={t("gratifikasi.saringStatus")}
          clearable
          value={status}
          onChange={(v) => {
            setStatus(v as Status | null);
            setPage(1);
          }}
          data={STATUS.map((s) => ({ value: s, label: t(`gratifikasi.status.${s}`) }))}
        />
        <Checkbox
          label={t("gratifikasi.hampirJatuhTempo")}
          checked={hampir}
          onChange={(e) => {
            setHampir(e.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      <TabelBerhalaman
        query={query}
        label={t("gratifikasi.upgJudul")}
        lebarMin={820}
        kosong={t("gratifikasi.kosongUpg")}
        kunciBaris={(g) => g.id}
        onHalaman={setPage}
        kolom={[
          kol.nomor,
          {
            judul: t("gratifikasi.pelapor"),
            isi: (g) => (
              <Stack gap={0}>
                <Text size="sm">{g.pegawai.nama}</Text>
                <Text size="xs" c="gray.7">
                  {g.pegawai.unit ?? "—"}
                </Text>
              </Stack>
            ),
          },
          kol.pemberi((g) => t(`gratifikasi.hubungan.${g.hubungan}`)),
          ...kol.sisanya,
          {
            judul: t("gratifikasi.aksi"),
            isi: (g) =>
              g.status === "dilaporkan" ? (
                <Button size="xs" onClick={() => setAksi({ jenis: "triase", id: g.id, nomor: g.nomor })}>
                  {t("gratifikasi.telaah")}
                </Button>
              ) : g.status !== "ditetapkan" ? (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setAksi({ jenis: "penetapan", id: g.id, nomor: g.nomor })}
                >
                  {t("gratifikasi.catatPenetapan")}
                </Button>
              ) : null,
          },
        ]}
      />
      {aksi?.jenis === "triase" && query.data && (
        <TriaseDialog
          instansiId={instansi.id}
          id={aksi.id}
          nomor={aksi.nomor}
          hariIni={query.data.hariIni}
          onTutup={() => setAksi(null)}
          onBerhasil={() => selesai(t("gratifikasi.berhasilTriase", { nomor: aksi.nomor }))}
        />
      )}
      {aksi?.jenis === "penetapan" && query.data && (
        <PenetapanDialog
          instansiId={instansi.id}
          id={aksi.id}
          nomor={aksi.nomor}
          hariIni={query.data.hariIni}
          onTutup={() => setAksi(null)}
          onBerhasil={() => selesai(t("gratifikasi.berhasilPenetapan", { nomor: aksi.nomor }))}
        />
      )}
    </Stack>
  );
}
