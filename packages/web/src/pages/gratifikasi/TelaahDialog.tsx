/** The UPG's triage and the record of KPK's determination (docs/gratifikasi.md "Handling"). */
import { Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { isi, type Kiriman, klien } from "../../api/klien.ts";
import { DialogForm } from "../../components/kit/index.ts";

type Triase = Kiriman<"/api/instansi/{instansiId}/gratifikasi/{id}/triase", "patch">;
type Penetapan = Kiriman<"/api/instansi/{instansiId}/gratifikasi/{id}/penetapan", "patch">;

interface Props {
  instansiId: string;
  id: string;
  nomor: string;
  hariIni: string;
  onBerhasil: () => void;
  onTutup: () => void;
}

export function TriaseDialog({ instansiId, id, nomor, onBerhasil, onTutup }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { keputusan: "diteruskan_kpk" as Triase["keputusan"], catatan: "" },
  });
  return (
    <DialogForm
      judul={t("gratifikasi.triaseJudul", { nomor })}
      form={form}
      kirim={(v) =>
        isi(
          klien.PATCH("/api/instansi/{instansiId}/gratifikasi/{id}/triase", {
            params: { path: { instansiId, id } },
            body: { keputusan: v.keputusan, catatan: v.catatan.trim() || null },
          }),
        )
      }
      onBerhasil={onBerhasil}
      onTutup={onTutup}
    >
      <Stack gap="sm">
        <Select
          label={t("gratifikasi.keputusan")}
          allowDeselect={false}
          data={(["diteruskan_kpk", "ditangani_upg"] as const).map((k) => ({
            value: k,
            label: t(`gratifikasi.status.${k}`),
          }))}
          {...form.getInputProps("keputusan")}
        />
        <Textarea label={t("gratifikasi.catatan")} autosize minRows={2} {...form.getInputProps("catatan")} />
      </Stack>
    </DialogForm>
  );
}

export function PenetapanDialog({ instansiId, id, nomor, hariIni, onBerhasil, onTutup }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { penetapan: "milik_negara" as Penetapan["penetapan"], nomorSk: "", tanggal: hariIni },
    validate: {
      nomorSk: (v) => (v.trim() ? null : t("gratifikasi.wajib")),
      tanggal: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t("gratifikasi.wajib")),
    },
  });
  return (
    <DialogForm
      judul={t("gratifikasi.penetapanJudul", { nomor })}
      form={form}
      kirim={(v) =>
        isi(
          klien.PATCH("/api/instansi/{instansiId}/gratifikasi/{id}/penetapan", {
            params: { path: { instansiId, id } },
            body: { penetapan: v.penetapan, nomorSk: v.nomorSk.trim(), tanggal: v.tanggal },
          }),
        )
      }
      onBerhasil={onBerhasil}
      onTutup={onTutup}
    >
      <Stack gap="sm">
        <Select
          label={t("gratifikasi.penetapanLabel")}
          allowDeselect={false}
          data={(["milik_negara", "milik_penerima"] as const).map((k) => ({
            value: k,
            label: t(`gratifikasi.penetapan.${k}`),
          }))}
          {...form.getInputProps("penetapan")}
        />
        <TextInput label={t("gratifikasi.nomorSk")} required {...form.getInputProps("nomorSk")} />
        <TextInput
          type="date"
          label={t("gratifikasi.tanggalSk")}
          required
          {...form.getInputProps("tanggal")}
        />
      </Stack>
    </DialogForm>
  );
}
