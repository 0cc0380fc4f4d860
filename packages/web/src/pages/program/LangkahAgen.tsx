/** Step 6 of Tabel 3: selecting and appointing the change agents. */
import { Select, Table, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { awal, DialogLangkah, IsiSk, type PropsLangkah, type Sk, skKosong } from "./DialogLangkah.tsx";
import { PilihPegawai } from "./Komponen.tsx";

type Nominasi = { pegawaiId: string; unitKerjaId?: string; keputusan: "terpilih" | "tidak_terpilih" };

interface NilaiAgen {
  kriteria: string;
  nominasi: Nominasi[];
  sk: Sk;
}

export function LangkahAgen({ s, onTutup }: PropsLangkah) {
  const { t } = useTranslation();
  const a0 = awal(s, "agen_perubahan", {
    kriteriaSeleksi: [] as string[],
    nominasi: [] as Nominasi[],
    sk: skKosong(),
    ditetapkan: [] as string[],
  });
  const form = useForm<NilaiAgen>({
    initialValues: { kriteria: a0.kriteriaSeleksi.join("\n"), nominasi: a0.nominasi, sk: a0.sk },
  });
  const [label, setLabel] = useState<Record<string, string>>(s.namaPegawai ?? {});
  const nominasi = form.values.nominasi;
  const terpilih = nominasi.filter((n) => n.keputusan === "terpilih").length;
  const target = s.konfigurasi.targetAgenPerubahan;
  return (
    <DialogLangkah
      kode="agen_perubahan"
      s={s}
      form={form}
      isi={(v) => ({
        kriteriaSeleksi: v.kriteria
          .split("\n")
          .map((x) => x.trim())
          .filter(Boolean),
        nominasi: v.nominasi,
        sk: v.sk,
        // appointed = selected nominees (Tabel 2 I.1: appointment follows selection)
        ditetapkan: v.nominasi.filter((n) => n.keputusan === "terpilih").map((n) => n.pegawaiId),
      })}
      onTutup={onTutup}
    >
      <Textarea
        label={t("program.kriteriaSeleksi")}
        description={t("program.kriteriaPetunjuk")}
        withAsterisk
        autosize
        minRows={3}
        {...form.getInputProps("kriteria")}
      />
      <PilihPegawai
        label={t("program.nominasi")}
        nilai={nominasi.map((n) => n.pegawaiId)}
        label0={label}
        onChange={(ids, l) => {
          setLabel(l);
          form.setFieldValue(
            "nominasi",
            ids.map(
              (id) => nominasi.find((n) => n.pegawaiId === id) ?? { pegawaiId: id, keputusan: "terpilih" },
            ),
          );
        }}
      />
      {nominasi.length > 0 && (
        <Table>
          <Table.Tbody>
            {nominasi.map((n, i) => (
              <Table.Tr key={n.pegawaiId}>
                <Table.Td>{label[n.pegawaiId] ?? n.pegawaiId}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t("program.keputusan")}
                    value={n.keputusan}
                    data={[
                      { value: "terpilih", label: t("program.terpilih") },
                      { value: "tidak_terpilih", label: t("program.tidakTerpilih") },
                    ]}
                    onChange={(v) =>
                      v && form.setFieldValue(`nominasi.${i}.keputusan`, v as Nominasi["keputusan"])
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" c={target !== undefined && terpilih < target ? "orange" : "dimmed"}>
        {t("program.jumlahAp", { n: terpilih, target: target ?? "—" })}
      </Text>
      <IsiSk s={s} form={form} jalur="sk" label={t("program.skPenetapanAp")} />
    </DialogLangkah>
  );
}
