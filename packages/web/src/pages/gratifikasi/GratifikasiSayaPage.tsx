/**
 * My gratification reports (docs/gratifikasi.md; Tabel 2 II UPG): report a
 * gift received or refused, and the working-day countdown to the KPK deadline
 * (UU 31/1999 jo. UU 20/2001 Pasal 12C ayat (2)) with a warning as it nears.
 */
import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { TabelBerhalaman } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { useKolomGratifikasi } from "./kolom.tsx";
import { LaporDialog } from "./LaporDialog.tsx";

type BarisSaya = Jawaban<"/api/instansi/{instansiId}/gratifikasi-saya">["items"][number];

export function GratifikasiSayaPage() {
  const { t } = useTranslation();
  const kol = useKolomGratifikasi<BarisSaya>();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [buka, setBuka] = useState(false);
  const kunciSaya = [...kunci.instansi(instansi.id), "gratifikasi-saya"];
  const query = useQuery({
    queryKey: [...kunciSaya, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/gratifikasi-saya", {
          params: { path: { instansiId: instansi.id }, query: { page, pageSize: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const mendesak = (query.data?.items ?? []).filter((g) => g.tenggat && g.tenggat.status !== "aman");
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("gratifikasi.sayaJudul")}</Title>
        <Button onClick={() => setBuka(true)} disabled={!query.data}>
          {t("gratifikasi.laporTombol")}
        </Button>
      </Group>
      <Text size="sm" c="gray.7">
        {t("gratifikasi.sayaKeterangan")}
      </Text>
      {mendesak.length > 0 && (
        <Alert
          color="orange"
          title={t("gratifikasi.peringatanJudul")}
          styles={{ title: { color: "#7a2e00" } }}
        >
          {t("gratifikasi.peringatanSaya", { n: mendesak.length })}
        </Alert>
      )}
      <TabelBerhalaman
        query={query}
        label={t("gratifikasi.sayaJudul")}
        lebarMin={640}
        kosong={t("gratifikasi.kosongSaya")}
        kunciBaris={(g) => g.id}
        onHalaman={setPage}
        kolom={[kol.nomor, kol.pemberi((g) => t(`gratifikasi.bentuk.${g.bentuk}`)), ...kol.sisanya]}
      />
      {buka && query.data && (
        <LaporDialog
          instansiId={instansi.id}
          hariIni={query.data.hariIni}
          onTutup={() => setBuka(false)}
          onBerhasil={async (nomor) => {
            beritahuBerhasil(t("gratifikasi.berhasilLapor", { nomor }));
            await qc.invalidateQueries({ queryKey: kunciSaya });
            setBuka(false);
          }}
        />
      )}
    </Stack>
  );
}
