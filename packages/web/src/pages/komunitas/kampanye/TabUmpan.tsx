/** The reader's feed: posts aimed at me, marked read when shown, acknowledged with a button. */
import { Badge, Button, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { IsiHtml, useHalaman, useTanggal, useUrl } from "../bersama.tsx";
import { JENIS, KUNCI, type Pos } from "./tipe.ts";

function KartuPos({ p }: { p: Pos }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const tandai = useMutation({
    mutationFn: (aksi: "baca" | "akui") => api(url(`/kampanye/${p.id}/${aksi}`), { method: "POST" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KUNCI }),
  });
  // opening the post counts as reading it
  useEffect(() => {
    if (!p.dibaca && !tandai.isPending && !tandai.isSuccess) tandai.mutate("baca");
  }, [p.dibaca, tandai]);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Badge>{t(`komunitas.kampanye.jenis.${p.jenis}`)}</Badge>
            <Title order={3} size="h4">
              {p.judul}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {p.penulis.nama} · {tgl(p.diterbitkan)}
          </Text>
        </Group>
        <IsiHtml html={p.html} />
        <Group justify="flex-end">
          {p.diakui ? (
            <Badge color="teal" variant="light">
              {t("komunitas.kampanye.sudahDiakui", { waktu: tgl(p.diakui, true) })}
            </Badge>
          ) : (
            <Button size="xs" onClick={() => tandai.mutate("akui")} loading={tandai.isPending}>
              {t("komunitas.kampanye.akui")}
            </Button>
          )}
        </Group>
        <ErrorAlert error={tandai.error} />
      </Stack>
    </Card>
  );
}

export function TabUmpan() {
  const { t } = useTranslation();
  const url = useUrl();
  const [page, setPage] = useState(1);
  const [jenis, setJenis] = useState<string | null>(null);
  const q = useHalaman<Pos>([...KUNCI, "umpan"], url("/kampanye"), page, { jenis: jenis ?? undefined });
  return (
    <Stack>
      <Select
        label={t("komunitas.kampanye.saringJenis")}
        clearable
        value={jenis}
        onChange={(v) => {
          setJenis(v);
          setPage(1);
        }}
        data={JENIS.map((j) => ({ value: j, label: t(`komunitas.kampanye.jenis.${j}`) }))}
        maw={320}
      />
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.kampanye.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((p) => (
              <KartuPos key={p.id} p={p} />
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
