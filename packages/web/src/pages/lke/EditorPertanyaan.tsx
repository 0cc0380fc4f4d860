import { Button, Group, NumberInput, Paper, Select, Stack, Text } from "@mantine/core";
import {
  HURUF_SKALA,
  JENIS_JAWABAN,
  type JenisJawaban,
  type KunciSumber,
  SUMBER_DATA_LKE,
  uraianAturan,
} from "@nurani/domain";
import { useTranslation } from "react-i18next";
import { bahasaDari } from "./api.ts";
import {
  GalatButir,
  KodeBobot,
  type KonteksEditor,
  keAngka,
  TeksDuaBahasa,
  TombolUrut,
  ubahDi,
  usePesan,
} from "./bersama.tsx";
import { gantiJenis, type Indikator, type Pertanyaan, pathDi } from "./ubah-isi.ts";

/**
 * One question: code, weight, texts, answer type, its scoring rule (points of
 * a line or steps of thresholds for a percentage or a number; the A–E
 * criteria for a scale) and, for a computed indicator, the agency data it is
 * read from (domain SUMBER_DATA_LKE: only sources of the same answer type).
 */
export function EditorPertanyaan({
  kx,
  p,
  ind,
  letak,
  n,
}: {
  kx: KonteksEditor;
  p: Pertanyaan;
  ind: Indikator;
  letak: readonly [number, number, number];
  n: number;
}) {
  const { t, i18n } = useTranslation();
  const b = bahasaDari(i18n.language);
  const pesan = usePesan(kx);
  const path = pathDi(letak);
  const ubahP = ubahDi(kx, letak);
  const ro = kx.bacaSaja;
  const sumber = (Object.keys(SUMBER_DATA_LKE) as KunciSumber[])
    .filter((k) => SUMBER_DATA_LKE[k].jenisNilai === p.jenisJawaban)
    .map((k) => ({
      value: k,
      label: `${SUMBER_DATA_LKE[k].uraian[b]}${SUMBER_DATA_LKE[k].tersedia ? "" : ` (${t("lke.belumTersedia")})`}`,
    }));
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      aria-label={t("lke.pertanyaanNama", { kode: p.kode })}
      component="section"
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="wrap" align="flex-start">
            <KodeBobot
              kx={kx}
              letak={letak}
              nilai={p}
              labelKode={t("lke.kodePertanyaan")}
              labelBobot={t("lke.bobot")}
              lebarBobot={110}
            />
            <Select
              label={t("lke.jenisJawaban")}
              w={180}
              allowDeselect={false}
              readOnly={ro}
              value={p.jenisJawaban}
              data={JENIS_JAWABAN.map((j) => ({ value: j, label: t(`lke.jenis.${j}`) }))}
              onChange={(v) => v && ubahP((x) => gantiJenis(x, v as JenisJawaban))}
            />
          </Group>
          <TombolUrut kx={kx} letak={letak} nama={p.kode} n={n} />
        </Group>
        <TeksDuaBahasa
          label={t("lke.teksPertanyaan")}
          nilai={p.teks}
          maks={1000}
          bacaSaja={ro}
          pesan={(bh) => pesan(`${path}.teks.${bh}`)}
          onUbah={(bh, v) => ubahP((x) => (x.teks = { ...x.teks, [bh]: v }))}
        />
        <AturanEditor kx={kx} p={p} ubahP={ubahP} />
        {(ind.pengisian === "dihitung" || p.sumberData) && (
          <Select
            label={t("lke.sumberData")}
            description={ind.pengisian === "dihitung" ? t("lke.sumberDataWajib") : t("lke.sumberDataNanti")}
            clearable={!ro}
            readOnly={ro}
            searchable
            value={p.sumberData ?? null}
            data={sumber}
            nothingFoundMessage={t("lke.tanpaSumber")}
            onChange={(v) =>
              ubahP((x) => {
                if (v) x.sumberData = v as KunciSumber;
                else delete x.sumberData;
              })
            }
          />
        )}
        <Text size="sm" c="dimmed">
          {t("lke.aturanSkor")}: {uraianAturan(p.aturan, b)}
        </Text>
        <GalatButir kx={kx} path={path} />
      </Stack>
    </Paper>
  );
}

/** The rule of a percentage or number answer (line or thresholds), or the A–E criteria. */
function AturanEditor({
  kx,
  p,
  ubahP,
}: {
  kx: KonteksEditor;
  p: Pertanyaan;
  ubahP: (f: (x: Pertanyaan) => void) => void;
}) {
  const { t } = useTranslation();
  const ro = kx.bacaSaja;
  if (p.jenisJawaban === "skala_ae")
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t("lke.kriteriaSkala")}
        </Text>
        {HURUF_SKALA.map((h) => (
          <TeksDuaBahasa
            key={h}
            label={t("lke.kriteriaHuruf", { huruf: h })}
            nilai={p.opsi?.[h] ?? { id: "", en: "" }}
            maks={500}
            bacaSaja={ro}
            pesan={() => undefined}
            onUbah={(bh, v) =>
              ubahP((x) => {
                const opsi = { ...(x.opsi ?? {}) } as Record<string, { id: string; en: string }>;
                opsi[h] = { ...(opsi[h] ?? { id: "", en: "" }), [bh]: v };
                x.opsi = opsi as Pertanyaan["opsi"];
              })
            }
          />
        ))}
      </Stack>
    );
  if (p.aturan.jenis !== "linier" && p.aturan.jenis !== "ambang") return null;
  const linier = p.aturan.jenis === "linier";
  const baris: [number, number][] =
    p.aturan.jenis === "linier"
      ? p.aturan.titik.map(([x, y]) => [x, y])
      : p.aturan.tangga.map((s) => [s.minimal, s.skor]);
  const simpan = (xs: [number, number][], jenis = p.aturan.jenis) =>
    ubahP((x) => {
      x.aturan =
        jenis === "linier"
          ? { jenis: "linier", titik: xs }
          : { jenis: "ambang", tangga: xs.map(([minimal, skor]) => ({ minimal, skor })) };
    });
  return (
    <Stack gap={4}>
      <Select
        label={t("lke.jenisAturan")}
        w={260}
        allowDeselect={false}
        readOnly={ro}
        value={p.aturan.jenis}
        data={[
          { value: "linier", label: t("lke.aturan.linier") },
          { value: "ambang", label: t("lke.aturan.ambang") },
        ]}
        onChange={(v) => v && v !== p.aturan.jenis && simpan(baris, v as "linier" | "ambang")}
      />
      {baris.map(([x, y], i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: points are edited in place by position
        <Group key={i} gap="sm" wrap="nowrap" align="flex-end">
          <NumberInput
            label={linier ? t("lke.titikX", { n: i + 1 }) : t("lke.tanggaMinimal", { n: i + 1 })}
            w={150}
            value={x}
            readOnly={ro}
            onChange={(v) => simpan(baris.map((r, j) => (j === i ? [keAngka(v), r[1]] : r)))}
          />
          <NumberInput
            label={t("lke.skorTitik", { n: i + 1 })}
            w={130}
            min={0}
            max={1}
            step={0.05}
            decimalScale={4}
            value={y}
            readOnly={ro}
            onChange={(v) => simpan(baris.map((r, j) => (j === i ? [r[0], keAngka(v)] : r)))}
          />
          {!ro && baris.length > 1 && (
            <Button
              variant="subtle"
              color="red.9"
              size="xs"
              onClick={() => simpan(baris.filter((_, j) => j !== i))}
            >
              {t("lke.hapusTitik")}
            </Button>
          )}
        </Group>
      ))}
      {!ro && baris.length < 20 && (
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => {
              const akhir = baris[baris.length - 1] ?? [0, 0];
              simpan([...baris, [akhir[0] + 10, Math.min(1, akhir[1])]]);
            }}
          >
            {linier ? t("lke.tambahTitik") : t("lke.tambahTangga")}
          </Button>
        </Group>
      )}
      {p.jenisJawaban === "angka" && (
        <Group gap="sm" wrap="wrap">
          <NumberInput
            label={t("lke.rentangMin")}
            w={140}
            value={p.rentang?.min ?? ""}
            readOnly={ro}
            onChange={(v) =>
              ubahP((x) => {
                const r = { ...(x.rentang ?? {}) };
                if (v === "") delete r.min;
                else r.min = keAngka(v);
                x.rentang = r;
              })
            }
          />
          <NumberInput
            label={t("lke.rentangMaks")}
            w={140}
            value={p.rentang?.maks ?? ""}
            readOnly={ro}
            onChange={(v) =>
              ubahP((x) => {
                const r = { ...(x.rentang ?? {}) };
                if (v === "") delete r.maks;
                else r.maks = keAngka(v);
                x.rentang = r;
              })
            }
          />
        </Group>
      )}
    </Stack>
  );
}
