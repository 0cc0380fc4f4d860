import { Alert, Badge, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { kunciAgen, type Ringkasan } from "./kunci.ts";
import { PilihPegawai } from "./PilihPegawai.tsx";

/** Self-nomination against the published criteria, my nomination's status, and (leaders, team) nominating another employee. */
export function TabNominasi({ ringkasan: r }: { ringkasan: Ringkasan }) {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const siklusId = r.siklus.id;
  const diri = useForm({
    initialValues: { alasan: "" },
    validate: { alasan: (v) => (v.trim() ? null : t("agen.wajib")) },
  });
  const lain = useForm({
    initialValues: { pegawaiId: null as string | null, alasan: "" },
    validate: {
      pegawaiId: (v) => (v ? null : t("agen.wajib")),
      alasan: (v) => (v.trim() ? null : t("agen.wajib")),
    },
  });
  const kirim = (alasan: string, pegawaiId?: string) =>
    isi(
      klien.POST("/api/instansi/{instansiId}/agen/siklus/{siklusId}/nominasi", {
        params: { path: { instansiId: instansi.id, siklusId } },
        body: { alasan: alasan.trim(), ...(pegawaiId ? { pegawaiId } : {}) },
      }),
    );
  const selesai = async () => {
    beritahuBerhasil(t("agen.berhasil.nominasi"));
    await qc.invalidateQueries({ queryKey: kunciAgen(instansi.id) });
  };
  if (!r.aturan) return <Alert color="yellow">{t("agen.kriteriaBelum")}</Alert>;
  const n = r.nominasiSaya;
  return (
    <Stack>
      {n ? (
        <Paper withBorder p="md" data-testid="nominasi-saya">
          <Text fw={600}>{t("agen.nominasiSaya")}</Text>
          <Badge
            mt="xs"
            color={n.status === "ditetapkan" ? "teal.9" : n.status === "tidak_terpilih" ? "gray.7" : "blue.9"}
          >
            {t(`agen.status.${n.status}`)}
          </Badge>
          <Text size="sm" mt="xs">
            {n.alasan}
          </Text>
          {n.catatanSeleksi && (
            <Text size="sm" c="dimmed">
              {t("agen.catatanSeleksi")}: {n.catatanSeleksi}
            </Text>
          )}
        </Paper>
      ) : instansi.pegawai && !r.siklus.ditutup ? (
        <KartuForm
          judul={t("agen.calonkanDiri")}
          keterangan={t("agen.calonkanDiriKet")}
          form={diri}
          labelKirim={t("agen.kirimNominasi")}
          kirim={(v) => kirim(v.alasan)}
          onBerhasil={selesai}
        >
          <Textarea
            label={t("agen.alasan")}
            required
            autosize
            minRows={3}
            {...diri.getInputProps("alasan")}
          />
        </KartuForm>
      ) : null}
      {punya("tim_supervisi", "ppk", "pimpinan", "admin_instansi") &&
        instansi.pegawai &&
        !r.siklus.ditutup && (
          <KartuForm
            judul={t("agen.calonkanLain")}
            form={lain}
            labelKirim={t("agen.kirimNominasi")}
            kosongkanSetelahKirim
            kirim={(v) => kirim(v.alasan, v.pegawaiId ?? undefined)}
            onBerhasil={selesai}
          >
            <PilihPegawai label={t("agen.pegawai")} {...lain.getInputProps("pegawaiId")} />
            <Textarea
              label={t("agen.alasan")}
              required
              autosize
              minRows={2}
              {...lain.getInputProps("alasan")}
            />
          </KartuForm>
        )}
    </Stack>
  );
}
