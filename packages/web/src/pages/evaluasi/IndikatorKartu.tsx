import {
  Anchor,
  Button,
  FileButton,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  HURUF_SKALA,
  type IndikatorLke,
  type KeputusanReviu,
  type NilaiJawaban,
  type PertanyaanLke,
  type SkorIndikator,
  uraianAturan,
} from "@nurani/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { unggahBerkas } from "../../api/unggah.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { DialogForm } from "../../components/kit/index.ts";
import { angka, type Lembar } from "./api.ts";
import { Lencana } from "./Lencana.tsx";

export interface KonteksLembar {
  lembar: Lembar;
  instansiId: string;
  periodeId: string;
  bolehIsi: boolean;
  bolehReviu: boolean;
  segarkan: () => Promise<unknown>;
}

/** One indicator of the worksheet: its questions (answer, computed value, review), evidence and clarification. */
export function IndikatorKartu({
  ind,
  skor,
  k,
}: {
  ind: IndikatorLke;
  skor?: SkorIndikator;
  k: KonteksLembar;
}) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.language === "en" ? "en" : "id";
  const [galat, setGalat] = useState<unknown>(null);
  const [klarifikasi, setKlarifikasi] = useState(false);
  const [sesuaikan, setSesuaikan] = useState<PertanyaanLke | null>(null);
  const bukti = k.lembar.bukti.filter((b) => b.kodeIndikator === ind.kode);
  const utas = k.lembar.klarifikasi.filter((x) => x.kodeIndikator === ind.kode);
  const dasar = `/api/instansi/${k.instansiId}/evaluasi/periode/${k.periodeId}`;
  const jalankan = async (f: () => Promise<unknown>) => {
    setGalat(null);
    try {
      await f();
      await k.segarkan();
    } catch (e) {
      setGalat(e);
    }
  };
  const simpan = (kode: string, nilai: NilaiJawaban | null) =>
    jalankan(() =>
      isi(
        klien.PUT("/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/lembar/jawaban/{kode}", {
          params: { path: { instansiId: k.instansiId, periodeId: k.periodeId, kode } },
          body: { nilai },
        }),
      ),
    );
  const reviu = (kode: string, body: KeputusanReviu) =>
    isi(
      klien.POST("/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/lembar/reviu/{kode}", {
        params: { path: { instansiId: k.instansiId, periodeId: k.periodeId, kode } },
        body,
      }),
    );
  const dihitung = ind.pengisian === "dihitung";
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={`${ind.kode} ${ind.nama[bahasa]}`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600}>
          {ind.kode} {ind.nama[bahasa]}
        </Text>
        <Group gap="xs">
          <Lencana variant="light">{t("evaluasi.bobot", { n: ind.bobot })}</Lencana>
          {dihitung && <Lencana color="cyan">{t("evaluasi.dihitungSistem")}</Lencana>}
          {skor && (
            <Lencana color="gray">
              {t("evaluasi.nilaiIndikator", { n: angka(skor.nilai, bahasa, 3) })}
            </Lencana>
          )}
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {ind.sumber}
      </Text>
      <Stack gap="xs" mt="xs">
        {ind.pertanyaan.map((p) => {
          const sp = skor?.pertanyaan.find((x) => x.kode === p.kode);
          const r = k.lembar.reviu[p.kode] as KeputusanReviu | undefined;
          const nilai = k.lembar.jawaban[p.kode] as NilaiJawaban | undefined;
          const sumber = p.sumberData
            ? (k.lembar.dihitung[p.sumberData] as { keterangan?: string } | undefined)
            : undefined;
          return (
            <Stack key={p.kode} gap={4}>
              <Text size="sm">
                <b>{p.kode}</b> {p.teks[bahasa]}
              </Text>
              <Text size="xs" c="dimmed">
                {uraianAturan(p.aturan, bahasa)}
              </Text>
              {dihitung ? (
                <Text size="sm">{sumber?.keterangan ?? t("evaluasi.belumAdaData")}</Text>
              ) : (
                <>
                  <Jawab p={p} nilai={nilai} boleh={k.bolehIsi} simpan={(v) => simpan(p.kode, v)} />
                  {sumber?.keterangan && (
                    <Text size="xs" c="dimmed">
                      {t("evaluasi.dariRegister", { keterangan: sumber.keterangan })}
                    </Text>
                  )}
                </>
              )}
              {sp && (
                <Text size="xs">
                  {t("evaluasi.skorPertanyaan", { n: angka(sp.skor, bahasa, 3) })}
                  {r && ` · ${t(`evaluasi.keputusan.${r.keputusan}`)}`}
                  {r?.keputusan === "disesuaikan" && ` — "${r.catatan}"`}
                </Text>
              )}
              {k.bolehReviu && (
                <Group gap="xs">
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => jalankan(() => reviu(p.kode, { keputusan: "diterima" }))}
                  >
                    {t("evaluasi.terima")} {p.kode}
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => setSesuaikan(p)}>
                    {t("evaluasi.sesuaikan")} {p.kode}
                  </Button>
                </Group>
              )}
            </Stack>
          );
        })}
        {ind.bukti !== "otomatis" && (
          <Group gap="xs" wrap="wrap">
            <Text size="sm">{t(`evaluasi.bukti.${ind.bukti}`)}:</Text>
            {bukti.map((b) => (
              <Anchor key={b.id} size="sm" href={`${dasar}/berkas/${b.id}`}>
                {b.nama}
              </Anchor>
            ))}
            {k.bolehIsi && (
              <FileButton
                accept="application/pdf,image/png,image/jpeg"
                onChange={(f) =>
                  f && jalankan(() => unggahBerkas(`${dasar}/lembar/bukti/${ind.kode}`, f, () => {}))
                }
              >
                {(props) => (
                  <Button
                    size="compact-xs"
                    variant="default"
                    {...props}
                    aria-label={`${t("evaluasi.unggahBukti")} ${ind.kode}`}
                  >
                    {t("evaluasi.unggahBukti")}
                  </Button>
                )}
              </FileButton>
            )}
          </Group>
        )}
        <Group gap="xs">
          <Button size="compact-xs" variant="subtle" onClick={() => setKlarifikasi(true)}>
            {t("evaluasi.klarifikasi", { n: utas.length })}
          </Button>
        </Group>
        <ErrorAlert error={galat} />
      </Stack>
      {klarifikasi && <DialogKlarifikasi ind={ind} utas={utas} k={k} onTutup={() => setKlarifikasi(false)} />}
      {sesuaikan && (
        <DialogSesuaikan
          p={sesuaikan}
          kirim={(v) =>
            reviu(sesuaikan.kode, { keputusan: "disesuaikan", skor: v.skor, catatan: v.catatan.trim() })
          }
          onBerhasil={async () => {
            await k.segarkan();
            setSesuaikan(null);
          }}
          onTutup={() => setSesuaikan(null)}
        />
      )}
    </Paper>
  );
}

function Jawab(p: {
  p: PertanyaanLke;
  nilai?: NilaiJawaban;
  boleh: boolean;
  simpan: (v: NilaiJawaban | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.language === "en" ? "en" : "id";
  const label = `${t("evaluasi.jawaban")} ${p.p.kode}`;
  if (p.p.jenisJawaban === "ya_tidak")
    return (
      <SegmentedControl
        aria-label={label}
        disabled={!p.boleh}
        value={p.nilai === true ? "ya" : p.nilai === false ? "tidak" : ""}
        onChange={(v) => p.simpan(v === "ya")}
        data={[
          { value: "ya", label: t("evaluasi.ya") },
          { value: "tidak", label: t("evaluasi.tidak") },
        ]}
      />
    );
  if (p.p.jenisJawaban === "skala_ae")
    return (
      <Select
        aria-label={label}
        disabled={!p.boleh}
        value={typeof p.nilai === "string" ? p.nilai : null}
        onChange={(v) => p.simpan(v as NilaiJawaban | null)}
        data={HURUF_SKALA.map((h) => ({ value: h, label: `${h} — ${p.p.opsi?.[h]?.[bahasa] ?? ""}` }))}
      />
    );
  return (
    <NumberInput
      aria-label={label}
      disabled={!p.boleh}
      defaultValue={typeof p.nilai === "number" ? p.nilai : undefined}
      min={p.p.jenisJawaban === "persen" ? 0 : p.p.rentang?.min}
      max={p.p.jenisJawaban === "persen" ? 100 : p.p.rentang?.maks}
      suffix={p.p.jenisJawaban === "persen" ? " %" : undefined}
      onBlur={(e) => {
        const v = e.currentTarget.value.replace(/[^0-9.,-]/g, "").replace(",", ".");
        p.simpan(v === "" ? null : Number(v));
      }}
    />
  );
}

function DialogKlarifikasi(p: {
  ind: IndikatorLke;
  utas: Lembar["klarifikasi"];
  k: KonteksLembar;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { isi: "" } });
  return (
    <DialogForm
      judul={t("evaluasi.klarifikasiJudul", { kode: p.ind.kode })}
      form={form}
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/klarifikasi", {
            params: { path: { instansiId: p.k.instansiId, periodeId: p.k.periodeId } },
            body: { kodeIndikator: p.ind.kode, isi: v.isi.trim() },
          }),
        )
      }
      onBerhasil={async () => {
        await p.k.segarkan();
        p.onTutup();
      }}
      onTutup={p.onTutup}
    >
      {p.utas.map((x) => (
        <Text key={x.id} size="sm">
          <b>{t(`evaluasi.dari.${x.dari}`)}:</b> {x.isi}
        </Text>
      ))}
      <Textarea label={t("evaluasi.pesan")} autosize minRows={2} required {...form.getInputProps("isi")} />
    </DialogForm>
  );
}

function DialogSesuaikan(p: {
  p: PertanyaanLke;
  kirim: (v: { skor: number; catatan: string }) => Promise<unknown>;
  onBerhasil: () => Promise<void>;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { skor: 0, catatan: "" } });
  return (
    <DialogForm
      judul={t("evaluasi.sesuaikanJudul", { kode: p.p.kode })}
      form={form}
      kirim={(v) => p.kirim({ skor: Number(v.skor), catatan: v.catatan })}
      onBerhasil={p.onBerhasil}
      onTutup={p.onTutup}
    >
      <NumberInput
        label={t("evaluasi.skorBaru")}
        min={0}
        max={1}
        step={0.25}
        decimalScale={2}
        {...form.getInputProps("skor")}
      />
      <Textarea
        label={t("evaluasi.catatanWajib")}
        autosize
        minRows={2}
        required
        {...form.getInputProps("catatan")}
      />
    </DialogForm>
  );
}
