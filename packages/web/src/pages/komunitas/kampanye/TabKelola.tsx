/** The authors' tab: publish, edit, withdraw or republish posts, with read and acknowledged counts. */
import { Badge, Button, Card, Group, Progress, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../../lib/notifikasi.ts";
import { BukaFormBaru, useHalaman, useTanggal, useUrl } from "../bersama.tsx";
import { FormPos } from "./FormPos.tsx";
import { KUNCI, type Pos } from "./tipe.ts";

export function TabKelola() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const [ubah, setUbah] = useState<string | null>(null);
  const q = useHalaman<Pos>([...KUNCI, "kelola"], url("/kampanye/kelola"), page);
  const tarik = useMutation({
    mutationFn: (v: { id: string; ditarik: boolean }) =>
      api(url(`/kampanye/${v.id}`), { method: "PATCH", body: { ditarik: v.ditarik } }),
    onSuccess: (_d, v) => {
      qc.invalidateQueries({ queryKey: KUNCI });
      beritahuBerhasil(v.ditarik ? t("komunitas.kampanye.ditarik") : t("komunitas.kampanye.diterbitkanLagi"));
    },
  });
  return (
    <Stack>
      <BukaFormBaru label={t("komunitas.kampanye.baru")} form={(tutup) => <FormPos onSelesai={tutup} />} />
      <ErrorAlert error={tarik.error} />
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.kampanye.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((p) =>
              ubah === p.id ? (
                <FormPos key={p.id} awal={p} onSelesai={() => setUbah(null)} />
              ) : (
                <Card key={p.id} withBorder opacity={p.ditarik ? 0.6 : 1}>
                  <Stack gap={4}>
                    <Group justify="space-between" wrap="wrap">
                      <Group gap="xs">
                        <Badge>{t(`komunitas.kampanye.jenis.${p.jenis}`)}</Badge>
                        <Text fw={600}>{p.judul}</Text>
                        {p.ditarik && <Badge color="gray">{t("komunitas.kampanye.statusDitarik")}</Badge>}
                      </Group>
                      <Text size="sm" c="dimmed">
                        {tgl(p.diterbitkan)}
                      </Text>
                    </Group>
                    {p.statistik && (
                      <>
                        <Text size="sm">
                          {t("komunitas.kampanye.statistik", {
                            sasaran: p.statistik.sasaran,
                            dibaca: p.statistik.dibaca,
                            diakui: p.statistik.diakui,
                          })}
                        </Text>
                        <Progress
                          value={p.statistik.sasaran ? (100 * p.statistik.diakui) / p.statistik.sasaran : 0}
                          aria-label={t("komunitas.kampanye.progresAkui")}
                        />
                      </>
                    )}
                    <Group gap="xs" justify="flex-end">
                      <Button size="xs" variant="default" onClick={() => setUbah(p.id)}>
                        {t("komunitas.ubah")}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => tarik.mutate({ id: p.id, ditarik: !p.ditarik })}
                      >
                        {p.ditarik ? t("komunitas.kampanye.terbitkanLagi") : t("komunitas.kampanye.tarik")}
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              ),
            )}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
