import { Select, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { DialogForm } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { kunciLke, useVersiTerbit } from "./api.ts";

const KOSONG = "__kosong__";

/** A new draft: a copy of a published version (the active one by default), or empty. */
export function BuatDrafDialog({ dari, onTutup }: { dari?: string; onTutup: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const terbit = useVersiTerbit();
  const pilihan = terbit.data?.items ?? [];
  const form = useForm({
    initialValues: { dari: dari ?? (null as string | null), versi: "", catatan: "" },
    validate: {
      versi: (v) =>
        !v.trim()
          ? t("lke.galat.wajibDiisi")
          : /^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$/.test(v.trim())
            ? null
            : t("lke.galat.namaVersi"),
    },
  });
  const asal =
    form.values.dari ?? pilihan.find((v) => v.keadaan === "aktif")?.versi ?? pilihan[0]?.versi ?? null;
  return (
    <DialogForm
      judul={t("lke.buatDraf")}
      form={form}
      labelKirim={t("lke.buatDraf")}
      kirim={(v) =>
        isi(
          klien.POST("/api/evaluasi/lke", {
            body: {
              versi: v.versi.trim(),
              ...(asal && asal !== KOSONG ? { dari: asal } : {}),
              ...(v.catatan.trim() ? { catatan: v.catatan.trim() } : {}),
            },
          }),
        )
      }
      onBerhasil={async (v) => {
        beritahuBerhasil(t("lke.drafDibuat", { versi: v.versi }));
        await qc.invalidateQueries({ queryKey: kunciLke.semua });
        navigate(`/lke/${encodeURIComponent(v.versi)}`);
      }}
      onTutup={onTutup}
    >
      <Select
        label={t("lke.asal")}
        description={t("lke.asalPetunjuk")}
        allowDeselect={false}
        data={[
          ...pilihan.map((v) => ({
            value: v.versi,
            label: `${t("lke.versiNama", { versi: v.versi })} — ${t(`lke.keadaan.${v.keadaan}`)}`,
          })),
          { value: KOSONG, label: t("lke.asalKosong") },
        ]}
        value={asal}
        onChange={(v) => form.setFieldValue("dari", v)}
      />
      <TextInput
        label={t("lke.namaVersi")}
        description={t("lke.namaVersiPetunjuk")}
        required
        maxLength={20}
        {...form.getInputProps("versi")}
      />
      <Textarea
        label={t("lke.catatan")}
        autosize
        minRows={2}
        maxLength={500}
        {...form.getInputProps("catatan")}
      />
    </DialogForm>
  );
}
