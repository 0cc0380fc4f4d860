/** `/program/:id/deklarasi`: signing the commitment declaration. */
import { Alert, Anchor, Button, Card, Checkbox, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { useKirimForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { useWaktu } from "../../lib/waktu.ts";
import { dasar, kunciProgram } from "./api.ts";
import { GalatProgram, Kembali } from "./Komponen.tsx";

export function DeklarasiPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const kunci = [...kunciProgram.siklus(instansi.id, id), "deklarasi"];
  const q = useQuery({
    queryKey: kunci,
    queryFn: () =>
      api<{
        siklus: { id: string; nama: string };
        deklarasi: {
          judul: string;
          tanggal: string;
          adaDokumen: boolean;
          jumlahPenandatangan: { pimpinan: number; pegawai: number; total: number };
        } | null;
        pegawaiTertaut: boolean;
        sudahMenandatangani: boolean;
        bolehMenandatangani: boolean;
      }>(`${dasar(instansi.id)}/siklus/${id}/deklarasi`),
  });
  const form = useForm({ initialValues: { setuju: false } });
  const ttd = useKirimForm(form, {
    kirim: () =>
      api<unknown>(`${dasar(instansi.id)}/siklus/${id}/deklarasi/tanda-tangan`, { method: "POST" }),
    onBerhasil: async () => {
      await qc.invalidateQueries({ queryKey: kunci });
      await qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, id) });
    },
  });
  return (
    <Stack maw={720}>
      <Kembali
        id={punya("admin_instansi", "ppk", "tim_supervisi", "pimpinan", "agen_perubahan", "apip") ? id : ""}
      />
      <Title order={2}>{t("program.deklarasi.judul")}</Title>
      <QueryState query={q}>
        {(d) =>
          !d.deklarasi ? (
            <Alert color="yellow">{t("program.deklarasi.belumAda")}</Alert>
          ) : (
            <Card withBorder>
              <Stack>
                <Title order={3} size="h4">
                  {d.deklarasi.judul}
                </Title>
                <Text size="sm">
                  {d.siklus.nama} · {w.tanggal(d.deklarasi.tanggal)}
                </Text>
                {d.deklarasi.adaDokumen && (
                  <Anchor
                    href={`${dasar(instansi.id)}/siklus/${id}/deklarasi/dokumen`}
                    target="_blank"
                    rel="noopener"
                  >
                    {t("program.deklarasi.bacaDokumen")}
                  </Anchor>
                )}
                <Text>{t("program.jumlahTtd", d.deklarasi.jumlahPenandatangan)}</Text>
                {d.sudahMenandatangani ? (
                  <Alert color="teal">{t("program.deklarasi.sudah")}</Alert>
                ) : !d.pegawaiTertaut ? (
                  <Alert color="gray">{t("program.deklarasi.tidakTertaut")}</Alert>
                ) : d.bolehMenandatangani ? (
                  <form onSubmit={ttd.onSubmit} noValidate>
                    <Stack gap="xs">
                      <Checkbox
                        label={t("program.deklarasi.saya")}
                        {...form.getInputProps("setuju", { type: "checkbox" })}
                      />
                      <Button type="submit" disabled={!form.values.setuju} loading={ttd.sedang}>
                        {t("program.deklarasi.tandatangani")}
                      </Button>
                    </Stack>
                  </form>
                ) : null}
                <GalatProgram error={ttd.galat} />
              </Stack>
            </Card>
          )
        }
      </QueryState>
    </Stack>
  );
}
