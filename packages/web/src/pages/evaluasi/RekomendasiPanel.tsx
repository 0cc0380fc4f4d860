import { Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { IsiLke } from "@nurani/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { DialogForm, KartuForm, konfirmasi } from "../../components/kit/index.ts";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { kunciEvaluasi, type Rekomendasi } from "./api.ts";
import { Lencana } from "./Lencana.tsx";

const WARNA = { terkirim: "blue", dijawab: "grape", ditutup: "teal", dibuka_kembali: "orange" } as const;

/** Recommendations of one agency: the agency answers, the evaluator closes (BAB IV; docs/nasional.md § 7). */
export function DaftarRekomendasi({ instansiId, evaluator }: { instansiId: string; evaluator: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [jawab, setJawab] = useState<Rekomendasi | null>(null);
  const query = useQuery({
    queryKey: kunciEvaluasi.rekomendasi(instansiId),
    queryFn: ({ signal }) =>
      isi(
        klien.GET("/api/instansi/{instansiId}/evaluasi/rekomendasi", {
          params: { path: { instansiId } },
          signal,
        }),
      ),
  });
  const segarkan = () => qc.invalidateQueries({ queryKey: kunciEvaluasi.rekomendasi(instansiId) });
  return (
    <>
      <QueryState
        query={query}
        isEmpty={(d) => d.length === 0}
        empty={<Kosong pesan={t("evaluasi.belumAdaRekomendasi")} />}
      >
        {(items) => (
          <Stack gap="sm">
            {items.map((r) => (
              <Paper key={r.id} withBorder p="sm" radius="md" data-testid="rekomendasi">
                <Group justify="space-between" wrap="wrap">
                  <Group gap="xs">
                    <Lencana variant="light">{r.kodeIndikator}</Lencana>
                    <Lencana color={WARNA[r.status]}>{t(`evaluasi.statusRekomendasi.${r.status}`)}</Lencana>
                    {r.terlambat && (
                      <Lencana color="red">{t("evaluasi.terlambat", { n: r.hariTerlambat })}</Lencana>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t("evaluasi.tenggat")}: {r.tenggat}
                  </Text>
                </Group>
                <Text mt="xs">{r.isi}</Text>
                {r.riwayat
                  .filter((x) => x.aksi !== "kirim" && x.catatan)
                  .map((x) => (
                    <Text key={`${x.aksi}-${x.tanggal}-${x.catatan}`} size="sm" c="dimmed">
                      {t(`evaluasi.aksiRekomendasi.${x.aksi}`)} ({x.tanggal}): {x.catatan}
                    </Text>
                  ))}
                <Group justify="flex-end" mt="xs">
                  {!evaluator && (r.status === "terkirim" || r.status === "dibuka_kembali") && (
                    <Button size="xs" onClick={() => setJawab(r)}>
                      {t("evaluasi.jawabRekomendasi")}
                    </Button>
                  )}
                  {evaluator && r.status === "dijawab" && (
                    <Button
                      size="xs"
                      onClick={async () => {
                        const ok = await konfirmasi({
                          judul: t("evaluasi.tutupRekomendasi"),
                          pesan: r.isi,
                          labelYa: t("evaluasi.tutupRekomendasi"),
                          aksi: () =>
                            isi(
                              klien.POST("/api/instansi/{instansiId}/evaluasi/rekomendasi/{id}/tutup", {
                                params: { path: { instansiId, id: r.id } },
                                body: {},
                              }),
                            ),
                        });
                        if (ok) {
                          beritahuBerhasil(t("evaluasi.berhasil.tutup"));
                          await segarkan();
                        }
                      }}
                    >
                      {t("evaluasi.tutupRekomendasi")}
                    </Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
      {jawab && (
        <DialogJawab
          r={jawab}
          instansiId={instansiId}
          onTutup={() => setJawab(null)}
          onBerhasil={async () => {
            beritahuBerhasil(t("evaluasi.berhasil.jawab"));
            await segarkan();
            setJawab(null);
          }}
        />
      )}
    </>
  );
}

function DialogJawab(p: {
  r: Rekomendasi;
  instansiId: string;
  onTutup: () => void;
  onBerhasil: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { tindakan: "" } });
  return (
    <DialogForm
      judul={t("evaluasi.jawabRekomendasi")}
      form={form}
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/evaluasi/rekomendasi/{id}/jawab", {
            params: { path: { instansiId: p.instansiId, id: p.r.id } },
            body: { tindakan: v.tindakan.trim() },
          }),
        )
      }
      onBerhasil={p.onBerhasil}
      onTutup={p.onTutup}
    >
      <Text size="sm">{p.r.isi}</Text>
      <Textarea
        label={t("evaluasi.tindakan")}
        autosize
        minRows={3}
        required
        {...form.getInputProps("tindakan")}
      />
    </DialogForm>
  );
}

/** The evaluator sends a recommendation on one indicator with a due date. */
export function KirimRekomendasi({
  instansiId,
  periodeId,
  lke,
}: {
  instansiId: string;
  periodeId: string;
  lke: IsiLke;
}) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const bahasa = i18n.language === "en" ? "en" : "id";
  const form = useForm({ initialValues: { kodeIndikator: "", isi: "", tenggat: "" } });
  const pilihan = lke.komponen.flatMap((k) =>
    k.indikator.map((i) => ({ value: i.kode, label: `${i.kode} ${i.nama[bahasa]}` })),
  );
  return (
    <KartuForm
      judul={t("evaluasi.kirimRekomendasi")}
      form={form}
      labelKirim={t("evaluasi.kirimRekomendasi")}
      kosongkanSetelahKirim
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/rekomendasi", {
            params: { path: { instansiId, periodeId } },
            body: { kodeIndikator: v.kodeIndikator, isi: v.isi.trim(), tenggat: v.tenggat },
          }),
        )
      }
      onBerhasil={async () => {
        beritahuBerhasil(t("evaluasi.berhasil.rekomendasi"));
        await qc.invalidateQueries({ queryKey: kunciEvaluasi.rekomendasi(instansiId) });
      }}
    >
      <Select
        label={t("evaluasi.indikator")}
        data={pilihan}
        searchable
        required
        {...form.getInputProps("kodeIndikator")}
      />
      <Textarea
        label={t("evaluasi.isiRekomendasi")}
        autosize
        minRows={2}
        required
        {...form.getInputProps("isi")}
      />
      <TextInput type="date" label={t("evaluasi.tenggat")} required {...form.getInputProps("tenggat")} />
    </KartuForm>
  );
}
