/** One national standard-setting session: status, the caller's own cuts, the judges' combination with SE, propose / publish. */
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { konfirmasi } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { type AcuanTheta, FormBatasSaya } from "./FormBatasSaya.tsx";

type Tiga = [number, number, number];
export interface Sesi {
  id: string;
  nomor: number;
  judul: string;
  versiParameter: string;
  cara: "rerata" | "median";
  status: "terbuka" | "diajukan" | "terbit" | "diganti";
  jumlahHakim: number;
  saya: { batas: Tiga; catatan: string | null } | null;
  hasil: { n: number; batas: Tiga; se: Tiga; sd: Tiga; min: Tiga; max: Tiga } | null;
  diajukanOlehSaya: boolean;
}

const WARNA = { terbuka: "blue", diajukan: "orange", terbit: "green", diganti: "gray" } as const;

export function SesiKartu({
  s,
  acuan,
  onUbah,
}: {
  s: Sesi;
  acuan: AcuanTheta | null;
  onUbah: () => unknown;
}) {
  const { t, i18n } = useTranslation();
  const [galat, setGalat] = useState<unknown>(null);
  const [sedang, setSedang] = useState(false);
  const f = (x: number) =>
    x.toLocaleString(i18n.language === "en" ? "en" : "id", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
  const aksi = async (jalan: () => Promise<unknown>) => {
    setSedang(true);
    setGalat(null);
    try {
      await jalan();
      await onUbah();
    } catch (e) {
      setGalat(e);
    } finally {
      setSedang(false);
    }
  };
  const path = { params: { path: { id: s.id } } };
  return (
    <Paper withBorder p="md" component="section" aria-label={s.judul}>
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <div>
            <Title order={3} size="h4">
              {s.judul}
            </Title>
            <Text size="sm" c="dimmed">
              {t("normaBatas.versi", { versi: s.versiParameter })} ·{" "}
              {t("normaBatas.sesi.hakim", { n: s.jumlahHakim })} · {t(`normaBatas.sesi.${s.cara}`)}
            </Text>
          </div>
          <Badge color={WARNA[s.status]} variant="light" c={`${WARNA[s.status]}.9`}>
            {t(`normaBatas.sesi.status.${s.status}`)}
          </Badge>
        </Group>
        {s.status === "terbuka" && (
          <FormBatasSaya
            key={s.saya?.batas.join()}
            sesiId={s.id}
            acuan={acuan}
            awal={s.saya}
            onBerhasil={onUbah}
          />
        )}
        {s.hasil ? (
          <Table>
            <caption className="sr-only">{t("normaBatas.hasil.judul")}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("normaBatas.hasil.batas")}</Table.Th>
                <Table.Th>{t("normaBatas.hasil.gabungan")}</Table.Th>
                <Table.Th>{t("normaBatas.hasil.se")}</Table.Th>
                <Table.Th>{t("normaBatas.hasil.sebaran")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[0, 1, 2].map((j) => {
                const h = s.hasil as NonNullable<Sesi["hasil"]>;
                return (
                  <Table.Tr key={j}>
                    <Table.Td>{t(`normaBatas.hasil.nama${j + 1}`)}</Table.Td>
                    <Table.Td>{f(h.batas[j])}</Table.Td>
                    <Table.Td>{f(h.se[j])}</Table.Td>
                    <Table.Td>
                      {f(h.min[j])} – {f(h.max[j])}
                      <br />
                      {t("normaBatas.hasil.sd")} {f(h.sd[j])}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ) : (
          s.status === "terbuka" && (
            <Text size="sm" c="dimmed">
              {t("normaBatas.sesi.tersembunyi")}
            </Text>
          )
        )}
        {s.status === "diajukan" && s.diajukanOlehSaya && (
          <Alert variant="light" color="blue">
            {t("normaBatas.sesi.terbitOleh")}
          </Alert>
        )}
        <ErrorAlert error={galat} />
        <Group justify="flex-end">
          {s.status === "terbuka" && (
            <Button
              loading={sedang}
              disabled={s.jumlahHakim < 2}
              onClick={() => aksi(() => isi(klien.POST("/api/asesmen/penetapan-batas/{id}/ajukan", path)))}
            >
              {t("normaBatas.sesi.ajukan")}
            </Button>
          )}
          {s.status === "diajukan" && (
            <>
              <Button
                variant="default"
                loading={sedang}
                onClick={() =>
                  aksi(() => isi(klien.POST("/api/asesmen/penetapan-batas/{id}/kembalikan", path)))
                }
              >
                {t("normaBatas.sesi.kembalikan")}
              </Button>
              <Button
                disabled={s.diajukanOlehSaya}
                onClick={() =>
                  konfirmasi({
                    judul: t("normaBatas.sesi.terbitkanJudul"),
                    pesan: t("normaBatas.sesi.terbitkanIsi"),
                    labelYa: t("normaBatas.sesi.terbitkan"),
                    aksi: async () => {
                      const r = await isi(klien.POST("/api/asesmen/penetapan-batas/{id}/terbitkan", path));
                      beritahuBerhasil(t("normaBatas.sesi.penskoranUlang", { n: r.penskoranUlang }));
                      await onUbah();
                    },
                  })
                }
              >
                {t("normaBatas.sesi.terbitkan")}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
