/** The APIP internal-audit tab (Tabel 4 no. 5): audit plans, each with its findings. */
import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { useHalaman, useInstansi, useTanggal, useUrl } from "../bersama.tsx";
import { FormJudulTanggal } from "../FormJudulTanggal.tsx";
import { DaftarTemuan } from "./DaftarTemuan.tsx";
import { KUNCI, type Rencana } from "./tipe.ts";

export function TabAudit() {
  const { t } = useTranslation();
  const url = useUrl();
  const tgl = useTanggal();
  const { peran } = useInstansi();
  const apip = peran.includes("apip");
  const [page, setPage] = useState(1);
  const [buka, setBuka] = useState<string | null>(null);
  const daftar = useHalaman<Rencana>([...KUNCI, "audit"], url("/audit-internal"), page);
  return (
    <Stack>
      {apip && (
        <FormJudulTanggal
          path="/audit-internal"
          kunci={[...KUNCI, "audit"]}
          labelJudul={t("komunitas.monev.judulAudit")}
          labelKirim={t("komunitas.monev.buatRencana")}
        />
      )}
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.monev.auditKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((r) => (
              <Card key={r.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{r.judul}</Text>
                    <Text size="xs" c="dimmed">
                      {tgl(r.mulai)} – {tgl(r.selesai)} ·{" "}
                      {t("komunitas.monev.ringkasTemuan", {
                        terbuka: r.temuan.terbuka,
                        tl: r.temuan.ditindaklanjuti,
                        selesai: r.temuan.selesai,
                      })}
                    </Text>
                  </Stack>
                  <Button size="xs" variant="light" onClick={() => setBuka(buka === r.id ? null : r.id)}>
                    {buka === r.id ? t("komunitas.tutup") : t("komunitas.buka")}
                  </Button>
                </Group>
                {buka === r.id && <DaftarTemuan rencanaId={r.id} />}
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
