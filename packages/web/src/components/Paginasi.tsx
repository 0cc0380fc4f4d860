import { Group, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function Paginasi({
  page,
  pageSize,
  total,
  onChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (p: number) => void;
}) {
  const { t } = useTranslation();
  const halaman = Math.max(1, Math.ceil(total / pageSize));
  const dari = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const sampai = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" aria-live="polite">
        {t("paginasi.ringkasan", { dari, sampai, total })}
      </Text>
      {halaman > 1 && (
        <Pagination
          total={halaman}
          value={page}
          onChange={onChange}
          size="sm"
          siblings={1}
          boundaries={1}
          getItemProps={(p) => ({ "aria-label": t("paginasi.halaman", { p }) })}
          getControlProps={(c) => ({ "aria-label": t(`paginasi.${c}`) })}
          aria-label={t("paginasi.label")}
        />
      )}
    </Group>
  );
}
