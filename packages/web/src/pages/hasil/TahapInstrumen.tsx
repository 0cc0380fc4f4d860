/**
 * The stage of the instrument behind a profile and the reference group it is
 * normed against (docs/norma-batas.md "The stage of the instrument"), as the
 * server computed them from what is stored, e.g. "Bank butir: ditelaah panel ✓;
 * kalibrasi: data nyata ✓; norma: simulasi; batas level: baku".
 */
import { Alert, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { metodeLevel } from "./metode-level.ts";
import type { Profil } from "./tipe.ts";

/** The publication minimum of a reference group (domain NORMA_MIN_KELOMPOK; the server's rule, shown here). */
const MIN_NORMA = 1000;

export function TahapInstrumen({ p }: { p: Profil }) {
  const { t, i18n } = useTranslation();
  const { tahap, norma } = p;
  const angka = (n: number) => n.toLocaleString(i18n.language === "en" ? "en" : "id");
  const bagian = [
    [
      t("hasil.tahap.bank"),
      tahap.bank === "panel" ? t("hasil.tahap.bankPanel") : t("hasil.tahap.bankDraf"),
      tahap.bank === "panel",
    ],
    [
      t("hasil.tahap.kalibrasi"),
      tahap.kalibrasi === "nyata" ? t("hasil.tahap.kalibrasiNyata") : t("hasil.tahap.kalibrasiSimulasi"),
      tahap.kalibrasi === "nyata",
    ],
    [
      t("hasil.tahap.norma"),
      tahap.norma === "nyata" ? t("hasil.tahap.normaNyata") : t("hasil.tahap.normaSimulasi"),
      tahap.norma === "nyata",
    ],
    [
      t("hasil.tahap.batas"),
      t(
        `hasil.tahap.${tahap.batas === "nasional" ? "batasNasional" : tahap.batas === "instansi" ? "batasInstansi" : "batasBaku"}`,
      ),
      tahap.batas === "nasional",
    ],
  ] as const;
  const garis = bagian.map(([nama, nilai, ok]) => `${nama}: ${nilai}${ok ? " ✓" : ""}`).join("; ");
  const isi = (
    <Stack gap={4}>
      <Text size="sm">
        <Text span fw={600}>
          {t("hasil.tahap.judul")}:
        </Text>{" "}
        {garis}
      </Text>
      <Text size="sm">
        {t("hasil.tahap.dibandingkan", {
          label: norma.label,
          n: norma.dataNyata ? t("hasil.tahap.nOrang", { n: angka(norma.n) }) : "",
        })}
      </Text>
      {norma.kelompokSendiri && norma.dataNyata && (
        <Text size="sm">
          {t("hasil.tahap.turun", {
            label: norma.kelompokSendiri.label,
            n: angka(norma.kelompokSendiri.n),
            min: angka(MIN_NORMA),
          })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t("hasil.tahap.sumberBatas", { metode: metodeLevel(p.level.metode, i18n.language) })}
      </Text>
    </Stack>
  );
  return p.parameterSementara ? (
    <Alert color="yellow" variant="light" mt="sm">
      <Text size="sm" fw={600} mb={4}>
        {t("hasil.sementara")}
      </Text>
      {isi}
    </Alert>
  ) : (
    <Alert color="green" variant="light" mt="sm">
      {isi}
    </Alert>
  );
}
