/**
 * Answering the blocks of the forced-choice test (docs/asesmen.md "Web"):
 * one block per screen, "Paling sesuai" / "Paling tidak sesuai" as two radio
 * groups, progress, time left from the server's deadline, every answer
 * queued locally and sent at once (antrean.ts), confirmation before the
 * final submission.
 */
import { Alert, Badge, Button, Group, Paper, Progress, Radio, Stack, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { konfirmasi } from "../../components/kit/index.ts";
import { AntreanJawaban, type HasilKirim, type KeadaanAntrean } from "./antrean.ts";
import type { JawabanKirim, KeadaanUjian, SaluranUjian } from "./api.ts";
import { TEKS_GELAP } from "./warna.ts";

type Pilihan = { ps: string | null; pts: string | null };

export function PengerjaanUjian({
  keadaan,
  saluran,
  onSelesai,
}: {
  keadaan: KeadaanUjian;
  saluran: SaluranUjian;
  onSelesai: (k: KeadaanUjian) => void;
}) {
  const { t } = useTranslation();
  const blok = keadaan.blok;
  const [antreanKeadaan, setAntreanKeadaan] = useState<KeadaanAntrean>({
    tertunda: {},
    gagalSementara: false,
    ditolak: null,
  });
  // Server answers (as loaded, then as confirmed by each save).
  const [tersimpan, setTersimpan] = useState(() => new Map(keadaan.jawaban.map((j) => [j.blok, j])));
  const antrean = useMemo(() => {
    const kirim = async (j: JawabanKirim): Promise<HasilKirim> => {
      try {
        const r = await saluran.jawab(j);
        if (r.diterapkan) setTersimpan((m) => new Map(m).set(j.blok, { ...j, urutanKlien: r.urutanKlien }));
        return "ok";
      } catch (e) {
        // 429 (too many wrong tokens from this network address) passes: the saved answer is retried.
        if (
          e instanceof ApiError &&
          e.status >= 400 &&
          e.status < 500 &&
          e.code !== "KONFLIK" &&
          e.status !== 429
        )
          return { tolak: e.message };
        return "coba_lagi";
      }
    };
    return new AntreanJawaban(saluran.kunci, window.localStorage, kirim, setAntreanKeadaan);
  }, [saluran]);

  // Server answers, overridden by newer local ones not yet confirmed.
  const jawaban = useMemo(() => {
    const m = new Map<string, Pilihan>();
    for (const [b, j] of tersimpan) m.set(b, { ps: j.palingSesuai, pts: j.palingTidakSesuai });
    for (const j of Object.values(antreanKeadaan.tertunda)) {
      const s = tersimpan.get(j.blok);
      if (!s || s.urutanKlien < j.urutanKlien)
        m.set(j.blok, { ps: j.palingSesuai, pts: j.palingTidakSesuai });
    }
    return m;
  }, [tersimpan, antreanKeadaan]);
  const [draf, setDraf] = useState<Record<string, Pilihan>>({});

  const detik = useRef(new Map(keadaan.jawaban.map((j) => [j.blok, j.detik ?? 0])));
  const perubahan = useRef(new Map(keadaan.jawaban.map((j) => [j.blok, j.perubahan])));
  const [indeks, setIndeks] = useState(() => {
    const i = blok.findIndex((b) => !keadaan.jawaban.some((j) => j.blok === b.id));
    return i < 0 ? blok.length - 1 : i;
  });
  const tampilSejak = useRef(performance.now());

  useEffect(() => {
    antrean.naikkanPenghitung(Math.max(0, ...keadaan.jawaban.map((j) => j.urutanKlien)));
    setAntreanKeadaan(antrean.keadaan());
    void antrean.kuras();
    const online = () => antrean.cobaSekarang();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      antrean.hentikan();
    };
  }, [antrean, keadaan.jawaban]);

  const b = blok[indeks];
  const catatWaktu = useCallback(() => {
    const id = blok[indeks]?.id;
    if (!id) return;
    detik.current.set(id, (detik.current.get(id) ?? 0) + (performance.now() - tampilSejak.current) / 1000);
    tampilSejak.current = performance.now();
  }, [blok, indeks]);
  const pindah = (i: number) => {
    catatWaktu();
    setIndeks(i);
  };

  const sekarangPilihan: Pilihan = draf[b.id] ?? jawaban.get(b.id) ?? { ps: null, pts: null };
  const pilih = (jenis: "ps" | "pts", id: string) => {
    const lain = jenis === "ps" ? "pts" : "ps";
    const baru: Pilihan = { ...sekarangPilihan, [jenis]: id };
    if (baru[lain] === id) baru[lain] = null; // one statement cannot be both
    setDraf((d) => ({ ...d, [b.id]: baru }));
    if (baru.ps && baru.pts) {
      catatWaktu();
      const sudah = jawaban.has(b.id);
      if (sudah) perubahan.current.set(b.id, (perubahan.current.get(b.id) ?? 0) + 1);
      antrean.tambah({
        blok: b.id,
        palingSesuai: baru.ps,
        palingTidakSesuai: baru.pts,
        detik: Math.round((detik.current.get(b.id) ?? 0) * 10) / 10,
        perubahan: perubahan.current.get(b.id) ?? 0,
      });
      setDraf((d) => {
        const { [b.id]: _, ...sisa } = d;
        return sisa;
      });
    }
  };

  const terjawab = blok.filter((x) => jawaban.has(x.id)).length;
  const tertunda = Object.keys(antreanKeadaan.tertunda).length;
  // read when the final submission is confirmed, which may be a while after the question opened
  const tertundaKini = useRef(tertunda);
  tertundaKini.current = tertunda;
  /** Asks before the final submission; with answers still queued it retries them and stays open. */
  const kirimFinal = () =>
    konfirmasi({
      judul: t("asesmen.ujian.konfirmasiJudul"),
      pesan: tertunda > 0 ? t("asesmen.ujian.konfirmasiTertunda") : t("asesmen.ujian.konfirmasiPesan"),
      labelYa: t("asesmen.ujian.kirimFinal"),
      aksi: async () => {
        if (tertundaKini.current > 0) {
          antrean.cobaSekarang();
          throw new ApiError(0, "TERTUNDA", t("asesmen.ujian.konfirmasiTertunda"));
        }
        const k = await saluran.kirim();
        antrean.kosongkan();
        onSelesai(k);
      },
    });
  const sisa = useSisaWaktu(keadaan);

  const statusSimpan = antreanKeadaan.tertunda[b.id]
    ? antreanKeadaan.gagalSementara
      ? { warna: "orange", teks: t("asesmen.ujian.offline") }
      : { warna: "blue", teks: t("asesmen.ujian.menyimpan") }
    : jawaban.has(b.id)
      ? { warna: "green", teks: t("asesmen.ujian.tersimpan") }
      : { warna: "gray", teks: t("asesmen.ujian.belumDijawab") };

  return (
    <Stack maw={760} mx="auto">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          {keadaan.kampanye.nama}
        </Title>
        {keadaan.kampanye.ujiCoba && (
          <Text size="sm" c="orange.9" w="100%">
            {t("asesmen.ujiCobaLencana")}
          </Text>
        )}
        {sisa !== null && (
          <Badge
            size="lg"
            variant="light"
            color={sisa < 300 ? "red" : "gray"}
            c={TEKS_GELAP[sisa < 300 ? "red" : "gray"]}
            role="timer"
            aria-live="off"
          >
            {t("asesmen.ujian.sisaWaktu", { waktu: formatDurasi(sisa) })}
          </Badge>
        )}
      </Group>
      <Progress
        value={(terjawab / blok.length) * 100}
        aria-label={t("asesmen.ujian.progres", { n: terjawab, total: blok.length })}
      />
      <Text size="sm" c="dimmed">
        {t("asesmen.ujian.progres", { n: terjawab, total: blok.length })}
      </Text>
      {antreanKeadaan.ditolak && (
        <Alert color="red" role="alert">
          {antreanKeadaan.ditolak}
        </Alert>
      )}
      <Paper withBorder p="md" component="fieldset" style={{ border: undefined }}>
        <Text component="legend" fw={600} px={4}>
          {t("asesmen.ujian.blokKe", { n: indeks + 1, total: blok.length })}
        </Text>
        <Text size="sm" mb="sm" id="petunjuk-blok">
          {t("asesmen.ujian.petunjukBlok")}
        </Text>
        <Stack gap="sm">
          {b.pernyataan.map((p, i) => (
            <Paper
              key={p.id}
              withBorder
              p="sm"
              bg={
                sekarangPilihan.ps === p.id ? "green.0" : sekarangPilihan.pts === p.id ? "red.0" : undefined
              }
            >
              <Text mb="xs" id={`teks-${p.id}`}>
                {String.fromCharCode(65 + i)}. {p.teks}
              </Text>
              <Group gap="lg" wrap="wrap">
                <Radio
                  name={`ps-${b.id}`}
                  value={p.id}
                  checked={sekarangPilihan.ps === p.id}
                  onChange={() => pilih("ps", p.id)}
                  label={t("asesmen.ujian.palingSesuai")}
                  aria-label={`${t("asesmen.ujian.palingSesuai")}: ${p.teks}`}
                />
                <Radio
                  name={`pts-${b.id}`}
                  value={p.id}
                  color="red"
                  checked={sekarangPilihan.pts === p.id}
                  onChange={() => pilih("pts", p.id)}
                  label={t("asesmen.ujian.palingTidakSesuai")}
                  aria-label={`${t("asesmen.ujian.palingTidakSesuai")}: ${p.teks}`}
                />
              </Group>
            </Paper>
          ))}
        </Stack>
        <Group justify="space-between" mt="md">
          <Badge
            color={statusSimpan.warna}
            c={TEKS_GELAP[statusSimpan.warna]}
            variant="light"
            role="status"
            aria-live="polite"
          >
            {statusSimpan.teks}
          </Badge>
          {tertunda > 0 && (
            <Text size="xs" c="dimmed">
              {t("asesmen.ujian.antrean", { n: tertunda })}
            </Text>
          )}
        </Group>
      </Paper>
      <Group justify="space-between">
        <Button variant="default" disabled={indeks === 0} onClick={() => pindah(indeks - 1)}>
          {t("asesmen.ujian.sebelumnya")}
        </Button>
        {indeks < blok.length - 1 ? (
          <Button onClick={() => pindah(indeks + 1)}>{t("asesmen.ujian.berikutnya")}</Button>
        ) : (
          <Button color="green" disabled={terjawab < blok.length} onClick={kirimFinal}>
            {t("asesmen.ujian.kirim")}
          </Button>
        )}
      </Group>
      {terjawab < blok.length && indeks === blok.length - 1 && (
        <Text size="sm" c="dimmed">
          {t("asesmen.ujian.belumLengkap", { n: blok.length - terjawab })}
        </Text>
      )}
    </Stack>
  );
}

function formatDurasi(detik: number): string {
  const d = Math.max(0, Math.floor(detik));
  const j = Math.floor(d / 3600);
  const m = Math.floor((d % 3600) / 60);
  const s = d % 60;
  const dua = (n: number) => String(n).padStart(2, "0");
  return j > 0 ? `${j}:${dua(m)}:${dua(s)}` : `${dua(m)}:${dua(s)}`;
}

/** Seconds left until the server's deadline (corrected for this device's clock), or null without a limit. */
function useSisaWaktu(k: KeadaanUjian): number | null {
  const selisih = useMemo(() => new Date(k.sekarang).getTime() - Date.now(), [k.sekarang]);
  const [sekarang, setSekarang] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setSekarang(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  if (!k.batas || !k.kampanye.batasMenit) return null;
  return (new Date(k.batas).getTime() - (sekarang + selisih)) / 1000;
}
