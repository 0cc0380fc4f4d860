/** Reports a thread or a reply to the moderators, with a reason. */
import { Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { DialogForm } from "../../../components/kit/index.ts";
import { beritahuBerhasil } from "../../../lib/notifikasi.ts";
import { useUrl, useWajib } from "../bersama.tsx";

export function LaporDialog({
  utasId,
  balasanId,
  onTutup,
}: {
  utasId: string;
  balasanId: string | null;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const url = useUrl();
  const wajib = useWajib();
  const form = useForm({ initialValues: { alasan: "" }, validate: { alasan: wajib } });
  return (
    <DialogForm
      judul={t("komunitas.forum.laporkanJudul")}
      form={form}
      labelKirim={t("komunitas.forum.laporkan")}
      kirim={(v) =>
        api(url("/forum/laporan"), { method: "POST", body: { utasId, balasanId, alasan: v.alasan } })
      }
      onBerhasil={() => {
        beritahuBerhasil(t("komunitas.forum.terlapor"));
        onTutup();
      }}
      onTutup={onTutup}
    >
      <Textarea
        label={t("komunitas.forum.alasan")}
        maxLength={500}
        autosize
        minRows={2}
        required
        data-autofocus
        {...form.getInputProps("alasan")}
      />
    </DialogForm>
  );
}
