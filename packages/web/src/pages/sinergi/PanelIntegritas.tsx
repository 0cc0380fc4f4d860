/**
 * The integrity registers' figures on the synergy panel (docs/gratifikasi.md
 * "Panel"; Tabel 2 II "sistem integritas"): gift reports and the share reported
 * within the 30-working-day deadline, those awaiting the UPG near it,
 * discipline cases per 100 employees, LHKPN/LHKASN compliance, Zona Integritas
 * units and the merit index. Counts only, never a name; each figure only for
 * the roles its statistics route admits.
 */
import { Card, SimpleGrid, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";

function Angka({ judul, nilai, ket }: { judul: string; nilai: string; ket?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="gray.8">
        {judul}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {nilai}
      </Text>
      {ket && (
        <Text size="xs" c="gray.7">
          {ket}
        </Text>
      )}
    </Card>
  );
}

export function PanelIntegritas() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const boleh = punya("pengelola_upg", "pimpinan", "ppk", "tim_supervisi", "admin_instansi", "apip");
  const bolehRegister = punya("pimpinan", "ppk", "tim_supervisi", "admin_instansi", "apip");
  const path = { instansiId: instansi.id };
  const k = kunci.instansi(instansi.id);
  const grat = useQuery({
    queryKey: [...k, "gratifikasi", "statistik"],
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/gratifikasi/statistik", { params: { path } })),
    enabled: boleh,
  });
  const disiplin = useQuery({
    queryKey: [...k, "disiplin", "statistik"],
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/disiplin/statistik", { params: { path } })),
    enabled: bolehRegister,
  });
  const lhkasn = useQuery({
    queryKey: [...k, "lhkasn", "kepatuhan"],
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/lhkasn/kepatuhan", { params: { path } })),
    enabled: bolehRegister,
  });
  const zi = useQuery({
    queryKey: [...k, "zona-integritas", "statistik"],
    queryFn: () =>
      isi(klien.GET("/api/instansi/{instansiId}/zona-integritas/statistik", { params: { path } })),
    enabled: bolehRegister,
  });
  if (!boleh) return null;
  const g = grat.data;
  const persen = (x: number | null) => (x === null ? "—" : `${x.toLocaleString("id-ID")}%`);
  const d = disiplin.data;
  const l = lhkasn.data;
  const z = zi.data;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} role="group" aria-label={t("gratifikasi.panel.judul")}>
      {g && <Angka judul={t("gratifikasi.panel.jumlah")} nilai={String(g.jumlah)} />}
      {g && (
        <Angka
          judul={t("gratifikasi.panel.tepatWaktu")}
          nilai={persen(g.persenTepatWaktu)}
          ket={t("gratifikasi.panel.dariN", { n: g.tepatWaktu, total: g.jumlah })}
        />
      )}
      {g && (
        <Angka
          judul={t("gratifikasi.panel.hampir")}
          nilai={String(g.hampirJatuhTempo)}
          ket={t("gratifikasi.panel.hampirKet")}
        />
      )}
      {d && (
        <Angka
          judul={t("gratifikasi.panel.disiplin")}
          nilai={d.per100 === null ? "—" : d.per100.toLocaleString("id-ID", { maximumFractionDigits: 2 })}
          ket={t("gratifikasi.panel.disiplinKet", { n: d.jumlah, tahun: d.tahun })}
        />
      )}
      {l && (
        <Angka
          judul={t("gratifikasi.panel.lhkasn")}
          nilai={persen(l.instansi.persen)}
          ket={t("gratifikasi.panel.dariN", { n: l.instansi.lapor, total: l.instansi.wajib })}
        />
      )}
      {z && (
        <Angka
          judul={t("gratifikasi.panel.zi")}
          nilai={String(z.zi.wbk + z.zi.wbbm)}
          ket={t("gratifikasi.panel.ziKet", { wbk: z.zi.wbk, wbbm: z.zi.wbbm, diusulkan: z.zi.diusulkan })}
        />
      )}
      {z?.merit && (
        <Angka
          judul={t("gratifikasi.panel.merit")}
          nilai={z.merit.nilai.toLocaleString("id-ID")}
          ket={t("gratifikasi.panel.meritKet", { tahun: z.merit.tahun, kategori: z.merit.kategori ?? "" })}
        />
      )}
    </SimpleGrid>
  );
}
