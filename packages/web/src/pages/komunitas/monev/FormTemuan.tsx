/** A new audit finding (APIP): title, severity, deadline, description and recommendation. */
import { Select, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { InputTanggal } from "../../../components/InputTanggal.tsx";
import { KartuForm } from "../../../components/kit/index.ts";
import { useUrl, useWajib } from "../bersama.tsx";

export interface NilaiTemuan {
  judul: string;
  uraian: string;
  tingkat: string;
  rekomendasi: string;
  batasWaktu: string;
}

export function FormTemuan({ rencanaId, onTersimpan }: { rencanaId: string; onTersimpan: () => unknown }) {
  const { t } = useTranslation();
  const url = useUrl();
  const wajib = useWajib();
  const form = useForm<NilaiTemuan>({
    initialValues: { judul: "", uraian: "", tingkat: "sedang", rekomendasi: "", batasWaktu: "" },
    validate: { judul: wajib, uraian: wajib, rekomendasi: wajib },
  });
  return (
    <KartuForm
      judul={t("komunitas.monev.temuanBaru")}
      form={form}
      labelKirim={t("komunitas.simpan")}
      kosongkanSetelahKirim
      kirim={(v) =>
        api(url(`/audit-internal/${rencanaId}/temuan`), {
          method: "POST",
          body: { ...v, batasWaktu: v.batasWaktu || null },
        })
      }
      onBerhasil={onTersimpan}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t("komunitas.monev.judulTemuan")}
          maxLength={200}
          required
          {...form.getInputProps("judul")}
        />
        <Select
          label={t("komunitas.monev.tingkatLabel")}
          allowDeselect={false}
          data={["rendah", "sedang", "tinggi", "kritis"].map((s) => ({
            value: s,
            label: t(`komunitas.monev.tingkat.${s}`),
          }))}
          {...form.getInputProps("tingkat")}
        />
        <InputTanggal
          label={t("komunitas.monev.batasWaktu")}
          {...form.getInputProps("batasWaktu")}
          value={form.values.batasWaktu}
        />
      </SimpleGrid>
      <Textarea
        label={t("komunitas.monev.uraian")}
        maxLength={10000}
        autosize
        required
        {...form.getInputProps("uraian")}
      />
      <Textarea
        label={t("komunitas.monev.rekomendasi")}
        maxLength={5000}
        autosize
        required
        {...form.getInputProps("rekomendasi")}
      />
    </KartuForm>
  );
}
