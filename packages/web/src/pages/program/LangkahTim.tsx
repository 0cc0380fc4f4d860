/** Step 1 of Tabel 3: forming the supervision team (its decree, members and roles). */
import { Checkbox, Select, Table, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { awal, DialogLangkah, IsiSk, type PropsLangkah, type Sk, skKosong } from "./DialogLangkah.tsx";
import { PilihPegawai } from "./Komponen.tsx";

type Anggota = { pegawaiId: string; peranTim: "ketua" | "sekretaris" | "anggota"; anggotaTimRB?: boolean };

interface NilaiTim {
  nama: string;
  sk: Sk;
  anggota: Anggota[];
  timReformasiBirokrasi: { nomorSk: string };
}

export function LangkahTim({ s, onTutup }: PropsLangkah) {
  const { t } = useTranslation();
  const form = useForm<NilaiTim>({
    initialValues: awal(s, "pembentukan_tim", {
      nama: "Tim Supervisi Pembangunan Integritas Pegawai ASN",
      sk: skKosong(),
      anggota: [] as Anggota[],
      timReformasiBirokrasi: { nomorSk: "" },
    }),
  });
  const [label, setLabel] = useState<Record<string, string>>(s.namaPegawai ?? {});
  const anggota = form.values.anggota;
  return (
    <DialogLangkah
      kode="pembentukan_tim"
      s={s}
      form={form}
      isi={(v) => ({
        nama: v.nama,
        sk: v.sk,
        anggota: v.anggota,
        timReformasiBirokrasi: { nomorSk: v.timReformasiBirokrasi.nomorSk },
      })}
      onTutup={onTutup}
    >
      <TextInput label={t("program.namaTim")} withAsterisk maxLength={200} {...form.getInputProps("nama")} />
      <IsiSk s={s} form={form} jalur="sk" label="SK" />
      <TextInput
        label={t("program.skTimRb")}
        description={t("program.skTimRbPetunjuk")}
        withAsterisk
        maxLength={100}
        {...form.getInputProps("timReformasiBirokrasi.nomorSk")}
      />
      <PilihPegawai
        label={t("program.anggotaTim")}
        nilai={anggota.map((x) => x.pegawaiId)}
        label0={label}
        onChange={(ids, l) => {
          setLabel(l);
          form.setFieldValue(
            "anggota",
            ids.map(
              (id) => anggota.find((x) => x.pegawaiId === id) ?? { pegawaiId: id, peranTim: "anggota" },
            ),
          );
        }}
      />
      {anggota.length > 0 && (
        <Table>
          <Table.Tbody>
            {anggota.map((x, i) => (
              <Table.Tr key={x.pegawaiId}>
                <Table.Td>{label[x.pegawaiId] ?? x.pegawaiId}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t("program.peranTim")}
                    value={x.peranTim}
                    data={(["ketua", "sekretaris", "anggota"] as const).map((p) => ({
                      value: p,
                      label: t(`program.peranTimNama.${p}`),
                    }))}
                    onChange={(v) =>
                      v && form.setFieldValue(`anggota.${i}.peranTim`, v as Anggota["peranTim"])
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    label={t("program.anggotaRb")}
                    checked={!!x.anggotaTimRB}
                    onChange={(e) => form.setFieldValue(`anggota.${i}.anggotaTimRB`, e.currentTarget.checked)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </DialogLangkah>
  );
}
