/** One action plan: its items with evidence and status (owner), ratings (supervisor), and a new item. */
import { Badge, Button, Card, Group, Progress, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { InputTanggal } from "../../../components/InputTanggal.tsx";
import { useKirimForm } from "../../../components/kit/index.ts";
import { beritahuBerhasil } from "../../../lib/notifikasi.ts";
import { hariIni, punya, useInstansi, useTanggal, useUrl, useWajib } from "../bersama.tsx";
import { type Butir, KUNCI, type Renaksi } from "./tipe.ts";

export function KartuRenaksi({ r }: { r: Renaksi }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const { peran } = useInstansi();
  const penilai = punya(peran, "tim_supervisi", "pimpinan");
  const saya = useQuery({
    queryKey: ["komunitas", "pendampingan", "saya"],
    queryFn: () => api<{ pegawaiId: string | null }>(url("/komunitas/saya")),
  });
  const pemilik = saya.data?.pegawaiId === r.agen.id;
  const segarkan = () => qc.invalidateQueries({ queryKey: KUNCI });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={0}>
            <Text fw={600}>{r.judul}</Text>
            <Text size="xs" c="dimmed">
              {r.agen.nama} · {tgl(r.mulai)} – {tgl(r.selesai)}
            </Text>
          </Stack>
          <Text size="sm">
            {t("komunitas.renaksi.ringkasan", {
              selesai: r.ringkasan.selesai,
              butir: r.ringkasan.butir,
              nilai: r.ringkasan.rerataNilai === null ? "—" : r.ringkasan.rerataNilai.toFixed(1),
            })}
          </Text>
        </Group>
        <Progress
          value={r.ringkasan.butir ? (100 * r.ringkasan.selesai) / r.ringkasan.butir : 0}
          aria-label={t("komunitas.renaksi.progres")}
        />
        {r.butir.map((b) => (
          <Card key={b.id} withBorder padding="xs">
            <Group justify="space-between" wrap="wrap">
              <Text size="sm">{b.uraian}</Text>
              <Group gap={4}>
                <Badge variant="light">{t(`komunitas.renaksi.status.${b.status}`)}</Badge>
                {b.terlambat && <Badge color="red">{t("komunitas.renaksi.terlambat")}</Badge>}
                <Text size="xs">{tgl(b.tenggat)}</Text>
              </Group>
            </Group>
            {b.bukti && (
              <Text size="xs">
                {t("komunitas.renaksi.bukti")}: {b.bukti}
              </Text>
            )}
            {b.nilai !== null && (
              <Text size="xs">
                {t("komunitas.renaksi.nilai")}: <b>{b.nilai}</b> — {b.komentarPenilai}
              </Text>
            )}
            {pemilik && <FormBukti b={b} onTersimpan={segarkan} />}
            {penilai && !pemilik && <FormNilai b={b} onTersimpan={segarkan} />}
          </Card>
        ))}
        {pemilik && <FormButir renaksiId={r.id} onTersimpan={segarkan} />}
      </Stack>
    </Card>
  );
}

/** The owner's evidence text (saved with its button) and the item's status (saved when chosen). */
function FormBukti({ b, onTersimpan }: { b: Butir; onTersimpan: () => unknown }) {
  const { t } = useTranslation();
  const url = useUrl();
  const ubah = (body: Record<string, unknown>) =>
    api(url(`/renaksi/butir/${b.id}`), { method: "PATCH", body });
  const status = useMutation({ mutationFn: (s: string) => ubah({ status: s }), onSuccess: onTersimpan });
  const form = useForm({ initialValues: { bukti: b.bukti ?? "" } });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) => ubah({ bukti: v.bukti }),
    onBerhasil: onTersimpan,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group gap="xs" align="flex-end" wrap="wrap" mt={4}>
        <TextInput
          size="xs"
          label={t("komunitas.renaksi.bukti")}
          maxLength={2000}
          style={{ flex: "1 1 200px" }}
          {...form.getInputProps("bukti")}
        />
        <Select
          size="xs"
          label={t("komunitas.renaksi.statusLabel")}
          value={b.status}
          allowDeselect={false}
          onChange={(v) => v && status.mutate(v)}
          data={["rencana", "berjalan", "selesai"].map((s) => ({
            value: s,
            label: t(`komunitas.renaksi.status.${s}`),
          }))}
        />
        <Button size="xs" variant="default" type="submit" loading={sedang}>
          {t("komunitas.simpan")}
        </Button>
      </Group>
      <ErrorAlert error={galat ?? status.error} />
    </form>
  );
}

/** A supervisor's rating (1–4) of one item, with a comment. */
function FormNilai({ b, onTersimpan }: { b: Butir; onTersimpan: () => unknown }) {
  const { t } = useTranslation();
  const url = useUrl();
  const wajib = useWajib();
  const form = useForm({
    initialValues: { nilai: b.nilai ? String(b.nilai) : null, komentar: b.komentarPenilai ?? "" },
    validate: { nilai: wajib },
  });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) =>
      api(url(`/renaksi/butir/${b.id}/nilai`), {
        method: "POST",
        body: { nilai: Number(v.nilai ?? 0), komentar: v.komentar },
      }),
    onBerhasil: async () => {
      await onTersimpan();
      beritahuBerhasil(t("komunitas.tersimpan"));
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group gap="xs" align="flex-end" wrap="wrap" mt={4}>
        <Select
          size="xs"
          label={t("komunitas.renaksi.nilai")}
          data={["1", "2", "3", "4"].map((n) => ({
            value: n,
            label: t(`komunitas.renaksi.skala.${n}`),
          }))}
          {...form.getInputProps("nilai")}
        />
        <TextInput
          size="xs"
          label={t("komunitas.renaksi.komentar")}
          maxLength={2000}
          style={{ flex: "1 1 200px" }}
          {...form.getInputProps("komentar")}
        />
        <Button size="xs" type="submit" loading={sedang} disabled={!form.values.nilai}>
          {t("komunitas.renaksi.simpanNilai")}
        </Button>
      </Group>
      <ErrorAlert error={galat} />
    </form>
  );
}

/** A new item of the plan (owner): the description empties after it is added, the deadline stays. */
function FormButir({ renaksiId, onTersimpan }: { renaksiId: string; onTersimpan: () => unknown }) {
  const { t } = useTranslation();
  const url = useUrl();
  const wajib = useWajib();
  const form = useForm({
    initialValues: { uraian: "", tenggat: hariIni() },
    validate: { uraian: wajib, tenggat: wajib },
  });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) => api(url(`/renaksi/${renaksiId}/butir`), { method: "POST", body: v }),
    onBerhasil: () => {
      form.setFieldValue("uraian", "");
      return onTersimpan();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("komunitas.renaksi.butirBaru")}
          maxLength={1000}
          required
          style={{ flex: "2 1 240px" }}
          {...form.getInputProps("uraian")}
        />
        <InputTanggal
          label={t("komunitas.renaksi.tenggat")}
          required
          {...form.getInputProps("tenggat")}
          value={form.values.tenggat}
        />
        <Button type="submit" loading={sedang}>
          {t("komunitas.forum.tambah")}
        </Button>
      </Group>
      <ErrorAlert error={galat} />
    </form>
  );
}
