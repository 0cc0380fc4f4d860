/** My forum notifications: replies to my threads and the like; opening one marks it read. */
import { Anchor, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { navigate } from "../../../lib/router.ts";
import { useHalaman, useTanggal, useUrl } from "../bersama.tsx";
import { KUNCI, type Notifikasi } from "./tipe.ts";

export function TabNotifikasi() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const q = useHalaman<Notifikasi>([...KUNCI, "notifikasi"], url("/notifikasi"), page);
  const baca = useMutation({
    mutationFn: (body: { ids?: string[]; semua?: boolean }) =>
      api(url("/notifikasi/baca"), { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...KUNCI, "notifikasi"] }),
  });
  return (
    <QueryState
      query={q}
      isEmpty={(d) => d.items.length === 0}
      empty={<Kosong pesan={t("komunitas.forum.notifikasiKosong")} />}
    >
      {(d) => (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text size="sm">{t("komunitas.forum.belumDibaca", { n: Number(d.belumDibaca ?? 0) })}</Text>
            <Button size="xs" variant="light" onClick={() => baca.mutate({ semua: true })}>
              {t("komunitas.forum.tandaiSemua")}
            </Button>
          </Group>
          {d.items.map((n) => (
            <Card key={n.id} withBorder padding="xs" opacity={n.dibaca ? 0.6 : 1}>
              <Group justify="space-between" wrap="wrap">
                <Anchor
                  href={n.tautan ?? "#"}
                  onClick={(e) => {
                    e.preventDefault();
                    baca.mutate({ ids: [n.id] });
                    if (n.tautan) navigate(n.tautan);
                  }}
                >
                  {n.judul}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {tgl(n.dibuat, true)}
                </Text>
              </Group>
            </Card>
          ))}
          <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
        </Stack>
      )}
    </QueryState>
  );
}
