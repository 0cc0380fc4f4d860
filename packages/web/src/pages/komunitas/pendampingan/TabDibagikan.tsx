/** The diary entries shared with me as a mentor. */
import { Card, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { Privasi, useHalaman, useTanggal, useUrl } from "../bersama.tsx";
import { type Entri, KUNCI } from "./tipe.ts";

export function TabDibagikan() {
  const { t } = useTranslation();
  const url = useUrl();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const q = useHalaman<Entri>([...KUNCI, "dibagikan"], url("/evaluasi-diri/dibagikan"), page);
  return (
    <Stack>
      <Privasi>{t("komunitas.evaluasiDiri.privasiDibagikan")}</Privasi>
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.evaluasiDiri.kosongDibagikan")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((e) => (
              <Card key={e.id} withBorder>
                <Group justify="space-between">
                  <Text fw={600}>{e.judul}</Text>
                  <Text size="sm" c="dimmed">
                    {e.penulis?.nama} · {tgl(e.tanggal)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {e.isi}
                </Text>
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
