import { Center, Loader, Stack, Text } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./ErrorAlert.tsx";

/** Renders loading and error states of a query, then `children(data)`. */
export function QueryState<T>({
  query,
  children,
  empty,
  isEmpty,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Stack align="center" gap="xs">
          <Loader size="md" aria-hidden="true" />
          <Text c="dimmed" size="sm">
            {t("umum.memuat")}
          </Text>
        </Stack>
      </Center>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <Kosong />}</>;
  return <>{children(query.data)}</>;
}

export function Kosong({ pesan }: { pesan?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Text c="dimmed">{pesan ?? t("umum.kosong")}</Text>
    </Center>
  );
}
