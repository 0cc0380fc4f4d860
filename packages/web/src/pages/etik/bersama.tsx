/** Shared by the conflict-of-interest pages: a declaration's card and the declare dialog. */
import { Badge, Card, Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { DialogForm } from "../../components/kit/index.ts";

export type Deklarasi = Jawaban<"/api/instansi/{instansiId}/benturan-kepentingan/{id}">;

export const JENIS = [
  "keluarga_pengadaan",
  "keluarga_rekrutmen",
  "pekerjaan_luar",
  "kepemilikan_saham",
  "hadiah_jamuan",
  "lainnya",
] as const;

const WARNA: Record<Deklarasi["status"], string> = {
  menunggu: "gray.9",
  diputuskan: "teal.9",
  nihil: "gray.7",
};

export function KartuDeklarasi({
  d,
  denganNama,
  aksi,
}: {
  d: Deklarasi;
  denganNama?: boolean;
  aksi?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="deklarasi">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{t(`etik.bk.jenis.${d.jenis}`)}</Text>
          <Group gap={6}>
            {d.terlambat && <Badge color="red.9">{t("etik.bk.terlambat")}</Badge>}
            <Badge color={WARNA[d.status]}>{t(`etik.bk.status.${d.status}`)}</Badge>
          </Group>
        </Group>
        {denganNama && (
          <Text size="sm">
            {d.pegawai.nama} · {d.pegawai.nip} {d.unit && `· ${d.unit}`}
          </Text>
        )}
        <Text size="sm">{d.uraian}</Text>
        {d.pihakTerkait && (
          <Text size="sm" c="gray.7">
            {t("etik.bk.pihakTerkait")}: {d.pihakTerkait}
          </Text>
        )}
        {d.permintaan && (
          <Text size="sm" c="gray.7">
            {t("etik.bk.atasPermintaan")}: {d.permintaan.judul}
          </Text>
        )}
        <Text size="xs" c="gray.7">
          {t("etik.bk.tanggal")} {d.tanggal}
          {d.tenggat && ` · ${t("etik.bk.tenggat")} ${d.tenggat}`}
          {d.atasan && ` · ${t("etik.bk.atasan")} ${d.atasan.nama}`}
        </Text>
        {d.keputusan && (
          <Text size="sm" data-testid="keputusan">
            <b>{t(`etik.bk.keputusan.${d.keputusan}`)}</b> ({d.tanggalKeputusan})
            {d.catatanKeputusan && ` — ${d.catatanKeputusan}`}
          </Text>
        )}
        {aksi}
      </Stack>
    </Card>
  );
}

export function DialogDeklarasi({
  permintaan,
  onTutup,
  onBerhasil,
}: {
  permintaan?: { id: string; judul: string };
  onTutup: () => void;
  onBerhasil: () => unknown;
}) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const form = useForm({
    initialValues: { jenis: "", uraian: "", pihakTerkait: "" },
    validate: {
      jenis: (v) => (v ? null : t("etik.wajib")),
      uraian: (v) => (v.trim() ? null : t("etik.wajib")),
    },
  });
  const pilihan = [...JENIS, ...(permintaan ? (["nihil"] as const) : [])];
  return (
    <DialogForm
      judul={permintaan ? `${t("etik.bk.jawabPermintaan")}: ${permintaan.judul}` : t("etik.bk.deklarasikan")}
      form={form}
      onTutup={onTutup}
      labelKirim={t("etik.bk.kirim")}
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/benturan-kepentingan/saya", {
            params: { path: { instansiId: instansi.id } },
            body: {
              jenis: v.jenis as (typeof pilihan)[number],
              uraian: v.uraian,
              pihakTerkait: v.pihakTerkait || undefined,
              permintaanId: permintaan?.id,
            },
          }),
        )
      }
      onBerhasil={onBerhasil}
    >
      <Select
        label={t("etik.bk.jenisLabel")}
        required
        data={pilihan.map((j) => ({ value: j, label: t(`etik.bk.jenis.${j}`) }))}
        {...form.getInputProps("jenis")}
      />
      <Textarea
        label={t("etik.bk.uraian")}
        required
        autosize
        minRows={3}
        maxLength={4000}
        {...form.getInputProps("uraian")}
      />
      <TextInput label={t("etik.bk.pihakTerkait")} maxLength={300} {...form.getInputProps("pihakTerkait")} />
    </DialogForm>
  );
}
