/** Rewards given in the agency (Tabel 2 III.3), visible to everyone. */
import { Card, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { useHalaman, useTanggal, useUrl } from "../bersama.tsx";
import { KUNCI, type Penghargaan } from "./tipe.ts";

export function TabDiberikan() {
  const { t } = useTranslation();
  const url = useUrl();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const q = useHalaman<Penghargaan>([...KUNCI, "diberikan"], url("/penghargaan/diberikan"), page);
  return (
    <QueryState
      query={q}
      isEmpty={(d) => d.items.length === 0}
      empty={<Kosong pesan={t("komunitas.renaksi.penghargaanKosong")} />}
    >
      {(d) => (
        <Stack gap="xs">
          {d.items.map((h) => (
            <Card key={h.id} withBorder padding="sm">
              <Text fw={600}>
                {h.pegawai.nama} — {h.kategori}
              </Text>
              <Text size="sm">{h.alasan}</Text>
              <Text size="xs" c="dimmed">
                {tgl(h.tanggalKeputusan)}
              </Text>
            </Card>
          ))}
          <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
        </Stack>
      )}
    </QueryState>
  );
}
