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

const WARNA = { aman: "green", mendekati: "orange", hari_terakhir: "red", lewat: "red" } as const;

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
    <Badge color={WARNA[tenggat.status]} variant={tenggat.status === "aman" ? "light" : "filled"} tt="none">
      {teks}
    </Badge>
  );
}
