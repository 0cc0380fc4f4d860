/** An audit plan's findings: the auditee's follow-up, APIP closing a finding, and a new finding. */
import { Badge, Button, Card, Group, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { useKirimForm } from "../../../components/kit/index.ts";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { punya, useInstansi, useTanggal, useUrl, useWajib } from "../bersama.tsx";
import { FormTemuan } from "./FormTemuan.tsx";
import { KUNCI, type Temuan } from "./tipe.ts";

const WARNA_TINGKAT = { rendah: "gray", sedang: "yellow", tinggi: "orange", kritis: "red" } as const;

export function DaftarTemuan({ rencanaId }: { rencanaId: string }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const { peran } = useInstansi();
  const apip = peran.includes("apip");
  const auditee = punya(peran, "admin_instansi", "ppk", "pimpinan", "tim_supervisi");
  const q = useQuery({
    queryKey: [...KUNCI, "temuan", rencanaId],
    queryFn: () => api<Temuan[]>(url(`/audit-internal/${rencanaId}/temuan`)),
  });
  const segarkan = () => qc.invalidateQueries({ queryKey: KUNCI });
  const status = useMutation({
    mutationFn: (v: { id: string; status: string }) =>
      api(url(`/temuan-audit/${v.id}/status`), { method: "POST", body: { status: v.status } }),
    onSuccess: segarkan,
  });
  return (
    <Stack gap="xs" mt="sm">
      <QueryState
        query={q}
        isEmpty={(d) => d.length === 0}
        empty={<Kosong pesan={t("komunitas.monev.temuanKosong")} />}
      >
        {(d) =>
          d.map((x) => (
            <Card key={x.id} withBorder padding="xs">
              <Group gap="xs">
                <Badge color={WARNA_TINGKAT[x.tingkat]}>{t(`komunitas.monev.tingkat.${x.tingkat}`)}</Badge>
                <Text fw={600}>{x.judul}</Text>
                <Badge variant="outline">{t(`komunitas.monev.statusTemuan.${x.status}`)}</Badge>
              </Group>
              <Text size="sm">{x.uraian}</Text>
              <Text size="sm">
                <b>{t("komunitas.monev.rekomendasi")}:</b> {x.rekomendasi} ({t("komunitas.monev.batasWaktu")}:{" "}
                {tgl(x.batasWaktu)})
              </Text>
              {x.tanggapan && (
                <Text size="sm">
                  <b>{t("komunitas.monev.tanggapan")}:</b> {x.tanggapan}
                </Text>
              )}
              {auditee && x.status !== "selesai" && <FormTanggapan temuanId={x.id} onTerkirim={segarkan} />}
              {apip && x.status !== "selesai" && (
                <Group justify="flex-end" mt="xs">
                  <Button
                    size="xs"
                    color="teal"
                    loading={status.isPending && status.variables?.id === x.id}
                    onClick={() => status.mutate({ id: x.id, status: "selesai" })}
                  >
                    {t("komunitas.monev.tutupTemuan")}
                  </Button>
                </Group>
              )}
            </Card>
          ))
        }
      </QueryState>
      <ErrorAlert error={status.error} />
      {apip && <FormTemuan rencanaId={rencanaId} onTersimpan={segarkan} />}
    </Stack>
  );
}

/** The auditee's follow-up on one finding: a single text sent with the status "ditindaklanjuti". */
function FormTanggapan({ temuanId, onTerkirim }: { temuanId: string; onTerkirim: () => unknown }) {
  const { t } = useTranslation();
  const url = useUrl();
  const wajib = useWajib();
  const form = useForm({ initialValues: { tanggapan: "" }, validate: { tanggapan: wajib } });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) =>
      api(url(`/temuan-audit/${temuanId}/tanggapan`), {
        method: "POST",
        body: { tanggapan: v.tanggapan, status: "ditindaklanjuti" },
      }),
    onBerhasil: onTerkirim,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group align="flex-end" wrap="wrap" mt="xs">
        <Textarea
          label={t("komunitas.monev.tanggapanInstansi")}
          maxLength={5000}
          autosize
          style={{ flex: "1 1 280px" }}
          {...form.getInputProps("tanggapan")}
        />
        <Button size="xs" type="submit" loading={sedang}>
          {t("komunitas.monev.kirimTindakLanjut")}
        </Button>
      </Group>
      <ErrorAlert error={galat} />
    </form>
  );
}
