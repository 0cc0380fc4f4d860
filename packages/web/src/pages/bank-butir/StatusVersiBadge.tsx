import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { StatusVersi } from "./api.ts";

const WARNA: Record<StatusVersi, { bg: string; c: string }> = {
  draf: { bg: "gray", c: "gray.9" },
  tinjauan: { bg: "yellow", c: "#5f4100" },
  terbit: { bg: "green", c: "#1b5e20" },
};

/** The state of a bank version; text dark enough on its tint (WCAG AA). */
export function StatusVersiBadge({ status }: { status: StatusVersi }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={WARNA[status].bg}
      c={WARNA[status].c}
      styles={{ root: { overflow: "visible" }, label: { overflow: "visible", textOverflow: "clip" } }}
    >
      {t(`bankButir.status.${status}`)}
    </Badge>
  );
}
