import { Stack, Table, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { GalatImpor, Halaman } from "../../api/types.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";

const UKURAN = 50;

/** The per-row validation report, paged; messages come from the server in the user's language. */
export function DaftarGalatImpor({ url, jumlah }: { url: string; jumlah: number }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [url, page, i18n.language],
    queryFn: () => api<Halaman<GalatImpor>>(url, { query: { page, pageSize: UKURAN } }),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="judul-galat-impor">
      <Stack gap="sm">
        <Title order={3} id="judul-galat-impor">
          {t("impor.laporanGalat", { n: jumlah })}
        </Title>
        <QueryState query={query}>
          {(data) => (
            <>
              <div className="tabel-gulir">
                <Table striped miw={560}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t("impor.baris")}</Table.Th>
                      <Table.Th scope="col">{t("impor.kolomGalat")}</Table.Th>
                      <Table.Th scope="col">{t("impor.pesan")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((g) => (
                      <Table.Tr key={`${g.baris}-${g.kolom}-${g.kode}`}>
                        <Table.Td>{g.baris}</Table.Td>
                        <Table.Td>{g.kolom ?? "—"}</Table.Td>
                        <Table.Td>{g.pesan}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
              <Paginasi page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </>
          )}
        </QueryState>
      </Stack>
    </section>
  );
}
