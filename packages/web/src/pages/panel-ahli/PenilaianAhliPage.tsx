/**
 * The expert's page, open without login (docs/panel-ahli.md): the printed
 * one-time code is spent for a session token kept in this browser tab only;
 * then one statement at a time, phone first: relevance to its sub-dimension
 * (Lawshe) and social desirability 1–5. The expert sees only their own ratings.
 */
import {
  Alert,
  Button,
  Group,
  Paper,
  Progress,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { isi, klien } from "../../api/klien.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";

const KUNCI_TOKEN = "nurani-panel-token";
type Relevansi = "esensial" | "berguna" | "tidak_perlu";

export function PenilaianAhliPage() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(KUNCI_TOKEN));
  const simpanToken = (t: string | null) => {
    if (t) sessionStorage.setItem(KUNCI_TOKEN, t);
    else sessionStorage.removeItem(KUNCI_TOKEN);
    setToken(t);
  };
  return token ? <Menilai token={token} keluar={() => simpanToken(null)} /> : <Masuk masuk={simpanToken} />;
}

function Masuk({ masuk }: { masuk: (token: string) => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { kode: new URLSearchParams(window.location.search).get("kode") ?? "" },
    validate: {
      kode: (v) => (v.replace(/[^0-9A-Za-z]/g, "").length >= 16 ? null : t("panelAhli.kodeSalah")),
    },
  });
  return (
    <Stack maw={480} mx="auto">
      <Title order={2}>{t("panelAhli.ahliJudul")}</Title>
      <Text size="sm">{t("panelAhli.ahliPengantar")}</Text>
      <KartuForm
        judul={t("panelAhli.masuk")}
        form={form}
        labelKirim={t("panelAhli.masuk")}
        kirim={(v) => isi(klien.POST("/api/panel-ahli/masuk", { body: { kode: v.kode.trim() } }))}
        onBerhasil={(r) => masuk(r.token)}
      >
        <TextInput
          label={t("panelAhli.kode")}
          required
          autoComplete="one-time-code"
          {...form.getInputProps("kode")}
        />
      </KartuForm>
    </Stack>
  );
}

function Menilai({ token, keluar }: { token: string; keluar: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const kunci = ["panel-ahli-saya", token];
  const q = useQuery({
    queryKey: kunci,
    queryFn: () => isi(klien.POST("/api/panel-ahli/saya", { body: { token } })),
    retry: false,
  });
  const [i, setI] = useState<number | null>(null);
  const [rel, setRel] = useState<Relevansi | null>(null);
  const [ks, setKs] = useState<string | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const [sedang, setSedang] = useState(false);
  const ps = q.data?.pernyataan ?? [];
  // start at the first statement not yet rated
  useEffect(() => {
    if (i === null && ps.length > 0) {
      const k = ps.findIndex((p) => p.relevansi === null);
      setI(Math.max(k, 0));
    }
  }, [i, ps]);
  const p = i === null ? undefined : ps[i];
  useEffect(() => {
    setRel(p?.relevansi ?? null);
    setKs(p?.keinginanSosial ? String(p.keinginanSosial) : null);
    setGalat(null);
  }, [p]);
  if (q.error instanceof ApiError && q.error.status === 401)
    return (
      <Stack maw={480} mx="auto">
        <ErrorAlert error={q.error} />
        <Button onClick={keluar}>{t("panelAhli.masukLagi")}</Button>
      </Stack>
    );
  const dinilai = ps.filter((x) => x.relevansi !== null).length;
  const simpan = async () => {
    if (!p || !rel || !ks || i === null) return;
    setSedang(true);
    setGalat(null);
    try {
      await isi(
        klien.PUT("/api/panel-ahli/nilai", {
          body: { token, pernyataanId: p.id, relevansi: rel, keinginanSosial: Number(ks) },
        }),
      );
      await qc.invalidateQueries({ queryKey: kunci });
      if (i < ps.length - 1) setI(i + 1);
    } catch (e) {
      setGalat(e);
    } finally {
      setSedang(false);
    }
  };
  return (
    <QueryState query={q}>
      {(d) => (
        <Stack maw={560} mx="auto" gap="sm">
          <Title order={2}>{d.judul}</Title>
          <Text size="sm">{t("panelAhli.halo", { nama: d.nama })}</Text>
          <Progress value={(dinilai / Math.max(1, ps.length)) * 100} aria-label={t("panelAhli.kemajuan")} />
          <Text size="sm" data-testid="kemajuan">
            {t("panelAhli.dinilai", { n: dinilai, total: ps.length })}
          </Text>
          {dinilai === ps.length && ps.length > 0 && (
            <Alert color="green">{t("panelAhli.semuaDinilai")}</Alert>
          )}
          {p && i !== null && (
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Text size="xs" c="dimmed">
                  {t("panelAhli.nomor", { i: i + 1, total: ps.length })} · {p.id}
                </Text>
                <Text fw={600}>
                  {p.subDimensi} — {p.namaSubDimensi}
                </Text>
                <Text size="sm" c="dimmed">
                  {p.definisi}
                </Text>
                <Text size="lg" data-testid="teks-pernyataan">
                  “{p.teks}”
                </Text>
                <Radio.Group
                  label={t("panelAhli.relevansiTanya")}
                  value={rel}
                  onChange={(v) => setRel(v as Relevansi)}
                >
                  <Stack gap="xs" mt="xs">
                    {(["esensial", "berguna", "tidak_perlu"] as const).map((r) => (
                      <Radio key={r} value={r} label={t(`panelAhli.rel.${r}`)} />
                    ))}
                  </Stack>
                </Radio.Group>
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="label-ks">
                    {t("panelAhli.ksTanya")}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="label-ks"
                    fullWidth
                    value={ks ?? ""}
                    onChange={setKs}
                    data={["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v }))}
                  />
                  <Group justify="space-between">
                    <Text size="xs" c="dimmed">
                      {t("panelAhli.ks1")}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t("panelAhli.ks5")}
                    </Text>
                  </Group>
                </Stack>
                {galat ? <ErrorAlert error={galat} /> : null}
                <Group justify="space-between">
                  <Button variant="default" disabled={i === 0} onClick={() => setI(i - 1)}>
                    {t("panelAhli.sebelumnya")}
                  </Button>
                  <Button disabled={!rel || !ks} loading={sedang} onClick={simpan}>
                    {t("panelAhli.simpanLanjut")}
                  </Button>
                </Group>
                {i < ps.length - 1 && (
                  <Button variant="subtle" size="xs" onClick={() => setI(i + 1)}>
                    {t("panelAhli.lewati")}
                  </Button>
                )}
              </Stack>
            </Paper>
          )}
          <Button variant="subtle" color="gray" onClick={keluar}>
            {t("panelAhli.keluar")}
          </Button>
        </Stack>
      )}
    </QueryState>
  );
}
