/**
 * A judge's own three cuts on the integrity θ scale (docs/norma-batas.md
 * "National standard setting"; the levels of BAB II.D). Under each field the
 * share of the reference group below that θ and its derajat, 100·Φ((θ − m)/s),
 * so a judge sees what a cut means without seeing the other judges.
 */
import { NumberInput, SimpleGrid, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { KartuForm } from "../../components/kit/index.ts";

export interface AcuanTheta {
  mean: number;
  sd: number;
  batasBaku: [number, number, number];
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 via erf; |error| < 1.5e-7), for the on-screen hint only. */
export function phi(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

type Nilai = { b1: number | string; b2: number | string; b3: number | string; catatan: string };

export function FormBatasSaya({
  sesiId,
  acuan,
  awal,
  onBerhasil,
}: {
  sesiId: string;
  acuan: AcuanTheta | null;
  awal: { batas: [number, number, number]; catatan: string | null } | null;
  onBerhasil: () => unknown;
}) {
  const { t, i18n } = useTranslation();
  const angka = (v: number | string) =>
    typeof v === "number" && Number.isFinite(v) && v >= -6 && v <= 6 ? v : null;
  const form = useForm<Nilai>({
    initialValues: {
      b1: awal?.batas[0] ?? "",
      b2: awal?.batas[1] ?? "",
      b3: awal?.batas[2] ?? "",
      catatan: awal?.catatan ?? "",
    },
    validate: {
      b1: (v) => (angka(v) === null ? t("normaBatas.batasSaya.wajib") : null),
      b2: (v, s) =>
        angka(v) === null
          ? t("normaBatas.batasSaya.wajib")
          : angka(s.b1) !== null && (v as number) <= (s.b1 as number)
            ? t("normaBatas.batasSaya.naik")
            : null,
      b3: (v, s) =>
        angka(v) === null
          ? t("normaBatas.batasSaya.wajib")
          : angka(s.b2) !== null && (v as number) <= (s.b2 as number)
            ? t("normaBatas.batasSaya.naik")
            : null,
    },
  });
  const fmt = (x: number, d: number) =>
    x.toLocaleString(i18n.language === "en" ? "en" : "id", { maximumFractionDigits: d });
  const bantuan = (v: number | string) => {
    const x = angka(v);
    if (x === null || !acuan) return undefined;
    const p = 100 * phi((x - acuan.mean) / acuan.sd);
    return t("normaBatas.batasSaya.bantuan", { p: fmt(p, 0), d: fmt(p, 1) });
  };
  return (
    <KartuForm
      judul={t("normaBatas.batasSaya.judul")}
      keterangan={t("normaBatas.batasSaya.keterangan")}
      form={form}
      kirim={(v) =>
        isi(
          klien.PUT("/api/asesmen/penetapan-batas/{id}/batas-saya", {
            params: { path: { id: sesiId } },
            body: {
              batas: [v.b1 as number, v.b2 as number, v.b3 as number],
              catatan: v.catatan.trim() || null,
            },
          }),
        )
      }
      onBerhasil={onBerhasil}
    >
      {acuan && (
        <Text size="sm" c="dimmed">
          {t("normaBatas.batasSaya.baku", { b: acuan.batasBaku.map((x) => fmt(x, 2)).join(" · ") })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {(["b1", "b2", "b3"] as const).map((k, i) => (
          <NumberInput
            key={k}
            label={t(`normaBatas.batasSaya.batas${i + 1}`)}
            required
            step={0.05}
            decimalScale={3}
            min={-6}
            max={6}
            description={bantuan(form.values[k])}
            {...form.getInputProps(k)}
          />
        ))}
      </SimpleGrid>
      <Textarea
        label={t("normaBatas.batasSaya.catatan")}
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps("catatan")}
      />
    </KartuForm>
  );
}
