/** The reply box under a thread, and an attachment upload (PDF, image or text) to the thread. */
import { Button, Card, FileInput, Group, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { useKirimForm } from "../../../components/kit/index.ts";
import { useUrl, useWajib } from "../bersama.tsx";

export function FormBalasan({ utasId, onTerkirim }: { utasId: string; onTerkirim: () => unknown }) {
  const { t } = useTranslation();
  const url = useUrl();
  const wajib = useWajib();
  const form = useForm({ initialValues: { isi: "" }, validate: { isi: wajib } });
  const balas = useKirimForm(form, {
    kirim: (v) => api(url(`/forum/utas/${utasId}/balasan`), { method: "POST", body: v }),
    onBerhasil: () => {
      form.reset();
      return onTerkirim();
    },
  });
  const formBerkas = useForm<{ berkas: File | null }>({
    initialValues: { berkas: null },
    validate: { berkas: wajib },
  });
  const unggah = useKirimForm(formBerkas, {
    kirim: (v) => {
      const fd = new FormData();
      if (v.berkas) fd.append("file", v.berkas);
      return api(url(`/forum/utas/${utasId}/lampiran`), { method: "POST", body: fd });
    },
    onBerhasil: () => {
      formBerkas.reset();
      return onTerkirim();
    },
  });
  return (
    <Card withBorder>
      <Stack gap="sm">
        <form onSubmit={balas.onSubmit} noValidate>
          <Stack gap="sm">
            <Textarea
              label={t("komunitas.forum.balas")}
              description={t("komunitas.markdownPetunjuk")}
              maxLength={20000}
              autosize
              minRows={3}
              required
              {...form.getInputProps("isi")}
            />
            <ErrorAlert error={balas.galat} />
            <Group justify="flex-end">
              <Button type="submit" loading={balas.sedang}>
                {t("komunitas.forum.kirim")}
              </Button>
            </Group>
          </Stack>
        </form>
        <form onSubmit={unggah.onSubmit} noValidate>
          <Stack gap="sm">
            <Group align="flex-end" wrap="wrap">
              <FileInput
                label={t("komunitas.forum.lampirkan")}
                description={t("komunitas.forum.lampiranBatas")}
                accept=".pdf,.png,.jpg,.jpeg,.txt"
                clearable
                style={{ flex: "1 1 240px" }}
                {...formBerkas.getInputProps("berkas")}
              />
              <Button
                variant="default"
                type="submit"
                disabled={!formBerkas.values.berkas}
                loading={unggah.sedang}
              >
                {t("komunitas.forum.unggah")}
              </Button>
            </Group>
            <ErrorAlert error={unggah.galat} />
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
