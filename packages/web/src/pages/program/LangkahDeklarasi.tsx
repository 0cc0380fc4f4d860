/** Step 2 of Tabel 3: the joint commitment declaration. */
import { Checkbox, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { awal, DialogLangkah, type PropsLangkah, TanggalDokumen } from "./DialogLangkah.tsx";

interface NilaiDeklarasi {
  judul: string;
  dokumenId: string;
  tanggal: string;
  selarasZonaIntegritas: boolean;
}

export function LangkahDeklarasi({ s, onTutup }: PropsLangkah) {
  const { t } = useTranslation();
  const form = useForm<NilaiDeklarasi>({
    initialValues: awal(s, "deklarasi_komitmen", {
      judul: "Deklarasi Komitmen Bersama Pembangunan Integritas Pegawai ASN",
      dokumenId: "",
      tanggal: "",
      selarasZonaIntegritas: true,
    }),
  });
  return (
    <DialogLangkah
      kode="deklarasi_komitmen"
      s={s}
      form={form}
      isi={(v) => ({
        judul: v.judul,
        dokumenId: v.dokumenId,
        tanggal: v.tanggal,
        selarasZonaIntegritas: v.selarasZonaIntegritas,
      })}
      onTutup={onTutup}
    >
      <Text size="sm" c="dimmed">
        {t("program.deklarasiPetunjuk")}
      </Text>
      <TextInput
        label={t("program.judulDeklarasi")}
        withAsterisk
        maxLength={300}
        {...form.getInputProps("judul")}
      />
      <TanggalDokumen
        s={s}
        form={form}
        labelTanggal={t("program.tanggal")}
        labelDokumen={t("program.dokumenDeklarasi")}
      />
      <Checkbox
        label={t("program.selarasZi")}
        {...form.getInputProps("selarasZonaIntegritas", { type: "checkbox" })}
      />
    </DialogLangkah>
  );
}
