import { Group, Select, Stack, Table } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Paginasi } from "../Paginasi.tsx";
import { Kosong, QueryState } from "../QueryState.tsx";

/** A page of a list as the API answers it (docs/api.md "Lists"). */
export interface Daftar<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Kolom<T> {
  judul: ReactNode;
  isi: (baris: T) => ReactNode;
  /** Keep the cell on one line (dates, codes). */
  nowrap?: boolean;
}

export const UKURAN_HALAMAN = [25, 50, 100] as const;

export interface TabelBerhalamanProps<T> {
  /** The query of the current page (use `placeholderData: keepPreviousData` to keep rows while paging). */
  query: UseQueryResult<Daftar<T>>;
  kolom: Kolom<T>[];
  kunciBaris: (baris: T) => string;
  onHalaman: (page: number) => void;
  /** Lets the user choose the page size among `UKURAN_HALAMAN`. */
  onUkuranHalaman?: (pageSize: number) => void;
  /** What an empty list says. */
  kosong?: string;
  /** Narrowest width before the table scrolls sideways (px). */
  lebarMin?: number;
  /** The table's accessible name. */
  label?: string;
}

/**
 * A paged table: loading and error states, an empty state, the rows, and
 * under them how many there are in all, the pages and (optionally) the page size.
 */
export function TabelBerhalaman<T>({
  query,
  kolom,
  kunciBaris,
  onHalaman,
  onUkuranHalaman,
  kosong,
  lebarMin,
  label,
}: TabelBerhalamanProps<T>) {
  const { t } = useTranslation();
  return (
    <QueryState query={query} isEmpty={(d) => d.items.length === 0} empty={<Kosong pesan={kosong} />}>
      {(data) => (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
          {/* scrolls sideways on a phone: focusable so a keyboard can scroll it too (WCAG 2.1.1) */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="tabel-gulir" tabIndex={0} aria-label={label}>
            <Table striped miw={lebarMin} aria-label={label}>
              <Table.Thead>
                <Table.Tr>
                  {kolom.map((k, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for a table
                    <Table.Th key={i} scope="col">
                      {k.judul}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((b) => (
                  <Table.Tr key={kunciBaris(b)}>
                    {kolom.map((k, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for a table
                      <Table.Td key={i} style={k.nowrap ? { whiteSpace: "nowrap" } : undefined}>
                        {k.isi(b)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <div style={{ flex: "1 1 auto" }}>
              <Paginasi page={data.page} pageSize={data.pageSize} total={data.total} onChange={onHalaman} />
            </div>
            {onUkuranHalaman && (
              <Select
                label={t("paginasi.ukuran")}
                size="xs"
                w={140}
                allowDeselect={false}
                value={String(data.pageSize)}
                onChange={(v) => v && onUkuranHalaman(Number(v))}
                data={UKURAN_HALAMAN.map(String)}
              />
            )}
          </Group>
        </Stack>
      )}
    </QueryState>
  );
}
