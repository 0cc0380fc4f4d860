/** "Asesmen saya": the campaigns the logged-in employee is invited to, and taking one. */
import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { type AsesmenSaya, saluranSesi } from "./api.ts";
import { UjianPage } from "./UjianPage.tsx";
import { TEKS_GELAP } from "./warna.ts";

function statusSaya(a: AsesmenSaya, sekarang: number): { kunci: string; warna: string; buka: boolean } {
  if (a.kampanye.status === "dibatalkan") return { kunci: "dibatalkan", warna: "red", buka: false };
  if (a.selesai) return { kunci: "selesai", warna: "green", buka: false };
  if (sekarang < new Date(a.kampanye.dibuka).getTime())
    return { kunci: "belum_dibuka", warna: "blue", buka: false };
  if (sekarang >= new Date(a.kampanye.ditutup).getTime())
    return { kunci: "ditutup", warna: "dark", buka: false };
  if (a.batas && sekarang >= new Date(a.batas).getTime())
    return { kunci: "waktu_habis", warna: "dark", buka: false };
  return { kunci: a.mulai ? "berjalan" : "siap", warna: "yellow", buka: true };
}

export function AsesmenSayaPage() {
  const { t } = useTranslation();
  const w = useWaktu();
  const { instansi } = useSession();
  const query = useQuery({
    queryKey: ["instansi", instansi.id, "asesmen-saya"],
    queryFn: () => api<AsesmenSaya[]>(`/api/instansi/${instansi.id}/asesmen-saya`),
  });
  const sekarang = Date.now();
  return (
    <Stack>
      <Title order={2}>{t("asesmen.saya.judul")}</Title>
      <QueryState
        query={query}
        isEmpty={(d) => d.length === 0}
        empty={<Kosong pesan={t("asesmen.saya.kosong")} />}
      >
        {(d) =>
          d.map((a) => {
            const s = statusSaya(a, sekarang);
            return (
              <Paper key={a.pesertaId} withBorder p="md">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{a.kampanye.nama}</Text>
                    {a.kampanye.ujiCoba && (
                      <Text size="sm" c="orange.9">
                        {t("asesmen.ujiCobaLencana")}
                      </Text>
                    )}
                    <Text size="sm" c="dimmed">
                      {w.waktu(a.kampanye.dibuka)} – {w.waktu(a.kampanye.ditutup)}
                    </Text>
                    <Text size="sm">{t("asesmen.ujian.progres", { n: a.dijawab, total: a.jumlahBlok })}</Text>
                  </Stack>
                  <Group>
                    <Badge color={s.warna} c={TEKS_GELAP[s.warna]} variant="light">
                      {t(`asesmen.statusPeserta.${s.kunci}`)}
                    </Badge>
                    {s.buka && (
                      <Button onClick={() => navigate(`/asesmen-saya/${a.pesertaId}`)}>
                        {a.mulai ? t("asesmen.saya.lanjutkan") : t("asesmen.saya.kerjakan")}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Paper>
            );
          })
        }
      </QueryState>
    </Stack>
  );
}

export function UjianSayaPage({ id }: { id: string }) {
  const { instansi } = useSession();
  const saluran = useMemo(() => saluranSesi(instansi.id, id), [instansi.id, id]);
  return <UjianPage saluran={saluran} />;
}
