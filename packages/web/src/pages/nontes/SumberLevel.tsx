import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** How many people's level drew on each source, over a group; `akhir` of them have a final level (docs/nontes.md). */
export interface SumberLevelData {
  akhir: number;
  sumber: Record<string, number>;
}

const URUTAN = ["tes", "observasi", "rekam-jejak", "wawancara"];

/** The sources of a group's levels, as one line: used by the map, SMART progress and the sub-stage guide. */
export function teksSumberLevel(
  t: (k: string, o?: Record<string, unknown>) => string,
  s: SumberLevelData,
): string {
  const kunci = Object.keys(s.sumber).sort((a, b) => URUTAN.indexOf(a) - URUTAN.indexOf(b));
  return kunci.map((k) => `${t(`nontes.sumber.${k}`)} ${s.sumber[k]}`).join(" · ");
}

/** A note under a figure built on levels: the final level is used where non-test evidence exists, and from which sources. */
export function CatatanSumberLevel({ s }: { s: SumberLevelData | null | undefined }) {
  const { t } = useTranslation();
  if (!s) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="sumber-level">
      {t("nontes.sumberLevel.catatan", { akhir: s.akhir, sumber: teksSumberLevel(t, s) })}
    </Text>
  );
}
