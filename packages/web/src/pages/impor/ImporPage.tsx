import { Alert, Button, FileInput, Group, List, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { kunci } from "../../api/hooks.ts";
import type { Impor } from "../../api/types.ts";
import { unggahBerkas } from "../../api/unggah.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { KartuForm, konfirmasi } from "../../components/kit/index.ts";
import { formatAngka } from "../../lib/format.ts";
import { DaftarGalatImpor } from "./DaftarGalatImpor.tsx";

const BATAS_MIB = 20;
const KOLOM = ["nip", "nama", "kode_unit", "jabatan", "jenis_jabatan", "golongan", "email", "telepon"];

function kunciSesi(iid: string) {
  return `nurani.impor.${iid}`;
}

export function ImporPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  // the job id survives a reload or a visit to another page (per tab)
  const [imporId, setImporIdState] = useState<string | null>(() =>
    sessionStorage.getItem(kunciSesi(instansi.id)),
  );
  const setImporId = (id: string | null) => {
    if (id) sessionStorage.setItem(kunciSesi(instansi.id), id);
    else sessionStorage.removeItem(kunciSesi(instansi.id));
    setImporIdState(id);
  };

  return (
    <Stack>
      <div>
        <Title order={2}>{t("impor.judul")}</Title>
        <Text c="dimmed" size="sm">
          {t("impor.subjudul")}
        </Text>
      </div>
      {imporId ? (
        <StatusImpor instansiId={instansi.id} imporId={imporId} onSelesai={() => setImporId(null)} />
      ) : (
        <FormUnggah instansiId={instansi.id} onTerunggah={setImporId} />
      )}
    </Stack>
  );
}

function FormUnggah({ instansiId, onTerunggah }: { instansiId: string; onTerunggah: (id: string) => void }) {
  const { t } = useTranslation();
  const [progres, setProgres] = useState<number | null>(null);
  const form = useForm<{ berkas: File | null }>({
    initialValues: { berkas: null },
    validate: {
      berkas: (f) =>
        !f
          ? t("impor.pilihDulu")
          : !/\.(csv|xlsx)$/i.test(f.name)
            ? t("impor.jenisSalah")
            : f.size > BATAS_MIB * 1024 * 1024
              ? t("impor.terlaluBesar", { n: BATAS_MIB })
              : null,
    },
  });

  async function kirim(v: { berkas: File | null }) {
    setProgres(0);
    try {
      return await unggahBerkas<{ id: string; status: string }>(
        `/api/instansi/${instansiId}/impor-pegawai`,
        v.berkas as File,
        setProgres,
      );
    } finally {
      setProgres(null);
    }
  }

  return (
    <KartuForm
      judul={t("impor.unggahJudul")}
      keterangan={t("impor.petunjuk", { n: BATAS_MIB })}
      form={form}
      labelKirim={t("impor.unggah")}
      kirim={kirim}
      onBerhasil={(r) => onTerunggah(r.id)}
    >
      <Text size="sm">
        {t("impor.kolom")}: <code>{KOLOM.join(", ")}</code>
      </Text>
      <FileInput
        label={t("impor.berkas")}
        placeholder={t("impor.pilihBerkas")}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        clearable
        required
        {...form.getInputProps("berkas")}
      />
      {progres !== null && (
        <Progress value={progres * 100} aria-label={t("impor.mengunggah")} animated striped />
      )}
    </KartuForm>
  );
}

function StatusImpor({
  instansiId,
  imporId,
  onSelesai,
}: {
  instansiId: string;
  imporId: string;
  onSelesai: () => void;
}) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const url = `/api/instansi/${instansiId}/impor-pegawai/${imporId}`;
  const job = useQuery({
    queryKey: ["instansi", instansiId, "impor", imporId],
    queryFn: () => api<Impor>(url),
    refetchInterval: (q) =>
      q.state.data && ["memvalidasi", "menulis"].includes(q.state.data.status) ? 800 : false,
    staleTime: 0,
  });
  const tulis = () =>
    konfirmasi({
      judul: t("impor.konfirmasiJudul"),
      pesan: t("impor.konfirmasiPesan", { n: angka(job.data?.ringkasan.valid ?? 0) }),
      labelYa: t("impor.konfirmasi"),
      aksi: async () => {
        await api<Impor | undefined>(`${url}/konfirmasi`, { method: "POST" });
        await job.refetch();
        await qc.invalidateQueries({ queryKey: kunci.pegawai(instansiId) });
      },
    });
  const angka = (n: number) => formatAngka(n, i18n.language);

  if (job.isPending) return <Text role="status">{t("umum.memuat")}</Text>;
  if (job.isError) {
    return (
      <Stack align="flex-start">
        <ErrorAlert error={job.error} />
        <Button variant="default" onClick={onSelesai}>
          {t("impor.mulaiBaru")}
        </Button>
      </Stack>
    );
  }
  const d = job.data;
  const { selesai, total } = d.progres;
  const persen = total > 0 ? Math.round((selesai / total) * 100) : 0;
  const berjalan = d.status === "memvalidasi" || d.status === "menulis";

  return (
    <Stack>
      <Paper withBorder p="md" aria-live="polite">
        <Stack gap="sm">
          <Text fw={600}>{t(`impor.status.${d.status}`)}</Text>
          {berjalan && (
            <>
              <Progress
                value={persen}
                aria-label={t(`impor.status.${d.status}`)}
                striped
                animated
                size="lg"
              />
              <Text size="sm">
                {t("impor.progres", { selesai: angka(selesai), total: angka(total), persen })}
              </Text>
            </>
          )}
          {!berjalan && (
            <List size="sm" spacing={2}>
              <List.Item>{t("impor.ringkasan.baris", { n: angka(d.ringkasan.baris) })}</List.Item>
              <List.Item>{t("impor.ringkasan.valid", { n: angka(d.ringkasan.valid) })}</List.Item>
              <List.Item>{t("impor.ringkasan.galat", { n: angka(d.ringkasan.galat) })}</List.Item>
              {(d.status === "siap" || d.status === "selesai") && (
                <>
                  <List.Item>{t("impor.ringkasan.baru", { n: angka(d.ringkasan.baru) })}</List.Item>
                  <List.Item>
                    {t("impor.ringkasan.diperbarui", { n: angka(d.ringkasan.diperbarui) })}
                  </List.Item>
                </>
              )}
            </List>
          )}
          {d.status === "siap" && (
            <Alert color="biruNegara" variant="light">
              {t("impor.siapPesan")}
            </Alert>
          )}
          {d.status === "ditolak" && (
            <Alert color="red" variant="light" role="alert">
              {t("impor.ditolakPesan")}
            </Alert>
          )}
          {d.status === "selesai" && (
            <Alert color="green" variant="light">
              {t("impor.selesaiPesan")}
            </Alert>
          )}
          {d.status === "gagal" && (
            <Alert color="red" variant="light" role="alert">
              {d.pesan ?? t("impor.gagalPesan")}
            </Alert>
          )}
          {!berjalan && (
            <Group>
              {d.status === "siap" && <Button onClick={tulis}>{t("impor.konfirmasi")}</Button>}
              <Button variant="default" onClick={onSelesai}>
                {d.status === "siap" ? t("impor.batalkan") : t("impor.mulaiBaru")}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      {!berjalan && d.ringkasan.galat > 0 && (
        <DaftarGalatImpor url={`${url}/galat`} jumlah={d.ringkasan.galat} />
      )}
    </Stack>
  );
}
