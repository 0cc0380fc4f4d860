import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../api/hooks.ts";
import { isi, klien } from "../api/klien.ts";
import { useSession } from "../auth/session.tsx";
import { QueryState } from "../components/QueryState.tsx";
import { navigate } from "../lib/router.ts";
import { useWaktu } from "../lib/waktu.ts";

/**
 * The home page's "Rencana saya" (docs/data-saya.md): the next activities of my development plan by
 * deadline, and the sub-stage criteria still to mark or awaiting my superior's confirmation.
 * Shown to an account linked to an employee record of this agency.
 */
export function RencanaBerikut() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const w = useWaktu();
  const hariIni = new Date().toISOString().slice(0, 10);
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "rencana", "saya", "berikut"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/rencana/saya/berikut", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  const buka = (e: React.MouseEvent) => {
    e.preventDefault();
    navigate("/rencana-saya");
  };
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} size="h4">
          {t("beranda.rencana.judul")}
        </Title>
        <Anchor href="/rencana-saya" onClick={buka} size="sm">
          {t("beranda.rencana.buka")}
        </Anchor>
      </Group>
      <QueryState query={q}>
        {(d) =>
          !d.ditetapkan ? (
            <Text size="sm">{t("beranda.rencana.belum", { subtahap: d.namaSubtahap })}</Text>
          ) : (
            <Stack gap="xs">
              <Text size="sm" c="gray.7">
                {d.namaSubtahap}
              </Text>
              {d.kegiatan.length === 0 ? (
                <Text size="sm">{t("beranda.rencana.kegiatanSelesai")}</Text>
              ) : (
                <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                  {d.kegiatan.map((k) => (
                    <li key={k.id}>
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Badge
                          variant="filled"
                          color={k.status === "berjalan" ? "blue.9" : "gray.8"}
                          style={{ flexShrink: 0 }}
                        >
                          {t(`beranda.rencana.status.${k.status}`)}
                        </Badge>
                        <Stack gap={0}>
                          <Anchor href="/rencana-saya" onClick={buka} fw={600}>
                            {k.judul}
                          </Anchor>
                          {k.tenggat && (
                            <Text size="sm" c={k.tenggat < hariIni ? "red.9" : "gray.7"}>
                              {t("beranda.batasWaktu", { waktu: w.tanggal(k.tenggat) })}
                            </Text>
                          )}
                        </Stack>
                      </Group>
                    </li>
                  ))}
                </Stack>
              )}
              {d.kegiatanTerbuka > d.kegiatan.length && (
                <Text size="sm" c="gray.7">
                  {t("beranda.rencana.lainnya", { n: d.kegiatanTerbuka - d.kegiatan.length })}
                </Text>
              )}
              {(d.kriteriaBelum > 0 || d.kriteriaMenunggu > 0) && (
                <Text size="sm">
                  {t("beranda.rencana.kriteria", { belum: d.kriteriaBelum, menunggu: d.kriteriaMenunggu })}
                </Text>
              )}
            </Stack>
          )
        }
      </QueryState>
    </Paper>
  );
}
