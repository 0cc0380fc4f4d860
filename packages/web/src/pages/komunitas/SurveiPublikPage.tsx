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
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { cariNonce } from "./sha256.ts";

interface Survei {
  instansi: { kode: string; nama: string };
  pertanyaan: { kode: string; id: string; en: string }[];
  tantangan: { tantangan: string; kesulitan: number };
  batas: { layanan: number; komentar: number };
}

export function SurveiPublikPage({ kode }: { kode: string }) {
  const { t, i18n } = useTranslation();
  const url = `/api/publik/survei/${encodeURIComponent(kode)}`;
  const survei = useQuery({
    queryKey: ["survei-publik", kode],
    queryFn: () => api<Survei>(url),
    staleTime: 5 * 60_000,
  });
  const [jawaban, setJawaban] = useState<Record<string, string>>({});
  const [layanan, setLayanan] = useState("");
  const [komentar, setKomentar] = useState("");
  const [coba, setCoba] = useState(0);
  const kirim = useMutation({
    mutationFn: async (s: Survei) => {
      setCoba(0);
      const nonce = await cariNonce(s.tantangan.tantangan, s.tantangan.kesulitan, setCoba);
      return api(url, {
        method: "POST",
        body: {
          tantangan: s.tantangan.tantangan,
          nonce,
          jawaban: s.pertanyaan.map((p) => Number(jawaban[p.kode])),
          layanan,
          komentar,
        },
      });
    },
    // a refused or used challenge needs a fresh one
    onError: () => survei.refetch(),
  });
  return (
    <Paper withBorder p="lg" maw={720} mx="auto">
      <QueryState query={survei}>
        {(s) =>
          kirim.isSuccess ? (
            <Stack>
              <Title order={2}>{t("komunitas.survei.terimaKasih")}</Title>
              <Text>{t("komunitas.survei.terimaKasihPesan", { nama: s.instansi.nama })}</Text>
            </Stack>
          ) : (
            <Stack
              component="form"
              onSubmit={(e: FormEvent) => {
                e.preventDefault();
                kirim.mutate(s);
              }}
            >
              <Title order={2}>{t("komunitas.survei.judulPublik", { nama: s.instansi.nama })}</Title>
              <Alert variant="light" color="blue" title={t("komunitas.privasi.judul")}>
                {t("komunitas.survei.privasiPublik")}
              </Alert>
              <Text size="sm">{t("komunitas.survei.petunjuk")}</Text>
              {s.pertanyaan.map((p, i) => (
                <Card key={p.kode} withBorder padding="sm">
                  <Radio.Group
                    label={`${i + 1}. ${i18n.language === "en" ? p.en : p.id}`}
                    value={jawaban[p.kode] ?? null}
                    onChange={(v) => setJawaban((j) => ({ ...j, [p.kode]: v }))}
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
                value={layanan}
                onChange={(e) => setLayanan(e.currentTarget.value)}
                maxLength={s.batas.layanan}
              />
              <Textarea
                label={t("komunitas.survei.komentarLabel")}
                description={t("komunitas.survei.komentarPetunjuk", { maks: s.batas.komentar })}
                value={komentar}
                onChange={(e) => setKomentar(e.currentTarget.value)}
                maxLength={s.batas.komentar}
                autosize
                minRows={3}
              />
              {kirim.isPending && (
                <Stack gap={4} role="status">
                  <Text size="sm">{t("komunitas.survei.memeriksa")}</Text>
                  <Progress
                    value={Math.min(95, (100 * coba) / 2 ** s.tantangan.kesulitan)}
                    animated
                    aria-label={t("komunitas.survei.memeriksa")}
                  />
                </Stack>
              )}
              <ErrorAlert error={kirim.error} />
              <Group justify="flex-end">
                <Button
                  type="submit"
                  loading={kirim.isPending}
                  disabled={s.pertanyaan.some((p) => !jawaban[p.kode])}
                >
                  {t("komunitas.survei.kirim")}
                </Button>
              </Group>
            </Stack>
          )
        }
      </QueryState>
    </Paper>
  );
}
