import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Active / inactive, with text dark enough on its tinted background (WCAG AA), never truncated. */
export function StatusBadge({ aktif }: { aktif: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={aktif ? "green" : "gray"}
      c={aktif ? "#1b5e20" : "gray.8"}
      styles={{ root: { overflow: "visible" }, label: { overflow: "visible", textOverflow: "clip" } }}
    >
      {aktif ? t("pegawai.aktif") : t("pegawai.nonaktif")}
    </Badge>
  );
}
