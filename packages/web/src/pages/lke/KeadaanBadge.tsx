import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Keadaan } from "./api.ts";

const WARNA: Record<Keadaan, { bg: string; c: string }> = {
  draf: { bg: "gray", c: "gray.9" },
  tinjauan: { bg: "yellow", c: "#5f4100" },
  aktif: { bg: "green", c: "#1b5e20" },
  digantikan: { bg: "gray", c: "gray.8" },
};

/** Draft, awaiting approval, published (active) or superseded; text dark enough on its tint (WCAG AA). */
export function KeadaanBadge({ keadaan }: { keadaan: Keadaan }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={WARNA[keadaan].bg}
      c={WARNA[keadaan].c}
      styles={{ root: { overflow: "visible" }, label: { overflow: "visible", textOverflow: "clip" } }}
    >
      {t(`lke.keadaan.${keadaan}`)}
    </Badge>
  );
}
