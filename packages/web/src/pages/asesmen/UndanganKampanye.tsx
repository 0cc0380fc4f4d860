/** A campaign's invitations: the email job's progress (or the "no SMTP" notice) and the send button. */
import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { TombolBatalJob } from "../../components/TombolBatalJob.tsx";
import type { StatusUndanganKampanye } from "./api.ts";

export function UndanganKampanye({
  instansiId,
  dasar,
  boleh,
}: {
  instansiId: string;
  dasar: string;
  boleh: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const status = useQuery({
    queryKey: ["asesmen-undangan", dasar],
    queryFn: () => api<StatusUndanganKampanye>(`${dasar}/undangan`),
    refetchInterval: (q) =>
      q.state.data?.job && ["antre", "berjalan"].includes(q.state.data.job.status) ? 2000 : false,
  });
  const kirim = useMutation({
    mutationFn: () => api<StatusUndanganKampanye>(`${dasar}/undangan`, { method: "POST" }),
    onSuccess: (d) => {
      qc.setQueryData(["asesmen-undangan", dasar], d);
      qc.invalidateQueries({ queryKey: ["instansi"] });
    },
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("asesmen.undangan.judul")}
        </Title>
        <QueryState query={status}>
          {(s) => (
            <Stack gap="xs">
              {!s.smtp && <Alert color="yellow">{t("asesmen.undangan.tanpaSmtp")}</Alert>}
              <Text size="sm">{t("asesmen.undangan.rekap", { ...s.undangan })}</Text>
              {s.job && (
                <Stack gap={2}>
                  <Progress
                    value={s.job.progres.total ? (s.job.progres.selesai / s.job.progres.total) * 100 : 0}
                    aria-label={t("asesmen.undangan.progres")}
                  />
                  <Group gap="xs">
                    <Text size="xs" c="dimmed">
                      {t(`asesmen.undangan.job.${s.job.status}`)} · {s.job.progres.selesai}/
                      {s.job.progres.total}
                    </Text>
                    {boleh && (
                      <TombolBatalJob
                        instansiId={instansiId}
                        job={s.job}
                        onBatal={() => qc.invalidateQueries({ queryKey: ["asesmen-undangan", dasar] })}
                      />
                    )}
                  </Group>
                </Stack>
              )}
              {boleh && (
                <Group>
                  <Button size="sm" loading={kirim.isPending} onClick={() => kirim.mutate()}>
                    {s.smtp ? t("asesmen.undangan.kirim") : t("asesmen.undangan.tandai")}
                  </Button>
                </Group>
              )}
              {kirim.isError && <ErrorAlert error={kirim.error} />}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
