/**
 * The synergy indicators per year (docs/sinergi.md "trends per period"):
 * the current and the two previous years side by side, from
 * `GET /sinergi/tren`. A share over fewer than k people shows "—" (item 9).
 */
import { Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";

const persen = (x: number | null) => (x === null ? "—" : `${x.toLocaleString("id-ID")}%`);
const angka = (x: number | null) =>
  x === null ? "—" : x.toLocaleString("id-ID", { maximumFractionDigits: 2 });

export function TrenSinergi() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const boleh = punya("tim_supervisi", "pimpinan", "ppk", "admin_instansi", "apip");
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "sinergi", "tren"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/sinergi/tren", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
    enabled: boleh,
  });
  if (!boleh || !q.data) return null;
  const th = q.data.tahun;
  type T = (typeof th)[number];
  const baris: [string, (x: T) => string][] = [
    [t("sinergi.tren.atestasi"), (x) => persen(x.atestasi.persen)],
    [t("sinergi.tren.bkJumlah"), (x) => String(x.benturan.jumlah)],
    [t("sinergi.tren.bkTepat"), (x) => persen(x.benturan.persenTepatWaktu)],
    [t("sinergi.tren.gratJumlah"), (x) => String(x.gratifikasi.jumlah)],
    [t("sinergi.tren.gratTepat"), (x) => persen(x.gratifikasi.persenTepatWaktu)],
    [t("sinergi.tren.wbsJumlah"), (x) => String(x.wbs.jumlah)],
    [t("sinergi.tren.wbsDitutup"), (x) => persen(x.wbs.persenDitutup)],
    [t("sinergi.tren.wbsMedian"), (x) => angka(x.wbs.medianHariSelesai)],
    [t("sinergi.tren.disiplin"), (x) => angka(x.disiplin.per100)],
    [t("sinergi.tren.lhkasn"), (x) => persen(x.lhkasn.persen)],
    [t("sinergi.tren.zi"), (x) => String(x.zi.wbk + x.zi.wbbm)],
    [t("sinergi.tren.merit"), (x) => (x.merit ? angka(x.merit.nilai) : "—")],
  ];
  return (
    <section aria-labelledby="tren-sinergi-judul">
      <Text fw={600} id="tren-sinergi-judul">
        {t("sinergi.tren.judul")}
      </Text>
      <Table.ScrollContainer minWidth={360}>
        <Table striped withTableBorder aria-labelledby="tren-sinergi-judul">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("sinergi.tren.indikator")}</Table.Th>
              {th.map((x) => (
                <Table.Th key={x.tahun} ta="right">
                  {x.tahun}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {baris.map(([nama, f]) => (
              <Table.Tr key={nama}>
                <Table.Td>{nama}</Table.Td>
                {th.map((x) => (
                  <Table.Td key={x.tahun} ta="right">
                    {f(x)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="gray.7">
        {t("sinergi.tren.catatan", { k: q.data.k })}
      </Text>
    </section>
  );
}
