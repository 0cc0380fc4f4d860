import { Paper, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { QueryState } from "../../components/QueryState.tsx";

/** A period's map of final levels per unit, with the sources they drew on (groups under k hidden). */
export function PetaLevelAkhir({ periodeId }: { periodeId: string }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "nontes", "periode", periodeId, "peta"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/periode/{id}/peta", {
          params: { path: { instansiId: instansi.id, id: periodeId } },
        }),
      ),
  });
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4">
        {t("nontes.akhir.peta")}
      </Title>
      <QueryState query={q}>
        {(d) => (
          <>
            <Text size="sm" c="dimmed">
              {t("nontes.akhir.petaK", { k: d.k })}
            </Text>
            <Table.ScrollContainer minWidth={520}>
              <Table striped data-testid="peta-level-akhir">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("nontes.akhir.unit")}</Table.Th>
                    <Table.Th>{t("nontes.akhir.n")}</Table.Th>
                    <Table.Th>{t("nontes.akhir.sebaran")}</Table.Th>
                    <Table.Th>{t("nontes.akhir.sumberPeta")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.unit.map((u) => (
                    <Table.Tr key={u.id ?? "semua"}>
                      <Table.Td>{u.nama}</Table.Td>
                      <Table.Td>{u.n}</Table.Td>
                      <Table.Td>{u.distribusi ? u.distribusi.join(" / ") : "–"}</Table.Td>
                      <Table.Td>
                        {u.sumber
                          ? Object.entries(u.sumber)
                              .map(([s, n]) => `${t(`nontes.sumber.${s}`)} ${n}`)
                              .join(", ")
                          : "–"}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </QueryState>
    </Paper>
  );
}
