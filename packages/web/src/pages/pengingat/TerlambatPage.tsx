import { Anchor, Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { formatTanggal } from "../../lib/format.ts";
import { navigate } from "../../lib/router.ts";

/** What is late, who owns it, since when — for the PPK and the supervision team (docs/pengingat.md). */
export function TerlambatPage() {
  const { t, i18n } = useTranslation();
  const { instansi } = useSession();
  const query = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "pengingat", "terlambat"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/pengingat/terlambat", {
          params: { path: { instansiId: instansi.id }, query: { pageSize: 200 } },
        }),
      ),
  });
  /** Roles are codes ("ppk", "ppk,tim_supervisi"); names stay names. */
  const pemilik = (p: string) =>
    /^[a-z_,]+$/.test(p)
      ? p
          .split(",")
          .map((r) => t(`peran.${r}`))
          .join(" / ")
      : p;
  return (
    <Stack>
      <Title order={2}>{t("pengingat.judulTerlambat")}</Title>
      <QueryState
        query={query}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("pengingat.kosongTerlambat")} />}
      >
        {(d) => (
          <div className="tabel-gulir">
            <Table striped miw={620}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("pengingat.apa")}</Table.Th>
                  <Table.Th scope="col">{t("pengingat.pemilik")}</Table.Th>
                  <Table.Th scope="col">{t("pengingat.sejak")}</Table.Th>
                  <Table.Th scope="col">{t("pengingat.hari")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((x) => (
                  <Table.Tr key={`${x.jenis}-${x.judul}-${x.sejak}`}>
                    <Table.Td>
                      <Badge size="xs" variant="light" mr={6}>
                        {t(`pengingat.jenisTerlambat.${x.jenis}`)}
                      </Badge>
                      <Anchor
                        href={x.tautan}
                        onClick={(e) => {
                          e.preventDefault();
                          navigate(x.tautan);
                        }}
                      >
                        {x.judul}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{pemilik(x.pemilik)}</Table.Td>
                    <Table.Td>{formatTanggal(x.sejak, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={x.hari > 0 ? "red.9" : undefined}>
                        {x.hari}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </QueryState>
    </Stack>
  );
}
