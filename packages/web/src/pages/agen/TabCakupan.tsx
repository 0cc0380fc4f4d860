import { Badge, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { kunciAgen } from "./kunci.ts";

/** Coverage per unit against the cycle's rule ("jumlah yang memadai", Tabel 3 no. 6). */
export function TabCakupan({ siklusId }: { siklusId: string }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const q = useQuery({
    queryKey: [...kunciAgen(instansi.id), "cakupan", siklusId],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/agen/siklus/{siklusId}/cakupan", {
          params: { path: { instansiId: instansi.id, siklusId } },
        }),
      ),
  });
  return (
    <QueryState query={q}>
      {(c) => (
        <>
          <Text size="sm" mb="xs" data-testid="cakupan-ringkas">
            {t("agen.cakupan.aturan", { p: c.aturan.minPegawai, a: c.aturan.minAgen })}{" "}
            {t("agen.cakupan.ringkas", { m: c.unitMemadai, w: c.unitWajib })}
          </Text>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="tabel-gulir" tabIndex={0} aria-label={t("agen.tab.cakupan")}>
            <Table striped miw={480}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("agen.unit")}</Table.Th>
                  <Table.Th>{t("agen.cakupan.pegawai")}</Table.Th>
                  <Table.Th>{t("agen.cakupan.agen")}</Table.Th>
                  <Table.Th>{t("agen.cakupan.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.unit.map((u) => (
                  <Table.Tr key={u.unitId}>
                    <Table.Td>{u.nama}</Table.Td>
                    <Table.Td>{u.pegawai}</Table.Td>
                    <Table.Td>{u.agen}</Table.Td>
                    <Table.Td>
                      {!u.wajib ? (
                        <Badge color="gray.7">{t("agen.cakupan.tidakWajib")}</Badge>
                      ) : u.memadai ? (
                        <Badge color="teal.9">{t("agen.cakupan.memadai")}</Badge>
                      ) : (
                        <Badge color="red.9">{t("agen.cakupan.kurang")}</Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        </>
      )}
    </QueryState>
  );
}
