import { Alert, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { DialogForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { formatTanggal } from "../../lib/format.ts";

/** What a release would release (server `fitur/hasil/rilis.ts`, docs/hasil.md "Release"). */
type PratinjauRilis = Jawaban<"/api/instansi/{instansiId}/hasil/kampanye/{kampanyeId}/rilis">;

/** The campaign whose results are released or withdrawn. */
export interface KampanyeRilis {
  instansiId: string;
  kampanyeId: string;
}

const ALASAN_MIN = 10;
// alert titles dark enough on their light backgrounds (WCAG AA), as the programme's warnings do
const JUDUL_KUNING = { title: { color: "#5c3c00" } };
const JUDUL_MERAH = { title: { color: "var(--mantine-color-red-9)" } };

/** "Rilis hasil": shows what the release releases, asks a reason when results await review, then confirms. */
export function DialogRilis({
  path,
  onSelesai,
  onTutup,
}: {
  path: KampanyeRilis;
  onSelesai: () => void;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const pratinjau = useQuery({
    queryKey: ["hasil", "pratinjau-rilis", path.instansiId, path.kampanyeId],
    queryFn: () =>
      isi(klien.GET("/api/instansi/{instansiId}/hasil/kampanye/{kampanyeId}/rilis", { params: { path } })),
    gcTime: 0,
  });
  // the preview first (a dialog that only shows its loading or error), then the release form
  if (pratinjau.data)
    return <IsiRilis p={pratinjau.data} path={path} onSelesai={onSelesai} onTutup={onTutup} />;
  return (
    <Modal
      opened
      onClose={onTutup}
      title={t("hasil.rilis.judul")}
      centered
      size="lg"
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
    >
      <QueryState query={pratinjau}>{() => null}</QueryState>
    </Modal>
  );
}

function IsiRilis({
  p,
  path,
  onSelesai,
  onTutup,
}: {
  p: PratinjauRilis;
  path: KampanyeRilis;
  onSelesai: () => void;
  onTutup: () => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm({ initialValues: { alasanAbaikanTinjauan: "" } });
  const perluAlasan = p.menunggu > 0;
  const alasanKurang = perluAlasan && form.values.alasanAbaikanTinjauan.trim().length < ALASAN_MIN;
  return (
    <DialogForm
      judul={t("hasil.rilis.judul")}
      form={form}
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/hasil/kampanye/{kampanyeId}/rilis", {
            params: { path },
            body: {
              dinilai: p.dinilai,
              menunggu: p.menunggu,
              ...(perluAlasan ? { alasanAbaikanTinjauan: v.alasanAbaikanTinjauan.trim() } : {}),
            },
          }),
        )
      }
      onBerhasil={onSelesai}
      onTutup={onTutup}
      labelKirim={t("hasil.rilis.konfirmasi", { n: p.dilaporkan })}
      warnaKirim={perluAlasan || p.masihTerbuka ? "orange.9" : "green.9"}
      kirimNonaktif={alasanKurang}
      ukuran="lg"
    >
      <Text fw={600}>{p.kampanye.nama}</Text>
      <List size="sm" spacing={4}>
        <List.Item>{t("hasil.rilis.dinilai", { n: p.dinilai, dilaporkan: p.dilaporkan })}</List.Item>
        <List.Item>{t("hasil.rilis.menunggu", { n: p.menunggu })}</List.Item>
        <List.Item>
          {p.masihTerbuka
            ? t("hasil.rilis.terbuka", {
                tanggal: formatTanggal(p.kampanye.ditutup, i18n.language),
                n: p.belumSelesai,
              })
            : t("hasil.rilis.tertutup")}
        </List.Item>
        <List.Item>
          {t("hasil.rilis.kelompokKecil", {
            n: p.kelompokDiBawahK,
            k: p.k,
            komplementer: p.disembunyikanKomplementer,
          })}
        </List.Item>
        <List.Item>
          {p.siklus.length === 0
            ? t("hasil.rilis.tanpaSiklus")
            : t("hasil.rilis.siklus", {
                daftar: p.siklus
                  .map((s) => `${s.nama} (${t(`hasil.rilis.sebagai.${s.sebagai}`)})`)
                  .join(", "),
              })}
        </List.Item>
      </List>
      {p.masihTerbuka && (
        <Alert color="yellow" title={t("hasil.rilis.peringatanTerbuka")} styles={JUDUL_KUNING}>
          {t("hasil.rilis.peringatanTerbukaIsi")}
        </Alert>
      )}
      {!p.instansiTampil && (
        <Alert color="yellow" title={t("hasil.rilis.peringatanKecil", { k: p.k })} styles={JUDUL_KUNING}>
          {t("hasil.rilis.peringatanKecilIsi")}
        </Alert>
      )}
      {perluAlasan && (
        <Alert
          color="red"
          title={t("hasil.rilis.peringatanTinjauan", { n: p.menunggu })}
          styles={JUDUL_MERAH}
        >
          <Stack gap="xs">
            <Text size="sm">{t("hasil.rilis.peringatanTinjauanIsi")}</Text>
            <Textarea
              label={t("hasil.rilis.alasan")}
              description={t("hasil.rilis.alasanBantu", { min: ALASAN_MIN })}
              {...form.getInputProps("alasanAbaikanTinjauan")}
              autosize
              minRows={2}
              maxLength={2000}
              required
            />
          </Stack>
        </Alert>
      )}
      <Text size="sm">{t("hasil.rilis.akibat")}</Text>
    </DialogForm>
  );
}

/** "Tarik rilis": a confirmation with a reason; the withdrawal is audited. */
export function DialogTarikRilis({
  path,
  nama,
  onSelesai,
  onTutup,
}: {
  path: KampanyeRilis;
  nama: string;
  onSelesai: () => void;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { alasan: "" } });
  return (
    <DialogForm
      judul={t("hasil.rilis.tarikJudul")}
      form={form}
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/hasil/kampanye/{kampanyeId}/tarik-rilis", {
            params: { path },
            body: { alasan: v.alasan.trim() },
          }),
        )
      }
      onBerhasil={onSelesai}
      onTutup={onTutup}
      labelKirim={t("hasil.rilis.tarikYa")}
      bahaya
      kirimNonaktif={form.values.alasan.trim().length < ALASAN_MIN}
    >
      <Text size="sm">{t("hasil.rilis.tarikIsi", { nama })}</Text>
      <Textarea
        label={t("hasil.rilis.tarikAlasan")}
        description={t("hasil.rilis.alasanBantu", { min: ALASAN_MIN })}
        {...form.getInputProps("alasan")}
        autosize
        minRows={2}
        maxLength={2000}
        required
      />
    </DialogForm>
  );
}
