/** Step 4 of Tabel 3: the action plan and its targets. */
import { Button, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { NAMA_PERAN, PERAN } from "@nurani/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useUnitList } from "../../api/hooks.ts";
import { useSession } from "../../auth/session.tsx";
import { awal, DialogLangkah, type PropsLangkah, TanggalDokumen } from "./DialogLangkah.tsx";

interface TargetIsi {
  kode: string;
  uraian?: string;
  indikator: { jenis: "proporsi_minimal_level" | "rerata_level"; levelMinimal?: number };
  sasaran: string[] | "instansi";
  garisDasar?: number | null;
  nilaiTarget: number;
  tenggat: string;
  penanggungJawab: { peran: string; pegawaiId?: string };
}

interface NilaiRencanaAksi {
  dokumenId: string;
  tanggal: string;
  target: TargetIsi[];
}

export function LangkahRencanaAksi({ s, onTutup }: PropsLangkah) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const units = useUnitList(instansi.id);
  const form = useForm<NilaiRencanaAksi>({
    initialValues: awal(s, "rencana_aksi", { dokumenId: "", tanggal: "", target: [] as TargetIsi[] }),
  });
  const target = form.values.target;
  const [kunci, setKunci] = useState<number[]>(() => form.values.target.map((_, i) => i));
  const ubah = (i: number, x: Partial<TargetIsi>) =>
    form.setFieldValue(
      "target",
      target.map((y, j) => (j === i ? { ...y, ...x } : y)),
    );
  const baru = (): TargetIsi => ({
    kode: `T${target.length + 1}`,
    indikator: { jenis: "proporsi_minimal_level", levelMinimal: 2 },
    sasaran: "instansi",
    nilaiTarget: 0.6,
    tenggat: "",
    penanggungJawab: { peran: "tim_supervisi" },
  });
  return (
    <DialogLangkah
      kode="rencana_aksi"
      s={s}
      form={form}
      // baselines are taken from the initial map by the server unless a value was kept
      isi={(v) => ({
        dokumenId: v.dokumenId,
        tanggal: v.tanggal,
        target: v.target.map((x) => ({ ...x, garisDasar: x.garisDasar ?? null })),
      })}
      onTutup={onTutup}
    >
      <Text size="sm" c="dimmed">
        {t("program.renaksiPetunjuk")}
      </Text>
      <Group grow wrap="wrap" align="flex-start">
        <TanggalDokumen
          s={s}
          form={form}
          labelTanggal={t("program.tanggal")}
          labelDokumen={t("program.dokumenRenaksi")}
        />
      </Group>
      {target.map((x, i) => {
        const persen = x.indikator.jenis === "proporsi_minimal_level";
        return (
          <Stack
            key={kunci[i]}
            gap="xs"
            p="sm"
            style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 8 }}
          >
            <Group grow wrap="wrap" align="flex-start">
              <TextInput
                label={t("program.kode")}
                maxLength={40}
                value={x.kode}
                onChange={(e) => ubah(i, { kode: e.currentTarget.value })}
              />
              <Select
                label={t("program.indikator")}
                value={persen ? `p${x.indikator.levelMinimal ?? 2}` : "r"}
                data={[
                  { value: "p2", label: t("program.indikatorProporsi", { l: 2 }) },
                  { value: "p3", label: t("program.indikatorProporsi", { l: 3 }) },
                  { value: "p4", label: t("program.indikatorProporsi", { l: 4 }) },
                  { value: "r", label: t("program.indikatorRerata") },
                ]}
                onChange={(v) =>
                  ubah(i, {
                    indikator:
                      v === "r"
                        ? { jenis: "rerata_level" }
                        : { jenis: "proporsi_minimal_level", levelMinimal: Number(v?.slice(1) ?? 2) },
                    nilaiTarget: v === "r" ? 2.5 : 0.6,
                    garisDasar: null,
                  })
                }
              />
            </Group>
            <MultiSelect
              label={t("program.sasaran")}
              description={t("program.sasaranPetunjuk")}
              searchable
              value={x.sasaran === "instansi" ? [] : x.sasaran}
              data={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
              onChange={(v) => ubah(i, { sasaran: v.length ? v : "instansi", garisDasar: null })}
            />
            <Group grow wrap="wrap" align="flex-start">
              <NumberInput
                label={persen ? t("program.nilaiTargetPersen") : t("program.nilaiTargetRerata")}
                value={persen ? Math.round(x.nilaiTarget * 1000) / 10 : x.nilaiTarget}
                min={persen ? 0 : 1}
                max={persen ? 100 : 4}
                decimalScale={persen ? 1 : 2}
                onChange={(v) => typeof v === "number" && ubah(i, { nilaiTarget: persen ? v / 100 : v })}
              />
              <TextInput
                type="month"
                label={t("program.tenggat")}
                withAsterisk
                value={x.tenggat}
                onChange={(e) => ubah(i, { tenggat: e.currentTarget.value })}
              />
              <Select
                label={t("program.penanggungJawab")}
                value={x.penanggungJawab.peran}
                data={PERAN.filter((p) => p !== "evaluator_nasional").map((p) => ({
                  value: p,
                  label: NAMA_PERAN[p].id,
                }))}
                onChange={(v) => v && ubah(i, { penanggungJawab: { peran: v } })}
              />
            </Group>
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {typeof x.garisDasar === "number"
                  ? `${t("program.garisDasar")}: ${persen ? `${(x.garisDasar * 100).toFixed(1)}%` : x.garisDasar.toFixed(2)}`
                  : t("program.garisDasarOtomatis")}
              </Text>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => {
                  form.removeListItem("target", i);
                  setKunci(kunci.filter((_, j) => j !== i));
                }}
              >
                {t("program.hapus")}
              </Button>
            </Group>
          </Stack>
        );
      })}
      <Button
        variant="light"
        onClick={() => {
          form.insertListItem("target", baru());
          setKunci([...kunci, Math.max(-1, ...kunci) + 1]);
        }}
      >
        {t("program.tambahTarget")}
      </Button>
    </DialogLangkah>
  );
}
