/** A new plan with a title and a period (the APIP audit plan, the change agents' action plan). */
import { Button, Card, Group, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { jumlahKarakter } from "../../components/JumlahKarakter.ts";
import { useKirimForm } from "../../components/kit/index.ts";
import { hariIni, useUrl, useWajib } from "./bersama.tsx";

/**
 * Posts `{ judul, mulai, selesai }` to the agency's `path`; the title empties
 * after it is saved, the dates stay, and the queries under `kunci` refresh.
 */
export function FormJudulTanggal({
  path,
  kunci,
  labelJudul,
  labelKirim,
  hitungKarakter = false,
}: {
  path: string;
  kunci: readonly unknown[];
  labelJudul: string;
  labelKirim: string;
  /** Show how many characters of the 200 the title uses. */
  hitungKarakter?: boolean;
}) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const wajib = useWajib();
  const form = useForm({
    initialValues: { judul: "", mulai: hariIni(), selesai: hariIni() },
    validate: { judul: wajib, mulai: wajib, selesai: wajib },
  });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) => api(url(path), { method: "POST", body: v }),
    onBerhasil: () => {
      form.setFieldValue("judul", "");
      qc.invalidateQueries({ queryKey: kunci });
    },
  });
  // the submit button sits beside the dates (as before): a date's calendar opens downwards
  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate>
      <Group grow wrap="wrap" align="flex-end">
        <TextInput
          label={labelJudul}
          description={hitungKarakter ? jumlahKarakter(t, form.values.judul, 200) : undefined}
          maxLength={200}
          required
          {...form.getInputProps("judul")}
        />
        <InputTanggal
          label={t("komunitas.monev.mulai")}
          required
          {...form.getInputProps("mulai")}
          value={form.values.mulai}
        />
        <InputTanggal
          label={t("komunitas.monev.selesai")}
          required
          {...form.getInputProps("selesai")}
          value={form.values.selesai}
        />
        <Button type="submit" loading={sedang}>
          {labelKirim}
        </Button>
      </Group>
      <ErrorAlert error={galat} />
    </Card>
  );
}
