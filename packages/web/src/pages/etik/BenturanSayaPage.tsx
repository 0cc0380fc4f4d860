/**
 * The employee's conflict-of-interest declarations (docs/kode-etik.md): the
 * panel requests waiting for an answer, declaring, and each declaration with
 * the superior's decision. Phone-first: cards one under another.
 */
import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { DialogDeklarasi, KartuDeklarasi } from "./bersama.tsx";

export function BenturanSayaPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<{ permintaan?: { id: string; judul: string } } | null>(null);
  const kunciQ = [...kunci.instansi(instansi.id), "benturan", "saya"];
  const q = useQuery({
    queryKey: kunciQ,
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/benturan-kepentingan/saya", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={2}>{t("etik.bk.judulSaya")}</Title>
          <Text c="gray.7" size="sm">
            {t("etik.bk.subjudulSaya")}
          </Text>
        </div>
        <Button onClick={() => setDialog({})}>{t("etik.bk.deklarasikan")}</Button>
      </Group>
      <QueryState query={q}>
        {(d) => (
          <Stack>
            {d.jumlahMenungguKeputusan > 0 && (
              <Alert color="yellow" title={t("etik.bk.perluKeputusan", { n: d.jumlahMenungguKeputusan })}>
                <Button variant="light" size="xs" onClick={() => navigate("/etik/keputusan")}>
                  {t("etik.bk.bukaKeputusan")}
                </Button>
              </Alert>
            )}
            {d.permintaan.map((p) => (
              <Card key={p.id} withBorder padding="sm" bg="yellow.0">
                <Stack gap={4}>
                  <Text fw={600}>
                    {t("etik.bk.permintaanMasuk")}: {p.judul}
                  </Text>
                  <Text size="sm" c="gray.7">
                    {t(`etik.bk.jenisPanel.${p.jenis}`)} · {p.tanggal}
                    {p.keterangan && ` · ${p.keterangan}`}
                  </Text>
                  <Button size="xs" w="fit-content" onClick={() => setDialog({ permintaan: p })}>
                    {t("etik.bk.jawab")}
                  </Button>
                </Stack>
              </Card>
            ))}
            <Title order={3} size="h4">
              {t("etik.bk.deklarasiSaya")}
            </Title>
            {d.deklarasi.length === 0 ? (
              <Kosong pesan={t("etik.bk.kosongSaya")} />
            ) : (
              d.deklarasi.map((x) => <KartuDeklarasi key={x.id} d={x} />)
            )}
          </Stack>
        )}
      </QueryState>
      {dialog && (
        <DialogDeklarasi
          permintaan={dialog.permintaan}
          onTutup={() => setDialog(null)}
          onBerhasil={async () => {
            setDialog(null);
            beritahuBerhasil(t("etik.bk.terkirim"));
            await qc.invalidateQueries({ queryKey: kunciQ });
          }}
        />
      )}
    </Stack>
  );
}
