import {
  Accordion,
  Alert,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { DialogForm, konfirmasi } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { angka, kunciEvaluasi, type Lembar } from "./api.ts";
import { FaseBadge } from "./BerandaEvaluasiPage.tsx";
import { IndikatorKartu, type KonteksLembar } from "./IndikatorKartu.tsx";
import { Lencana } from "./Lencana.tsx";
import { PosisiPanel } from "./PosisiPanel.tsx";
import { DaftarRekomendasi, KirimRekomendasi } from "./RekomendasiPanel.tsx";

type Langkah = "kirim" | "finalisasi" | "setujui";

/**
 * The worksheet (LKE) of one agency in a period: the agency fills it in and
 * submits it (phone-friendly: one column of indicators); the evaluator
 * (`instansiId` given) reviews, finalizes, approves and sends recommendations.
 */
export function LembarPage({
  periodeId,
  instansiId: iidEvaluator,
}: {
  periodeId: string;
  instansiId?: string;
}) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.language === "en" ? "en" : "id";
  const { instansi, punya } = useSession();
  const evaluator = punya("evaluator_nasional") && iidEvaluator !== undefined;
  const instansiId = iidEvaluator ?? instansi.id;
  const qc = useQueryClient();
  const [kembalikan, setKembalikan] = useState(false);
  const query = useQuery({
    queryKey: kunciEvaluasi.lembar(instansiId, periodeId),
    queryFn: async ({ signal }) =>
      (await isi(
        klien.GET("/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/lembar", {
          params: { path: { instansiId, periodeId } },
          signal,
        }),
      )) as Lembar,
  });
  const segarkan = () => qc.invalidateQueries({ queryKey: ["evaluasi", "instansi", instansiId] });
  const langkah = async (l: Langkah) => {
    const url = {
      kirim: "/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/lembar/kirim",
      finalisasi: "/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/lembar/finalisasi",
      setujui: "/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/lembar/setujui",
    } as const;
    const ok = await konfirmasi({
      judul: t(`evaluasi.langkah.${l}`),
      pesan: t(`evaluasi.langkahPesan.${l}`),
      labelYa: t(`evaluasi.langkah.${l}`),
      aksi: () => isi(klien.POST(url[l], { params: { path: { instansiId, periodeId } } })),
    });
    if (ok) {
      beritahuBerhasil(t(`evaluasi.berhasil.${l}`));
      await segarkan();
    }
  };

  return (
    <QueryState query={query}>
      {(l) => {
        const aksi = l.periode.aksi;
        const k: KonteksLembar = {
          lembar: l,
          instansiId,
          periodeId,
          bolehIsi: !evaluator && l.status === "draf" && aksi.includes("isi_lke"),
          bolehReviu: evaluator && l.status === "dikirim" && aksi.includes("reviu_lke"),
          segarkan,
        };
        const skorIndikator = new Map(
          l.skor.komponen.flatMap((c) => c.indikator.map((i) => [i.kode, i] as const)),
        );
        return (
          <Stack>
            <div>
              <Group gap="xs" wrap="wrap">
                <Title order={2}>
                  {t("evaluasi.judulLembar")} — {l.periode.nama}
                </Title>
                <FaseBadge fase={l.periode.fase} />
              </Group>
              <Text size="sm" c="dimmed">
                {l.instansi.nama} · {t("evaluasi.penilaianMandiri")} {l.periode.penilaianMandiri.mulai} –{" "}
                {l.periode.penilaianMandiri.selesai}
              </Text>
            </div>
            <Paper withBorder p="md" radius="md">
              <Group justify="space-between" wrap="wrap">
                <Group gap="xs">
                  <Text fw={600}>{t("evaluasi.statusLembar.label")}:</Text>
                  <Lencana data-testid="status-lembar">{t(`evaluasi.statusLembar.${l.status}`)}</Lencana>
                </Group>
                <Text fw={700} size="xl" data-testid="skor-total">
                  {angka(l.skor.total, bahasa)} / 100
                </Text>
              </Group>
              <Table mt="xs" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("evaluasi.komponen")}</Table.Th>
                    <Table.Th>{t("evaluasi.bobotKolom")}</Table.Th>
                    <Table.Th>{t("evaluasi.nilai")}</Table.Th>
                    <Table.Th>{t("evaluasi.kontribusi")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {l.skor.komponen.map((c) => (
                    <Table.Tr key={c.kode}>
                      <Table.Td>
                        {c.kode} {c.nama[bahasa]}
                      </Table.Td>
                      <Table.Td>{c.bobot}</Table.Td>
                      <Table.Td>{angka(c.nilai, bahasa, 3)}</Table.Td>
                      <Table.Td>{angka(c.kontribusi, bahasa)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="xs" c="dimmed" mt="xs">
                {t("evaluasi.rumus")}: {l.skor.rumus[bahasa]}
              </Text>
              {evaluator && (
                <Text size="xs" c="dimmed">
                  {t("evaluasi.skorMandiri")}: {angka(l.skorMandiri.total, bahasa)}
                </Text>
              )}
            </Paper>
            {l.catatanKembali && l.status === "draf" && (
              <Alert color="orange" title={t("evaluasi.dikembalikan")}>
                {l.catatanKembali}
              </Alert>
            )}
            {k.bolehIsi && l.kekurangan.length > 0 && (
              <Alert color="yellow" title={t("evaluasi.kekurangan", { n: l.kekurangan.length })}>
                <List size="sm">
                  {l.kekurangan.slice(0, 8).map((g) => (
                    <List.Item key={`${g.kode}-${g.bidang}`}>{g.pesan}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Accordion multiple variant="separated" defaultValue={l.isi.komponen.map((c) => c.kode)}>
              {l.isi.komponen.map((c) => (
                <Accordion.Item key={c.kode} value={c.kode}>
                  <Accordion.Control>
                    {c.kode}. {c.nama[bahasa]} ({t("evaluasi.bobot", { n: c.bobot })})
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap="sm">
                      {c.indikator.map((ind) => (
                        <IndikatorKartu key={ind.kode} ind={ind} skor={skorIndikator.get(ind.kode)} k={k} />
                      ))}
                    </Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
            <Group justify="flex-end" wrap="wrap">
              {k.bolehIsi && (
                <Button onClick={() => langkah("kirim")} disabled={l.kekurangan.length > 0}>
                  {t("evaluasi.langkah.kirim")}
                </Button>
              )}
              {k.bolehReviu && (
                <>
                  {aksi.includes("kembalikan_lke") && (
                    <Button variant="default" onClick={() => setKembalikan(true)}>
                      {t("evaluasi.kembalikan")}
                    </Button>
                  )}
                  <Button onClick={() => langkah("finalisasi")}>{t("evaluasi.langkah.finalisasi")}</Button>
                </>
              )}
              {evaluator && l.status === "difinalisasi" && (
                <Button onClick={() => langkah("setujui")}>{t("evaluasi.langkah.setujui")}</Button>
              )}
            </Group>
            {!evaluator && <PosisiPanel instansiId={instansiId} periodeId={periodeId} />}
            {evaluator && aksi.includes("kirim_rekomendasi") && (
              <KirimRekomendasi instansiId={instansiId} periodeId={periodeId} lke={l.isi} />
            )}
            {evaluator && (
              <Paper withBorder p="md" radius="md">
                <Title order={3} size="h4" mb="sm">
                  {t("evaluasi.rekomendasi")}
                </Title>
                <DaftarRekomendasi instansiId={instansiId} evaluator />
              </Paper>
            )}
            {kembalikan && (
              <DialogKembalikan
                instansiId={instansiId}
                periodeId={periodeId}
                onTutup={() => setKembalikan(false)}
                segarkan={segarkan}
              />
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}

function DialogKembalikan(p: {
  instansiId: string;
  periodeId: string;
  onTutup: () => void;
  segarkan: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { catatan: "" } });
  return (
    <DialogForm
      judul={t("evaluasi.kembalikan")}
      form={form}
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/lembar/kembalikan", {
            params: { path: { instansiId: p.instansiId, periodeId: p.periodeId } },
            body: { catatan: v.catatan.trim() },
          }),
        )
      }
      onBerhasil={async () => {
        await p.segarkan();
        p.onTutup();
      }}
      onTutup={p.onTutup}
    >
      <Textarea
        label={t("evaluasi.catatanWajib")}
        autosize
        minRows={2}
        required
        {...form.getInputProps("catatan")}
      />
    </DialogForm>
  );
}
