/** The reporter's view of a report (ticket + receipt): status, outcome, dialogue, and a reply while it is open. */
import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { KartuForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { Dialog } from "./Dialog.tsx";
import type { Tanda } from "./WbsPublikPage.tsx";

export function TiketPelapor({
  kode,
  tanda,
  onKeluar,
}: {
  kode: string;
  tanda: Tanda;
  onKeluar: () => void;
}) {
  const { t } = useTranslation();
  const path = { kodeInstansi: kode, nomorTiket: tanda.nomorTiket };
  const headers = { "x-kode-rahasia": tanda.kodeRahasia };
  const tiket = useQuery({
    queryKey: ["wbs-tiket", kode, tanda.nomorTiket, tanda.kodeRahasia],
    queryFn: () =>
      isi(klien.GET("/api/publik/wbs/{kodeInstansi}/{nomorTiket}", { params: { path }, headers })),
    retry: false,
  });
  const form = useForm({
    initialValues: { isi: "" },
    validate: { isi: (v) => (v.trim() ? null : t("sinergi.wbs.wajib")) },
  });
  return (
    <Stack>
      <QueryState query={tiket}>
        {(d) => (
          <Stack>
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap">
                  <Title order={3} size="h4">
                    {d.judul}
                  </Title>
                  <Badge variant="light" size="lg" data-testid="status-wbs">
                    {t(`sinergi.wbs.status.${d.status}`)}
                  </Badge>
                </Group>
                <Text size="sm">
                  {t("sinergi.wbs.tiketTanggal", { nomor: d.nomorTiket, tanggal: d.tanggal })}
                </Text>
                <Text style={{ whiteSpace: "pre-wrap" }}>{d.isi}</Text>
                {d.hasil && (
                  <Alert
                    color="blue"
                    variant="light"
                    title={t("sinergi.wbs.hasilJudul")}
                    data-testid="hasil-wbs"
                  >
                    {t(`sinergi.wbs.hasil.${d.hasil}`)} ({d.tanggalDitutup})
                  </Alert>
                )}
              </Stack>
            </Paper>
            <Dialog pesan={d.pesan} />
            {d.status !== "ditutup" && (
              <KartuForm
                judul={t("sinergi.wbs.balasJudul")}
                keterangan={t("sinergi.wbs.balasKeterangan")}
                form={form}
                labelKirim={t("sinergi.wbs.kirimPesan")}
                kosongkanSetelahKirim
                kirim={(v) =>
                  isi(
                    klien.POST("/api/publik/wbs/{kodeInstansi}/{nomorTiket}/pesan", {
                      params: { path },
                      headers,
                      body: { isi: v.isi },
                    }),
                  )
                }
                onBerhasil={async () => {
                  await tiket.refetch();
                }}
              >
                <Textarea
                  label={t("sinergi.wbs.pesan")}
                  autosize
                  minRows={3}
                  required
                  {...form.getInputProps("isi")}
                />
              </KartuForm>
            )}
          </Stack>
        )}
      </QueryState>
      <Group justify="space-between">
        <Button variant="default" onClick={() => tiket.refetch()}>
          {t("sinergi.wbs.muatUlang")}
        </Button>
        <Button variant="subtle" onClick={onKeluar}>
          {t("sinergi.wbs.keluar")}
        </Button>
      </Group>
    </Stack>
  );
}
