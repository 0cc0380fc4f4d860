import { SegmentedControl } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type Bahasa, gantiBahasa } from "../i18n/index.ts";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("bahasa.label")}
      value={i18n.language}
      onChange={async (v) => {
        await gantiBahasa(v as Bahasa);
        // server messages (errors, import reports) come in the request's language
        await qc.invalidateQueries();
      }}
      data={[
        { value: "id", label: <span title={t("bahasa.id")}>ID</span> },
        { value: "en", label: <span title={t("bahasa.en")}>EN</span> },
      ]}
    />
  );
}
