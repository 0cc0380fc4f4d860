/**
 * The synergy panel's figures of the code of ethics and conflict-of-interest
 * registers (docs/kode-etik.md; Tabel 2 II): attestation coverage this year,
 * declarations, and the share the superiors decided by the deadline. Agency
 * totals only; texts under `etik.panel` (pages/etik/i18n).
 */
import { Card, SimpleGrid, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";

const persen = (x: number | null) => (x === null ? "—" : `${x.toLocaleString("id-ID")}%`);

export function PanelEtik() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const boleh = punya("tim_supervisi", "pimpinan", "admin_instansi", "ppk", "apip");
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "etik", "ringkasan"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/etik/ringkasan", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
    enabled: boleh,
  });
  if (!boleh || !q.data) return null;
  const s = q.data;
  const angka = (judul: string, nilai: string, ket: string) => (
    <Card withBorder padding="sm">
      <Text size="sm" c="gray.8">
        {judul}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {nilai}
      </Text>
      <Text size="xs" c="gray.7">
        {ket}
      </Text>
    </Card>
  );
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="panel-etik">
      {angka(
        t("etik.panel.cakupan"),
        persen(s.kodeEtik.persen),
        s.kodeEtik.versi === null
          ? t("etik.panel.belumTerbit")
          : t("etik.panel.cakupanKet", {
              a: s.kodeEtik.jumlahAtestasi,
              n: s.kodeEtik.jumlahPegawai,
              tahun: s.tahun,
            }),
      )}
      {angka(
        t("etik.panel.deklarasi"),
        String(s.benturan.jumlah),
        t("etik.panel.deklarasiKet", { tahun: s.tahun }),
      )}
      {angka(
        t("etik.panel.diputuskan"),
        String(s.benturan.diputuskan),
        t("etik.panel.diputuskanKet", { n: s.benturan.menunggu }),
      )}
      {angka(
        t("etik.panel.tepatWaktu"),
        persen(s.benturan.persenTepatWaktu),
        t("etik.panel.tepatWaktuKet", { a: s.benturan.tepatWaktu, n: s.benturan.jatuhTempo }),
      )}
    </SimpleGrid>
  );
}
