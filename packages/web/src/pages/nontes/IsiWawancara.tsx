import { Alert, Button, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

const TIDAK = "x";

/**
 * One structured interview: the guide per sub-dimension (question, follow-ups,
 * BARS anchors), the interviewer's scoring and confidential notes, and — for
 * the supervision team — every interviewer's notes and the result.
 */
export function IsiWawancara({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const bhs = i18n.language === "en" ? "en" : "id";
  const { instansi } = useSession();
  const qc = useQueryClient();
  const k = [...kunci.instansi(instansi.id), "nontes", "wawancara", id];
  const q = useQuery({
    queryKey: k,
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/wawancara/{id}", {
          params: { path: { instansiId: instansi.id, id } },
        }),
      ),
  });
  const [pilih, setPilih] = useState<Record<string, string>>({});
  const [catatan, setCatatan] = useState<string | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const [sedang, setSedang] = useState(false);
  return (
    <QueryState query={q}>
      {(d) => {
        const awal = d.saya?.nilai ?? {};
        const nilaiDari = (kode: string) =>
          pilih[kode] ?? (kode in awal ? (awal[kode] === null ? TIDAK : String(awal[kode])) : undefined);
        const kirim = async () => {
          setSedang(true);
          setGalat(null);
          try {
            const nilai = Object.fromEntries(
              d.panduan
                .filter((g) => nilaiDari(g.kode) !== undefined)
                .map((g) => [g.kode, nilaiDari(g.kode) === TIDAK ? null : Number(nilaiDari(g.kode))]),
            );
            const r = await isi(
              klien.PUT("/api/instansi/{instansiId}/nontes/wawancara/{id}/nilai", {
                params: { path: { instansiId: instansi.id, id } },
                body: { nilai, catatan: (catatan ?? d.saya?.catatan ?? "").trim() || undefined },
              }),
            );
            qc.setQueryData(k, r);
            await qc.invalidateQueries({ queryKey: [...kunci.instansi(instansi.id), "nontes", "wawancara"] });
            beritahuBerhasil(t("nontes.wawancara.berhasilKirim"));
          } catch (e) {
            setGalat(e);
          } finally {
            setSedang(false);
          }
        };
        return (
          <Stack>
            <Title order={3}>
              {d.pegawai.nama} · {d.tanggal} · {t(`nontes.wawancara.tujuanNama.${d.tujuan}`)}
            </Title>
            {d.hasil?.level && (
              <Alert variant="light" data-testid="hasil-wawancara">
                {t("nontes.wawancara.hasil", { level: d.hasil.level })} ·{" "}
                {d.hasil.faktor.map((f) => `${f.faktor} ${f.level ?? "–"}`).join(" · ")}
                {d.hasil.kesepakatanTepat !== null &&
                  ` · ${t("nontes.wawancara.kesepakatan", { persen: Math.round(d.hasil.kesepakatanTepat * 100) })}`}
              </Alert>
            )}
            {d.saya &&
              d.panduan.map((g) => (
                <Paper withBorder p="sm" key={g.kode}>
                  <Text fw={600}>
                    {g.kode} · {g.nama[bhs]}
                  </Text>
                  <Text size="sm" mt={4}>
                    <b>{t("nontes.wawancara.pertanyaan")}:</b> {g.pertanyaan[bhs]}
                  </Text>
                  <Text size="sm" c="dimmed" mt={4}>
                    {t("nontes.wawancara.lanjutan")}: {g.lanjutan.map((l) => l[bhs]).join(" · ")}
                  </Text>
                  <Radio.Group
                    mt="xs"
                    name={`skor-${g.kode}`}
                    value={nilaiDari(g.kode) ?? null}
                    onChange={(v) => setPilih((x) => ({ ...x, [g.kode]: v }))}
                  >
                    <Stack gap={6}>
                      {g.anchor.map((a) => (
                        <Radio key={a.skor} value={String(a.skor)} label={a.teks[bhs]} />
                      ))}
                      <Radio value={TIDAK} label={t("nontes.wawancara.tidakDapat")} />
                    </Stack>
                  </Radio.Group>
                </Paper>
              ))}
            {d.saya && (
              <>
                <Textarea
                  label={t("nontes.wawancara.catatan")}
                  autosize
                  minRows={3}
                  maxLength={8000}
                  value={catatan ?? d.saya.catatan ?? ""}
                  onChange={(e) => setCatatan(e.currentTarget.value)}
                />
                <ErrorAlert error={galat} />
                <Button w="fit-content" loading={sedang} onClick={kirim}>
                  {t("nontes.wawancara.kirim")}
                </Button>
              </>
            )}
            {!d.saya && (
              <Paper withBorder p="sm">
                <Title order={4}>{t("nontes.wawancara.catatanSemua")}</Title>
                {d.catatan.map((c) => (
                  <Text key={c.pewawancara} size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    <b>{c.pewawancara}:</b> {c.catatan ?? "–"}
                  </Text>
                ))}
              </Paper>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
