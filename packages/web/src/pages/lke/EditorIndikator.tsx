import { Badge, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  GalatButir,
  JumlahBobot,
  KodeBobot,
  type KonteksEditor,
  LENCANA_UTUH,
  TeksDuaBahasa,
  TombolTambah,
  ubahDi,
  usePesan,
} from "./bersama.tsx";
import { EditorPertanyaan } from "./EditorPertanyaan.tsx";
import { type Indikator, jumlahBobot, pathDi } from "./ubah-isi.ts";

/**
 * The fields of one indicator: code, weight, names, its basis in the
 * regulation, who fills it in (the system from the agency's own data, or the
 * agency) and the evidence rule; then its questions, whose weights sum to 100.
 */
export function EditorIndikator({
  kx,
  ind,
  letak,
}: {
  kx: KonteksEditor;
  ind: Indikator;
  letak: readonly [number, number];
}) {
  const { t } = useTranslation();
  const pesan = usePesan(kx);
  const path = pathDi(letak);
  const ro = kx.bacaSaja;
  const ubahI = ubahDi(kx, letak);
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap" align="flex-start">
        <KodeBobot
          kx={kx}
          letak={letak}
          nilai={ind}
          labelKode={t("lke.kodeIndikator")}
          labelBobot={t("lke.bobot")}
          lebarBobot={110}
        />
        <Select
          label={t("lke.pengisian.label")}
          w={290}
          allowDeselect={false}
          readOnly={ro}
          value={ind.pengisian}
          data={(["dihitung", "dijawab"] as const).map((v) => ({ value: v, label: t(`lke.pengisian.${v}`) }))}
          onChange={(v) =>
            v &&
            ubahI((x) => {
              x.pengisian = v as Indikator["pengisian"];
              if (x.pengisian === "dijawab" && x.bukti === "otomatis") x.bukti = "wajib";
            })
          }
        />
        <Select
          label={t("lke.bukti.label")}
          w={250}
          allowDeselect={false}
          readOnly={ro}
          value={ind.bukti}
          data={(["wajib", "opsional", "otomatis"] as const)
            .filter((v) => v !== "otomatis" || ind.pengisian === "dihitung")
            .map((v) => ({ value: v, label: t(`lke.bukti.${v}`) }))}
          onChange={(v) => v && ubahI((x) => (x.bukti = v as Indikator["bukti"]))}
        />
      </Group>
      <TeksDuaBahasa
        label={t("lke.namaIndikator")}
        nilai={ind.nama}
        maks={300}
        bacaSaja={ro}
        pesan={(b) => pesan(`${path}.nama.${b}`)}
        onUbah={(b, v) => ubahI((x) => (x.nama = { ...x.nama, [b]: v }))}
      />
      <TextInput
        label={t("lke.dasar")}
        description={t("lke.dasarPetunjuk")}
        value={ind.sumber}
        maxLength={300}
        readOnly={ro}
        required={!ro}
        error={pesan(`${path}.sumber`)}
        onChange={(e) => ubahI((x) => (x.sumber = e.currentTarget.value))}
      />
      <GalatButir kx={kx} path={path} />
      <JumlahBobot
        judul={t("lke.pertanyaan")}
        teks={t("lke.jumlahBobotPertanyaan", { jumlah: jumlahBobot(ind.pertanyaan) })}
        salah={pesan(`${path}.bobotPertanyaan`)}
      />
      {ind.pertanyaan.map((p, qi) => (
        <EditorPertanyaan
          // biome-ignore lint/suspicious/noArrayIndexKey: questions are edited in place by position (codes change while typing)
          key={qi}
          kx={kx}
          p={p}
          ind={ind}
          letak={[...letak, qi]}
          n={ind.pertanyaan.length}
        />
      ))}
      <TombolTambah kx={kx} induk={letak} label={t("lke.tambahPertanyaan", { kode: ind.kode })} kecil />
    </Stack>
  );
}

/** Folded header of an indicator: code, name, weight, who fills it in, and its open problems. */
export function JudulIndikator({ ind, masalah }: { ind: Indikator; masalah: number }) {
  const { t, i18n } = useTranslation();
  const b = i18n.language.startsWith("en") ? "en" : "id";
  return (
    <Group gap="xs" wrap="wrap">
      <Text fw={600}>{ind.kode}</Text>
      <Text>{ind.nama[b] || t("lke.tanpaNama")}</Text>
      <Badge variant="light" color="gray" c="dark.8" styles={LENCANA_UTUH}>
        {t("lke.bobotNilai", { bobot: ind.bobot })}
      </Badge>
      <Badge
        variant="light"
        color={ind.pengisian === "dihitung" ? "teal" : "blue"}
        c="dark.8"
        styles={LENCANA_UTUH}
      >
        {t(`lke.pengisianSingkat.${ind.pengisian}`)}
      </Badge>
      {masalah > 0 && (
        <Badge variant="light" color="red" c="red.9" styles={LENCANA_UTUH}>
          {t("lke.jumlahMasalah", { count: masalah })}
        </Badge>
      )}
    </Group>
  );
}
