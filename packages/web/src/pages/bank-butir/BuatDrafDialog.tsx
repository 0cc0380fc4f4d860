import { Select, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { DialogForm } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { kunciBank, URL_BANK, type VersiBank } from "./api.ts";

/** A new draft version copied from a published one; the national evaluator names it. */
export function BuatDrafDialog({ onTutup }: { onTutup: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const terbit = useQuery({
    queryKey: [...kunciBank.semua, "terbit-semua"],
    queryFn: () => api<Halaman<VersiBank>>(`${URL_BANK}/versi`, { query: { pageSize: 200 } }),
  });
  const pilihan = (terbit.data?.items ?? []).filter((v) => v.status === "terbit");
  const form = useForm({
    initialValues: { asalId: null as string | null, versi: "", catatan: "" },
    validate: { versi: (v) => (v.trim() ? null : t("umum.wajibDiisi")) },
  });
  return (
    <DialogForm
      judul={t("bankButir.buatDraf")}
      form={form}
      labelKirim={t("bankButir.buatDraf")}
      kirim={(v) =>
        api<VersiBank>(`${URL_BANK}/versi`, {
          method: "POST",
          body: {
            asalId: v.asalId ?? pilihan[0]?.id,
            versi: v.versi.trim(),
            catatan: v.catatan.trim() || undefined,
          },
        })
      }
      onBerhasil={async (v) => {
        beritahuBerhasil(t("bankButir.drafDibuat", { versi: v.versi }));
        await qc.invalidateQueries({ queryKey: kunciBank.semua });
        navigate(`/bank-butir/${v.id}`);
      }}
      onTutup={onTutup}
    >
      <Select
        label={t("bankButir.asalVersi")}
        description={t("bankButir.asalPetunjuk")}
        data={pilihan.map((v) => ({ value: v.id, label: v.versi }))}
        {...form.getInputProps("asalId")}
        value={form.values.asalId ?? pilihan[0]?.id ?? null}
        allowDeselect={false}
      />
      <TextInput
        label={t("bankButir.namaVersi")}
        description={t("bankButir.namaVersiPetunjuk")}
        required
        {...form.getInputProps("versi")}
      />
      <Textarea label={t("bankButir.catatan")} autosize minRows={2} {...form.getInputProps("catatan")} />
    </DialogForm>
  );
}
