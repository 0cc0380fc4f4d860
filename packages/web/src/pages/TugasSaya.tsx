import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../api/hooks.ts";
import { isi, klien } from "../api/klien.ts";
import { useSession } from "../auth/session.tsx";
import { Kosong, QueryState } from "../components/QueryState.tsx";
import { navigate } from "../lib/router.ts";
import { useWaktu } from "../lib/waktu.ts";

/**
 * The home page's "Waiting for you" (docs/pengingat.md): the open assessment
 * with its deadline, declarations to sign, preparation steps of my role,
 * Renaksi and audit-finding deadlines — the same events the reminders send.
 */
export function TugasSaya() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const w = useWaktu();
  const hariIni = new Date().toISOString().slice(0, 10);
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "pengingat", "tugas-saya"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/pengingat/tugas-saya", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {t("beranda.tugasSaya")}
      </Title>
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("beranda.tugasKosong")} />}
      >
        {(d) => (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {d.items.map((x) => (
              <li key={`${x.jenis}-${x.tautan}-${x.judul}`}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Stack gap={0}>
                    <Anchor
                      href={x.tautan}
                      fw={600}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(x.tautan);
                      }}
                    >
                      {x.judul}
                    </Anchor>
                    {x.batas && (
                      <Text size="sm" c={x.batas.slice(0, 10) < hariIni ? "red.9" : "gray.7"}>
                        {t("beranda.batasWaktu", {
                          waktu: x.batas.length > 10 ? w.waktu(x.batas) : w.tanggal(x.batas),
                        })}
                      </Text>
                    )}
                  </Stack>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
