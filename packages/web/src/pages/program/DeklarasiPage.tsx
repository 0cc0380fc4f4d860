/** `/program/:id/deklarasi`: signing the commitment declaration. */
import { Alert, Anchor, Button, Card, Checkbox, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
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
  const [setuju, setSetuju] = useState(false);
  const ttd = useMutation({
    mutationFn: () =>
      api<unknown>(`${dasar(instansi.id)}/siklus/${id}/deklarasi/tanda-tangan`, { method: "POST" }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: kunci });
      qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, id) });
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
                  <Stack gap="xs">
                    <Checkbox
                      label={t("program.deklarasi.saya")}
                      checked={setuju}
                      onChange={(e) => setSetuju(e.currentTarget.checked)}
                    />
                    <Button disabled={!setuju} loading={ttd.isPending} onClick={() => ttd.mutate()}>
                      {t("program.deklarasi.tandatangani")}
                    </Button>
                  </Stack>
                ) : null}
                <GalatProgram error={ttd.error} />
              </Stack>
            </Card>
          )
        }
      </QueryState>
    </Stack>
  );
}
