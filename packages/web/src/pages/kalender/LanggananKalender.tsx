/**
 * Subscribing to "my calendar" (docs/data-saya.md "Calendar"): a secret URL a
 * calendar application reads without signing in. The server keeps only its hash, so the URL is shown
 * once, right after it is made; making a new one ends the old, and the feed can be ended.
 */
import { Button, Card, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { konfirmasi } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { useWaktu } from "../../lib/waktu.ts";

export function LanggananKalender() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const w = useWaktu();
  const qc = useQueryClient();
  const [baru, setBaru] = useState<string | null>(null);
  const path = { params: { path: { instansiId: instansi.id } } };
  const kunciQ = [...kunci.instansi(instansi.id), "kalender", "langganan"];
  const q = useQuery({
    queryKey: kunciQ,
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/kalender/langganan", path)),
  });
  const buat = async () => {
    const r = await isi(klien.POST("/api/instansi/{instansiId}/kalender/langganan", path));
    setBaru(r.url);
    await qc.invalidateQueries({ queryKey: kunciQ });
  };

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("kalender.langganan.judul")}
        </Title>
        <Text size="sm">{t("kalender.langganan.petunjuk")}</Text>
        <QueryState query={q}>
          {(d) => (
            <Stack gap="sm">
              {baru && (
                <Paper withBorder p="sm" bg="gray.0">
                  <Stack gap="xs">
                    <Text fw={700}>{t("kalender.langganan.sekaliJudul")}</Text>
                    <Text size="sm">{t("kalender.langganan.sekali")}</Text>
                    <Group wrap="nowrap" align="end">
                      <TextInput
                        readOnly
                        value={baru}
                        label={t("kalender.langganan.tautan")}
                        style={{ flex: 1, minWidth: 0 }}
                        onFocus={(e) => e.currentTarget.select()}
                      />
                      <CopyButton value={baru}>
                        {({ copied, copy }) => (
                          <Button variant="light" onClick={copy}>
                            {copied ? t("kalender.langganan.tersalin") : t("kalender.langganan.salin")}
                          </Button>
                        )}
                      </CopyButton>
                    </Group>
                  </Stack>
                </Paper>
              )}
              {d.dibuat ? (
                <>
                  <Text size="sm">{t("kalender.langganan.aktif", { waktu: w.waktu(d.dibuat) })}</Text>
                  <Group wrap="wrap">
                    <Button
                      variant="light"
                      onClick={() =>
                        konfirmasi({
                          judul: t("kalender.langganan.baruJudul"),
                          pesan: t("kalender.langganan.baruPesan"),
                          labelYa: t("kalender.langganan.buatBaru"),
                          aksi: buat,
                        })
                      }
                    >
                      {t("kalender.langganan.buatBaru")}
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      onClick={async () => {
                        const ya = await konfirmasi({
                          judul: t("kalender.langganan.hentikanJudul"),
                          pesan: t("kalender.langganan.hentikanPesan"),
                          labelYa: t("kalender.langganan.hentikan"),
                          bahaya: true,
                          aksi: () =>
                            isi(klien.DELETE("/api/instansi/{instansiId}/kalender/langganan", path)),
                        });
                        if (ya) {
                          setBaru(null);
                          await qc.invalidateQueries({ queryKey: kunciQ });
                        }
                      }}
                    >
                      {t("kalender.langganan.hentikan")}
                    </Button>
                  </Group>
                </>
              ) : (
                <Group>
                  <Button
                    variant="light"
                    onClick={() =>
                      konfirmasi({
                        judul: t("kalender.langganan.buatJudul"),
                        pesan: t("kalender.langganan.buatPesan"),
                        labelYa: t("kalender.langganan.buat"),
                        aksi: buat,
                      })
                    }
                  >
                    {t("kalender.langganan.buat")}
                  </Button>
                </Group>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
