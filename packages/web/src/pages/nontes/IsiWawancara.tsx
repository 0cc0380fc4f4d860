import { Alert, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

const TIDAK = "x";

/**
 * One structured interview: the guide per sub-dimension (question, follow-ups,
 * BARS anchors), the interviewer's scoring and confidential notes, and — for
 * the supervision team — every interviewer's notes and the result.
 */
export function IsiWawancara({ id }: { id: string }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const k = [...kunci.instansi(instansi.id), "nontes", "wawancara", id];
  const q = useQuery({
    queryKey: k,
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/wawancara/{id}", {
          params: { path: { instansiId: instansi.id, id } },
        }),
      ),
  });
  return (
    <QueryState query={q}>
      {(d) => {
        const judul = `${d.pegawai.nama} · ${d.tanggal} · ${t(`nontes.wawancara.tujuanNama.${d.tujuan}`)}`;
        const hasil = d.hasil?.level && (
          <Alert variant="light" data-testid="hasil-wawancara">
            {t("nontes.wawancara.hasil", { level: d.hasil.level })} ·{" "}
            {d.hasil.faktor.map((f) => `${f.faktor} ${f.level ?? "–"}`).join(" · ")}
            {d.hasil.kesepakatanTepat !== null &&
              ` · ${t("nontes.wawancara.kesepakatan", { persen: Math.round(d.hasil.kesepakatanTepat * 100) })}`}
          </Alert>
        );
        if (d.saya) return <FormPenilaian id={id} d={d} saya={d.saya} judul={judul} hasil={hasil} />;
        return (
          <Stack>
            <Title order={3}>{judul}</Title>
            {hasil}
            <Paper withBorder p="sm">
              <Title order={4}>{t("nontes.wawancara.catatanSemua")}</Title>
              {d.catatan.map((c) => (
                <Text key={c.pewawancara} size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  <b>{c.pewawancara}:</b> {c.catatan ?? "–"}
                </Text>
              ))}
            </Paper>
          </Stack>
        );
      }}
    </QueryState>
  );
}

type Wawancara = Jawaban<"/api/instansi/{instansiId}/nontes/wawancara/{id}">;

interface NilaiPenilaian {
  /** The chosen anchor per sub-dimension code, `TIDAK` when it could not be scored. */
  nilai: Record<string, string>;
  catatan: string;
}

/** The interviewer's own scoring: one anchor per sub-dimension (or "could not be scored") and confidential notes. */
function FormPenilaian({
  id,
  d,
  saya,
  judul,
  hasil,
}: {
  id: string;
  d: Wawancara;
  saya: NonNullable<Wawancara["saya"]>;
  judul: string;
  hasil: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const bhs = i18n.language === "en" ? "en" : "id";
  const { instansi } = useSession();
  const qc = useQueryClient();
  const k = [...kunci.instansi(instansi.id), "nontes", "wawancara", id];
  const form = useForm<NilaiPenilaian>({
    initialValues: {
      nilai: Object.fromEntries(
        Object.entries(saya.nilai ?? {}).map(([kode, v]) => [kode, v === null ? TIDAK : String(v)]),
      ),
      catatan: saya.catatan ?? "",
    },
  });
  return (
    <KartuForm
      judul={judul}
      form={form}
      labelKirim={t("nontes.wawancara.kirim")}
      kirim={(v) =>
        isi(
          klien.PUT("/api/instansi/{instansiId}/nontes/wawancara/{id}/nilai", {
            params: { path: { instansiId: instansi.id, id } },
            body: {
              // only the sub-dimensions scored so far
              nilai: Object.fromEntries(
                d.panduan
                  .filter((g) => v.nilai[g.kode] !== undefined)
                  .map((g) => [g.kode, v.nilai[g.kode] === TIDAK ? null : Number(v.nilai[g.kode])]),
              ),
              catatan: v.catatan.trim() || undefined,
            },
          }),
        )
      }
      onBerhasil={async (r) => {
        qc.setQueryData(k, r);
        await qc.invalidateQueries({ queryKey: [...kunci.instansi(instansi.id), "nontes", "wawancara"] });
        beritahuBerhasil(t("nontes.wawancara.berhasilKirim"));
      }}
    >
      {hasil}
      {d.panduan.map((g) => (
        <Paper withBorder p="sm" key={g.kode}>
          <Text fw={600}>
            {g.kode} · {g.nama[bhs]}
          </Text>
          <Text size="sm" mt={4}>
            <b>{t("nontes.wawancara.pertanyaan")}:</b> {g.pertanyaan[bhs]}
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t("nontes.wawancara.lanjutan")}: {g.lanjutan.map((l) => l[bhs]).join(" · ")}
          </Text>
          <Radio.Group
            mt="xs"
            name={`skor-${g.kode}`}
            value={form.values.nilai[g.kode] ?? null}
            onChange={(v) => form.setFieldValue(`nilai.${g.kode}`, v)}
          >
            <Stack gap={6}>
              {g.anchor.map((a) => (
                <Radio key={a.skor} value={String(a.skor)} label={a.teks[bhs]} />
              ))}
              <Radio value={TIDAK} label={t("nontes.wawancara.tidakDapat")} />
            </Stack>
          </Radio.Group>
        </Paper>
      ))}
      <Textarea
        label={t("nontes.wawancara.catatan")}
        autosize
        minRows={3}
        maxLength={8000}
        {...form.getInputProps("catatan")}
      />
    </KartuForm>
  );
}
