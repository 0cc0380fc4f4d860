/**
 * Taking the forced-choice test (docs/asesmen.md "Web"; regulation BAB III.B.3): one block
 * per screen, "Paling sesuai" / "Paling tidak sesuai" as two radio groups
 * (native radios: arrow keys move within a group; each radio is labelled
 * with its statement), progress, time left from the server's deadline,
 * every answer queued locally and sent at once (antrean.ts), resume after a
 * reload, confirmation before the final submission.
 */
import { Alert, Button, Checkbox, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { useWaktu } from "../../lib/waktu.ts";
import type { KeadaanUjian, SaluranUjian } from "./api.ts";
import { PengerjaanUjian } from "./PengerjaanUjian.tsx";

export function UjianPage({ saluran }: { saluran: SaluranUjian }) {
  const query = useQuery({
    queryKey: ["ujian", saluran.kunci],
    queryFn: () => saluran.baca(),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  return <QueryState query={query}>{(k) => <Ujian keadaan={k} saluran={saluran} />}</QueryState>;
}

function Ujian({ keadaan, saluran }: { keadaan: KeadaanUjian; saluran: SaluranUjian }) {
  const { t, i18n } = useTranslation();
  const w = useWaktu();
  // the access paragraph of the consent is written by the server in both languages
  const bahasa = i18n.language === "en" ? "en" : "id";
  const qc = useQueryClient();
  const setel = (k: KeadaanUjian) => qc.setQueryData(["ujian", saluran.kunci], k);
  const [setuju, setSetuju] = useState(false);
  const [galat, setGalat] = useState<unknown>(null);
  const [sedang, setSedang] = useState(false);
  const k = keadaan.kampanye;
  const teksPersetujuan = bahasa === "en" ? (k.teksPersetujuanEn ?? k.teksPersetujuan) : k.teksPersetujuan;
  const waktu = (iso: string) => w.waktu(iso);

  if (keadaan.status === "berjalan")
    return <PengerjaanUjian keadaan={keadaan} saluran={saluran} onSelesai={setel} />;

  const info = (
    <Stack gap={4}>
      <Text size="sm">
        {t("asesmen.ujian.jendela", { dibuka: waktu(k.dibuka), ditutup: waktu(k.ditutup) })}
      </Text>
      <Text size="sm">{t("asesmen.ujian.jumlahBlok", { n: keadaan.jumlahBlok })}</Text>
      {k.batasMenit && <Text size="sm">{t("asesmen.ujian.batasMenit", { n: k.batasMenit })}</Text>}
    </Stack>
  );
  const pesan: Record<string, string> = {
    belum_dibuka: t("asesmen.ujian.belumDibuka", { dibuka: waktu(k.dibuka) }),
    ditutup: t("asesmen.ujian.ditutup"),
    waktu_habis: t("asesmen.ujian.waktuHabis"),
    selesai: t("asesmen.ujian.selesai"),
    dibatalkan: t("asesmen.ujian.dibatalkan"),
  };
  return (
    <Stack maw={720} mx="auto">
      <Title order={2}>{k.nama}</Title>
      {info}
      {keadaan.status === "siap" ? (
        <Paper withBorder p="md">
          <Stack>
            <Text>{t("asesmen.ujian.petunjuk")}</Text>
            {teksPersetujuan && (
              <>
                <Title order={3} size="h5">
                  {t("asesmen.ujian.persetujuanJudul")}
                </Title>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {teksPersetujuan}
                </Text>
                <Checkbox
                  label={t("asesmen.ujian.setuju")}
                  checked={setuju}
                  onChange={(e) => setSetuju(e.currentTarget.checked)}
                />
              </>
            )}
            {galat ? <ErrorAlert error={galat} /> : null}
            <Button
              loading={sedang}
              disabled={Boolean(teksPersetujuan) && !setuju}
              onClick={async () => {
                setSedang(true);
                setGalat(null);
                try {
                  setel(await saluran.mulai(setuju, bahasa));
                } catch (e) {
                  setGalat(e);
                } finally {
                  setSedang(false);
                }
              }}
            >
              {t("asesmen.ujian.mulai")}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Alert color={keadaan.status === "selesai" ? "green" : "yellow"} role="status">
          {pesan[keadaan.status]}
        </Alert>
      )}
    </Stack>
  );
}
