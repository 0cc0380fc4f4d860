/** The working-day countdown to the KPK deadline (Pasal 12C ayat (2)), as a badge. */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

export interface TenggatProps {
  tenggat: {
    batas: string;
    sisaHariKerja: number;
    status: "aman" | "mendekati" | "hari_terakhir" | "lewat";
  } | null;
}

// filled, dark enough for white text (WCAG AA contrast)
/** A badge whose text wraps instead of being cut off (long Indonesian labels, narrow columns). */
export const BADGE_PANJANG = {
  label: { whiteSpace: "normal", overflow: "visible", textOverflow: "clip" },
} as const;

const WARNA = { aman: "#1b5e20", mendekati: "#9c3d00", hari_terakhir: "red.9", lewat: "red.9" } as const;

export function Tenggat({ tenggat }: TenggatProps) {
  const { t } = useTranslation();
  if (!tenggat) return <>—</>;
  const teks =
    tenggat.status === "lewat"
      ? t("gratifikasi.tenggat.lewat", { batas: tenggat.batas })
      : tenggat.status === "hari_terakhir"
        ? t("gratifikasi.tenggat.hariTerakhir", { batas: tenggat.batas })
        : t("gratifikasi.tenggat.sisa", { n: tenggat.sisaHariKerja, batas: tenggat.batas });
  return (
    <Badge color={WARNA[tenggat.status]} variant="filled" tt="none" h="auto" py={2} styles={BADGE_PANJANG}>
      {teks}
    </Badge>
  );
}
