import { Badge, Group, Modal, Stack, Table, Text, Tooltip } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { formatWaktu } from "../../lib/format.ts";

export type AsalPeran = Jawaban<"/api/instansi/{instansiId}/peran-sk/asal">[number];

/** Where each role of every user comes from (admin, decrees in force): one request for the list. */
export function useAsalPeran(instansiId: string) {
  return useQuery({
    queryKey: [...kunci.pengguna(instansiId), "asal-peran"],
    queryFn: () =>
      isi(klien.GET("/api/instansi/{instansiId}/peran-sk/asal", { params: { path: { instansiId } } })),
  });
}

/** A role badge saying where it came from: "SK …" when a decree in force gives it (Tabel 3 no. 1, 6). */
export function BadgePeran({ peran, asal }: { peran: string; asal: AsalPeran | undefined }) {
  const { t } = useTranslation();
  const sk = asal?.sk ?? [];
  if (sk.length === 0) {
    return (
      <Badge variant="light" size="sm">
        {t(`peran.${peran}`)}
      </Badge>
    );
  }
  const teks = sk.map((s) => t("pengguna.asalSk", { nomor: s.nomorSk, siklus: s.siklusNama })).join("; ");
  return (
    <Tooltip label={asal?.dariAdmin ? `${teks}; ${t("pengguna.asalAdmin")}` : teks} multiline w={280}>
      <Badge variant="light" size="sm">
        {t(`peran.${peran}`)} · {t("pengguna.dariSk")}
        <span className="sr-only"> ({teks})</span>
      </Badge>
    </Tooltip>
  );
}

/** The role history of one user: who granted or removed which role, when, from which decree. */
export function RiwayatPeranDialog({
  instansiId,
  pengguna,
  onTutup,
}: {
  instansiId: string;
  pengguna: { id: string; nama: string };
  onTutup: () => void;
}) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: [...kunci.pengguna(instansiId), "riwayat-peran", pengguna.id],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/peran-sk/pengguna/{id}/riwayat", {
          params: { path: { instansiId, id: pengguna.id }, query: { pageSize: 100 } },
        }),
      ),
  });
  return (
    <Modal opened onClose={onTutup} title={t("pengguna.riwayatJudul", { nama: pengguna.nama })} size="lg">
      <QueryState query={query} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Stack gap="xs">
            <div className="tabel-gulir">
              <Table miw={520}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("pengguna.riwayatWaktu")}</Table.Th>
                    <Table.Th scope="col">{t("pengguna.peran")}</Table.Th>
                    <Table.Th scope="col">{t("pengguna.riwayatPerubahan")}</Table.Th>
                    <Table.Th scope="col">{t("pengguna.riwayatOleh")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{formatWaktu(r.waktu, i18n.language)}</Table.Td>
                      <Table.Td>{t(`peran.${r.peran}`)}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Badge size="xs" color={r.aksi === "diberikan" ? "green" : "red"} variant="light">
                            {t(`pengguna.aksi.${r.aksi}`)}
                          </Badge>
                          <Text size="sm">
                            {t(`pengguna.alasan.${r.alasan}`)}
                            {r.nomorSk
                              ? ` — ${t("pengguna.asalSk", { nomor: r.nomorSk, siklus: r.siklusNama ?? "" })}`
                              : ""}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td>{r.olehNama ?? "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          </Stack>
        )}
      </QueryState>
    </Modal>
  );
}
