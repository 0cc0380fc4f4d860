/**
 * The employee's yearly attestation of the code of ethics (docs/kode-etik.md;
 * BAB II.E): read the version in force, answer its quiz, acknowledge it.
 * Phone-first: one column, the text then the questions one under another.
 */
import { Alert, Badge, Checkbox, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type Saya = Jawaban<"/api/instansi/{instansiId}/kode-etik/saya">;
type Hasil = Jawaban<"/api/instansi/{instansiId}/kode-etik/saya/atestasi", "post">;

export function KodeEtikSayaPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "kode-etik", "saya"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/kode-etik/saya", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  return (
    <Stack>
      <div>
        <Title order={2}>{t("etik.kode.judulSaya")}</Title>
        <Text c="gray.7" size="sm">
          {t("etik.kode.subjudulSaya")}
        </Text>
      </div>
      <QueryState query={q} isEmpty={(d) => !d.kode} empty={<Kosong pesan={t("etik.kode.belumTerbit")} />}>
        {(d) => <IsiKode data={d} />}
      </QueryState>
    </Stack>
  );
}

function IsiKode({ data }: { data: Saya }) {
  const { t } = useTranslation();
  const kode = data.kode;
  if (!kode) return null;
  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={3} size="h4">
            {kode.judul}
          </Title>
          <Text size="sm" c="gray.7">
            {t("etik.kode.versiSk", { versi: kode.versi, nomor: kode.nomorSk, tanggal: kode.tanggalSk })}
          </Text>
          <TeksKode isi={kode.isi} />
        </Stack>
      </Paper>
      {data.atestasi ? (
        <Alert color="green" title={t("etik.kode.sudahJudul", { tahun: data.tahun })}>
          {t("etik.kode.sudahIsi", { tanggal: data.atestasi.tanggal })}
          {data.atestasi.skor !== null && ` ${t("etik.kode.skor", { skor: data.atestasi.skor })}`}
        </Alert>
      ) : (
        <FormAtestasi data={data} />
      )}
      {data.riwayat.length > 0 && (
        <Stack gap={4}>
          <Text fw={600}>{t("etik.kode.riwayat")}</Text>
          {data.riwayat.map((r) => (
            <Text size="sm" key={`${r.versi}-${r.tahun}`}>
              <Badge variant="light" mr="xs">
                {t("etik.kode.versi", { versi: r.versi })}
              </Badge>
              {r.tahun} · {r.tanggal}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function FormAtestasi({ data }: { data: Saya }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const kode = data.kode as NonNullable<Saya["kode"]>;
  const [hasil, setHasil] = useState<Hasil | null>(null);
  const form = useForm<{ paham: boolean; jawaban: string[] }>({
    initialValues: { paham: false, jawaban: kode.soal.map(() => "") },
    validate: { paham: (v) => (v ? null : t("etik.kode.wajibPaham")) },
  });
  const kurang = form.values.jawaban.some((j) => j === "");
  return (
    <KartuForm
      judul={t("etik.kode.nyatakanJudul", { tahun: data.tahun })}
      keterangan={
        kode.soal.length > 0 ? t("etik.kode.kuisKeterangan", { nilai: kode.nilaiLulus }) : undefined
      }
      form={form}
      labelKirim={t("etik.kode.nyatakan")}
      kirim={async (v) => {
        if (v.jawaban.some((j) => j === "")) throw new Error(t("etik.kode.jawabSemua"));
        return isi(
          klien.POST("/api/instansi/{instansiId}/kode-etik/saya/atestasi", {
            params: { path: { instansiId: instansi.id } },
            body: { kodeId: kode.id, paham: true, jawaban: v.jawaban.map(Number) },
          }),
        );
      }}
      onBerhasil={async (h) => {
        setHasil(h);
        if (h.tercatat) {
          beritahuBerhasil(t("etik.kode.tercatat"));
          await qc.invalidateQueries({ queryKey: [...kunci.instansi(instansi.id), "kode-etik"] });
        }
      }}
    >
      {kode.soal.map((s, i) => (
        <Radio.Group
          key={s.pertanyaan}
          label={`${i + 1}. ${s.pertanyaan}`}
          {...form.getInputProps(`jawaban.${i}`)}
          error={hasil?.salah.includes(i) ? t("etik.kode.salah") : undefined}
        >
          <Stack gap={6} mt={6}>
            {s.pilihan.map((p, j) => (
              <Radio key={p} value={String(j)} label={p} />
            ))}
          </Stack>
        </Radio.Group>
      ))}
      {hasil && !hasil.lulus && (
        <Alert color="yellow" title={t("etik.kode.belumLulus")}>
          {t("etik.kode.belumLulusIsi", { skor: hasil.skor ?? 0, nilai: hasil.nilaiLulus })}
        </Alert>
      )}
      <Checkbox
        label={t("etik.kode.paham")}
        {...form.getInputProps("paham", { type: "checkbox" })}
        disabled={kode.soal.length > 0 && kurang}
      />
    </KartuForm>
  );
}

/** The code's text: lines starting with `#` as headings, the rest as paragraphs (no HTML). */
function TeksKode({ isi: teks }: { isi: string }) {
  const blok = teks.split(/\n\s*\n/);
  return (
    <Stack gap="xs">
      {blok.map((b, i) => {
        const judul = b.match(/^#{1,6}\s+(.*)$/m);
        const sisa = judul ? b.replace(/^#{1,6}\s+.*$/m, "").trim() : b;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks of a fixed text
          <div key={i}>
            {judul && (
              <Title order={4} size="h5" mb={4}>
                {judul[1]}
              </Title>
            )}
            {sisa && <Text style={{ whiteSpace: "pre-wrap" }}>{sisa}</Text>}
          </div>
        );
      })}
    </Stack>
  );
}
