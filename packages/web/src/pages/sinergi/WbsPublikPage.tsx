/**
 * The whistleblowing channel at `/wbs/<agency code>` (Tabel 2 II; docs/wbs.md),
 * open without login and built for a phone: file a report (the browser solves
 * the proof-of-work first), keep the ticket and receipt code shown once, and
 * come back with both to read the handlers' questions, answer them and see
 * the status and outcome.
 */
import {
  Alert,
  Button,
  Code,
  FileInput,
  Group,
  MultiSelect,
  Paper,
  Progress,
  SegmentedControl,
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
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { KartuForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { cariNonce } from "../komunitas/sha256.ts";
import { TiketPelapor } from "./TiketPelapor.tsx";

type Formulir = Jawaban<"/api/publik/wbs/{kodeInstansi}">;
export interface Tanda {
  nomorTiket: string;
  kodeRahasia: string;
}

const JENIS = ["application/pdf", "image/png", "image/jpeg", "text/plain"] as const;

async function base64(f: File): Promise<string> {
  const b = new Uint8Array(await f.arrayBuffer());
  let s = "";
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

export function WbsPublikPage({ kode }: { kode: string }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"baru" | "cek">("baru");
  const [tanda, setTanda] = useState<Tanda | null>(null);
  const [baru, setBaru] = useState<Tanda | null>(null);
  const formulir = useQuery({
    queryKey: ["wbs-publik", kode],
    queryFn: () =>
      isi(klien.GET("/api/publik/wbs/{kodeInstansi}", { params: { path: { kodeInstansi: kode } } })),
    staleTime: 5 * 60_000,
  });
  return (
    <Paper withBorder p={{ base: "sm", sm: "lg" }} maw={720} mx="auto">
      <QueryState query={formulir}>
        {(f) => (
          <Stack>
            <Title order={2}>{t("sinergi.wbs.judulPublik", { nama: f.instansi.nama })}</Title>
            <Alert variant="light" color="blue" title={t("sinergi.wbs.privasiJudul")}>
              {t("sinergi.wbs.privasi")}
            </Alert>
            {tanda ? (
              <TiketPelapor kode={kode} tanda={tanda} onKeluar={() => setTanda(null)} />
            ) : baru ? (
              <Kuitansi tanda={baru} onBuka={() => setTanda(baru)} />
            ) : (
              <>
                <SegmentedControl
                  fullWidth
                  value={mode}
                  onChange={(v) => setMode(v as "baru" | "cek")}
                  data={[
                    { value: "baru", label: t("sinergi.wbs.modeBaru") },
                    { value: "cek", label: t("sinergi.wbs.modeCek") },
                  ]}
                />
                {mode === "baru" ? (
                  <FormLapor kode={kode} f={f} onTerkirim={setBaru} onGagal={() => formulir.refetch()} />
                ) : (
                  <FormCek onBuka={setTanda} />
                )}
              </>
            )}
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}

function FormLapor({
  kode,
  f,
  onTerkirim,
  onGagal,
}: {
  kode: string;
  f: Formulir;
  onTerkirim: (t: Tanda) => void;
  onGagal: () => void;
}) {
  const { t } = useTranslation();
  const [coba, setCoba] = useState<number | null>(null);
  const form = useForm({
    initialValues: { judul: "", isi: "", kecualikan: [] as string[], lampiran: [] as File[] },
    validate: {
      judul: (v) => (v.trim() ? null : t("sinergi.wbs.wajib")),
      isi: (v) => (v.trim() ? null : t("sinergi.wbs.wajib")),
      lampiran: (v) =>
        v.some((x) => x.size > f.batas.ukuranLampiran || !(JENIS as readonly string[]).includes(x.type))
          ? t("sinergi.wbs.lampiranDitolak")
          : null,
    },
  });
  return (
    <KartuForm
      judul={t("sinergi.wbs.formJudul")}
      keterangan={t("sinergi.wbs.formKeterangan")}
      form={form}
      labelKirim={t("sinergi.wbs.kirim")}
      kirim={async (v) => {
        try {
          setCoba(0);
          const nonce = await cariNonce(f.tantangan.tantangan, f.tantangan.kesulitan, setCoba);
          const lampiran = await Promise.all(
            v.lampiran.map(async (x) => ({
              nama: x.name.slice(0, 120),
              jenis: x.type as (typeof JENIS)[number],
              isi: await base64(x),
            })),
          );
          return await isi(
            klien.POST("/api/publik/wbs/{kodeInstansi}", {
              params: { path: { kodeInstansi: kode } },
              body: {
                tantangan: f.tantangan.tantangan,
                nonce,
                judul: v.judul,
                isi: v.isi,
                kecualikan: v.kecualikan.length ? v.kecualikan : undefined,
                lampiran: lampiran.length ? lampiran : undefined,
              },
            }),
          );
        } catch (e) {
          // a refused or used challenge needs a fresh one
          onGagal();
          throw e;
        } finally {
          setCoba(null);
        }
      }}
      onBerhasil={(h) => onTerkirim(h)}
    >
      <TextInput
        label={t("sinergi.wbs.judul")}
        maxLength={f.batas.judul}
        required
        {...form.getInputProps("judul")}
      />
      <Textarea
        label={t("sinergi.wbs.isi")}
        description={t("sinergi.wbs.isiPetunjuk", { maks: f.batas.isi })}
        maxLength={f.batas.isi}
        autosize
        minRows={6}
        required
        {...form.getInputProps("isi")}
      />
      <FileInput
        label={t("sinergi.wbs.lampiran")}
        description={t("sinergi.wbs.lampiranPetunjuk", { n: f.batas.lampiran })}
        multiple
        clearable
        accept={JENIS.join(",")}
        {...form.getInputProps("lampiran")}
        onChange={(x) => form.setFieldValue("lampiran", (x ?? []).slice(0, f.batas.lampiran))}
      />
      {f.pengelola.length > 1 && (
        <MultiSelect
          label={t("sinergi.wbs.kecualikan")}
          description={t("sinergi.wbs.kecualikanPetunjuk")}
          data={f.pengelola.map((p) => ({ value: p.id, label: p.nama }))}
          clearable
          {...form.getInputProps("kecualikan")}
        />
      )}
      {coba !== null && (
        <Stack gap={4} role="status">
          <Text size="sm">{t("sinergi.wbs.memeriksa")}</Text>
          <Progress
            value={Math.min(95, (100 * coba) / 2 ** f.tantangan.kesulitan)}
            animated
            aria-label={t("sinergi.wbs.memeriksa")}
          />
        </Stack>
      )}
    </KartuForm>
  );
}

function Kuitansi({ tanda, onBuka }: { tanda: Tanda; onBuka: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert
        color="red"
        variant="light"
        title={t("sinergi.wbs.simpanJudul")}
        styles={{ title: { color: "var(--mantine-color-red-9)" } }}
      >
        {t("sinergi.wbs.simpanPesan")}
      </Alert>
      <Paper withBorder p="md" role="group" aria-label={t("sinergi.wbs.kuitansi")}>
        <Stack gap="xs">
          <Text size="sm">{t("sinergi.wbs.nomorTiket")}</Text>
          <Code fz="lg" data-testid="nomor-tiket">
            {tanda.nomorTiket}
          </Code>
          <Text size="sm">{t("sinergi.wbs.kodeRahasia")}</Text>
          <Code fz="lg" data-testid="kode-rahasia">
            {tanda.kodeRahasia}
          </Code>
        </Stack>
      </Paper>
      <Group justify="flex-end">
        <Button onClick={onBuka}>{t("sinergi.wbs.bukaLaporan")}</Button>
      </Group>
    </Stack>
  );
}

function FormCek({ onBuka }: { onBuka: (t: Tanda) => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { nomorTiket: "", kodeRahasia: "" },
    validate: {
      nomorTiket: (v) => (v.trim() ? null : t("sinergi.wbs.wajib")),
      kodeRahasia: (v) => (v.trim() ? null : t("sinergi.wbs.wajib")),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        onBuka({ nomorTiket: v.nomorTiket.trim(), kodeRahasia: v.kodeRahasia.trim() }),
      )}
    >
      <Stack>
        <TextInput
          label={t("sinergi.wbs.nomorTiket")}
          autoComplete="off"
          required
          {...form.getInputProps("nomorTiket")}
        />
        <TextInput
          label={t("sinergi.wbs.kodeRahasia")}
          autoComplete="off"
          required
          {...form.getInputProps("kodeRahasia")}
        />
        <Group justify="flex-end">
          <Button type="submit">{t("sinergi.wbs.bukaLaporan")}</Button>
        </Group>
      </Stack>
    </form>
  );
}
