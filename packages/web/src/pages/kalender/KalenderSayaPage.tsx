import { Anchor, Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client.ts";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { useErrorMessage } from "../../components/ErrorAlert.tsx";
import { type AcaraKisi, KisiBulan } from "../../components/KisiBulan.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { hariIniDi, keWaktuDinding } from "../../lib/format.ts";
import { beritahuGagal } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { LanggananKalender } from "./LanggananKalender.tsx";

function geser(b: string, n: number): string {
  const [y, m] = b.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** "Kalender saya" (docs/data-saya.md): my activities in a month grid or a list, their iCal export and subscription. */
export function KalenderSayaPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const w = useWaktu();
  const pesanGalat = useErrorMessage();
  const hariIni = hariIniDi(w.zona);
  // what is shown: one form of the month and the view (grid or list)
  const pilih = useForm({
    initialValues: { bulan: hariIni.slice(0, 7), tampilan: "kisi" as "kisi" | "daftar" },
  });
  const { bulan, tampilan } = pilih.values;
  const setBulan = (b: string) => pilih.setFieldValue("bulan", b);
  const [mengunduh, setMengunduh] = useState(false);
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "kalender", "saya"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/kalender/saya", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  // assessments are instants: their days in the agency's calendar
  const hari = (s: string) => (s.length > 10 ? keWaktuDinding(s, w.zona).slice(0, 10) : s);
  const awalBulan = `${bulan}-01`;
  const akhirBulan = `${bulan}-31`;

  async function unduh() {
    setMengunduh(true);
    try {
      await download(`/api/instansi/${instansi.id}/kalender/saya.ics`, {}, "kalender-saya.ics");
    } catch (e) {
      beritahuGagal(t("kalender.gagalUnduh"), pesanGalat(e));
    } finally {
      setMengunduh(false);
    }
  }

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("kalender.judul")}</Title>
        <Button variant="light" onClick={unduh} loading={mengunduh}>
          {t("kalender.unduhIcal")}
        </Button>
      </Group>
      <Text size="sm">{t("kalender.petunjuk")}</Text>
      <Group wrap="wrap">
        <Button
          variant="default"
          size="xs"
          onClick={() => setBulan(geser(bulan, -1))}
          aria-label={t("kalender.sebelum")}
        >
          ←
        </Button>
        <TextInput
          type="month"
          aria-label={t("kalender.bulan")}
          value={bulan}
          onChange={(e) => setBulan(e.currentTarget.value || hariIni.slice(0, 7))}
        />
        <Button
          variant="default"
          size="xs"
          onClick={() => setBulan(geser(bulan, 1))}
          aria-label={t("kalender.sesudah")}
        >
          →
        </Button>
        <SegmentedControl
          aria-label={t("kalender.tampilan")}
          {...pilih.getInputProps("tampilan")}
          data={[
            { value: "kisi", label: t("kalender.kisi") },
            { value: "daftar", label: t("kalender.daftar") },
          ]}
        />
      </Group>
      <QueryState query={q}>
        {(d) => {
          const acara: AcaraKisi[] = d.items
            .map((k) => ({
              id: `${k.jenis}-${k.id}`,
              judul:
                k.jenis === "asesmen" && !/^asesmen/i.test(k.judul)
                  ? t("kalender.asesmen", { nama: k.judul })
                  : k.judul,
              dari: hari(k.mulai),
              sampai: hari(k.selesai),
              tautan: k.tautan,
              warna: k.jenis === "asesmen" ? "grape" : "blue",
            }))
            .filter((a) => a.dari <= akhirBulan && a.sampai >= awalBulan);
          if (tampilan === "kisi") return <KisiBulan bulan={bulan} acara={acara} hariIni={hariIni} />;
          if (acara.length === 0) return <Kosong pesan={t("kalender.kosong")} />;
          return (
            <Stack gap="xs">
              {acara.map((a) => (
                <Card key={a.id} withBorder padding="sm">
                  <Anchor
                    href={a.tautan}
                    fw={600}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(a.tautan);
                    }}
                  >
                    {a.judul}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {a.dari === a.sampai
                      ? w.tanggal(a.dari)
                      : `${w.tanggal(a.dari)} – ${w.tanggal(a.sampai)}`}
                  </Text>
                </Card>
              ))}
            </Stack>
          );
        }}
      </QueryState>
      <LanggananKalender />
    </Stack>
  );
}
