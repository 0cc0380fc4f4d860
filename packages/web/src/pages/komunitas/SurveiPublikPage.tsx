/**
 * The public, anonymous survey on service integrity at `/survei/<agency code>`
 * (Tabel 2 I.4), open without login. Before sending, the browser solves the
 * server's proof-of-work challenge (no CAPTCHA); the page explains that no
 * name or address is kept.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  Paper,
  Progress,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useKirimForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { cariNonce } from "./sha256.ts";

interface Survei {
  instansi: { kode: string; nama: string };
  pertanyaan: { kode: string; id: string; en: string }[];
  tantangan: { tantangan: string; kesulitan: number };
  batas: { layanan: number; komentar: number };
}

interface NilaiSurvei {
  /** The answer (1–5, as text) to each statement, by its code. */
  jawaban: Record<string, string>;
  layanan: string;
  komentar: string;
}

export function SurveiPublikPage({ kode }: { kode: string }) {
  const { t, i18n } = useTranslation();
  const url = `/api/publik/survei/${encodeURIComponent(kode)}`;
  const survei = useQuery({
    queryKey: ["survei-publik", kode],
    queryFn: () => api<Survei>(url),
    staleTime: 5 * 60_000,
  });
  const [coba, setCoba] = useState(0);
  const [terkirim, setTerkirim] = useState(false);
  const form = useForm<NilaiSurvei>({ initialValues: { jawaban: {}, layanan: "", komentar: "" } });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: async (v) => {
      const s = survei.data;
      if (!s) return;
      setCoba(0);
      try {
        const nonce = await cariNonce(s.tantangan.tantangan, s.tantangan.kesulitan, setCoba);
        await api(url, {
          method: "POST",
          body: {
            tantangan: s.tantangan.tantangan,
            nonce,
            jawaban: s.pertanyaan.map((p) => Number(v.jawaban[p.kode])),
            layanan: v.layanan,
            komentar: v.komentar,
          },
        });
      } catch (e) {
        // a refused or used challenge needs a fresh one
        await survei.refetch();
        throw e;
      }
    },
    onBerhasil: () => setTerkirim(true),
  });
  return (
    <Paper withBorder p="lg" maw={720} mx="auto">
      <QueryState query={survei}>
        {(s) =>
          terkirim ? (
            <Stack>
              <Title order={2}>{t("komunitas.survei.terimaKasih")}</Title>
              <Text>{t("komunitas.survei.terimaKasihPesan", { nama: s.instansi.nama })}</Text>
            </Stack>
          ) : (
            <form onSubmit={onSubmit} noValidate>
              <Stack>
                <Title order={2}>{t("komunitas.survei.judulPublik", { nama: s.instansi.nama })}</Title>
                <Alert variant="light" color="blue" title={t("komunitas.privasi.judul")}>
                  {t("komunitas.survei.privasiPublik")}
                </Alert>
                <Text size="sm">{t("komunitas.survei.petunjuk")}</Text>
                {s.pertanyaan.map((p, i) => (
                  <Card key={p.kode} withBorder padding="sm">
                    <Radio.Group
                      label={`${i + 1}. ${i18n.language === "en" ? p.en : p.id}`}
                      value={form.values.jawaban[p.kode] ?? null}
                      onChange={(v) => form.setFieldValue(`jawaban.${p.kode}`, v)}
                      required
                    >
                      <Group mt="xs" gap="md" wrap="wrap">
                        {[1, 2, 3, 4, 5].map((v) => (
                          <Radio key={v} value={String(v)} label={t(`komunitas.survei.skala.${v}`)} />
                        ))}
                      </Group>
                    </Radio.Group>
                  </Card>
                ))}
                <TextInput
                  label={t("komunitas.survei.layanan")}
                  {...form.getInputProps("layanan")}
                  maxLength={s.batas.layanan}
                />
                <Textarea
                  label={t("komunitas.survei.komentarLabel")}
                  description={t("komunitas.survei.komentarPetunjuk", { maks: s.batas.komentar })}
                  {...form.getInputProps("komentar")}
                  maxLength={s.batas.komentar}
                  autosize
                  minRows={3}
                />
                {sedang && (
                  <Stack gap={4} role="status">
                    <Text size="sm">{t("komunitas.survei.memeriksa")}</Text>
                    <Progress
                      value={Math.min(95, (100 * coba) / 2 ** s.tantangan.kesulitan)}
                      animated
                      aria-label={t("komunitas.survei.memeriksa")}
                    />
                  </Stack>
                )}
                <ErrorAlert error={galat} />
                <Group justify="flex-end">
                  <Button
                    type="submit"
                    loading={sedang}
                    disabled={s.pertanyaan.some((p) => !form.values.jawaban[p.kode])}
                  >
                    {t("komunitas.survei.kirim")}
                  </Button>
                </Group>
              </Stack>
            </form>
          )
        }
      </QueryState>
    </Paper>
  );
}
