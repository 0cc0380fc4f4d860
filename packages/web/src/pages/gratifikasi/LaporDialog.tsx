/** The employee's gratification report form (docs/gratifikasi.md): giver, relationship, form, value, date, photo. */
import {
  FileInput,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { isi, type Kiriman, klien } from "../../api/klien.ts";
import { DialogForm } from "../../components/kit/index.ts";

type Lapor = Kiriman<"/api/instansi/{instansiId}/gratifikasi-saya", "post">;
export const HUBUNGAN = [
  "atasan_bawahan",
  "rekan_kerja",
  "penyedia_barang_jasa",
  "pengguna_layanan",
  "keluarga",
  "lainnya",
] as const;
export const BENTUK = ["uang", "barang", "makanan", "voucher", "fasilitas", "perjalanan", "lainnya"] as const;
const UKURAN_FOTO = 2 * 1024 * 1024;

async function base64(f: File): Promise<string> {
  const b = new Uint8Array(await f.arrayBuffer());
  let s = "";
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

export function LaporDialog({
  instansiId,
  hariIni,
  onBerhasil,
  onTutup,
}: {
  instansiId: string;
  hariIni: string;
  onBerhasil: (nomor: string) => void;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      jenis: "diterima" as Lapor["jenis"],
      pemberi: "",
      hubungan: "penyedia_barang_jasa" as Lapor["hubungan"],
      hubunganKeterangan: "",
      bentuk: "barang" as Lapor["bentuk"],
      uraian: "",
      nilaiRupiah: 0 as number | string,
      tanggalTerima: hariIni,
      tempat: "",
      foto: null as File | null,
    },
    validate: {
      pemberi: (v) => (v.trim() ? null : t("gratifikasi.wajib")),
      uraian: (v) => (v.trim() ? null : t("gratifikasi.wajib")),
      tanggalTerima: (v) =>
        !/^\d{4}-\d{2}-\d{2}$/.test(v)
          ? t("gratifikasi.wajib")
          : v > hariIni
            ? t("gratifikasi.tanggalDepan")
            : null,
      nilaiRupiah: (v) => (typeof v === "number" && v >= 0 ? null : t("gratifikasi.wajib")),
      foto: (f) =>
        f && (!["image/png", "image/jpeg"].includes(f.type) || f.size > UKURAN_FOTO)
          ? t("gratifikasi.fotoDitolak")
          : null,
    },
  });
  return (
    <DialogForm
      judul={t("gratifikasi.laporJudul")}
      form={form}
      labelKirim={t("gratifikasi.kirim")}
      kirim={async (v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/gratifikasi-saya", {
            params: { path: { instansiId } },
            body: {
              jenis: v.jenis,
              pemberi: v.pemberi.trim(),
              hubungan: v.hubungan,
              hubunganKeterangan: v.hubunganKeterangan.trim() || null,
              bentuk: v.bentuk,
              uraian: v.uraian.trim(),
              nilaiRupiah: Number(v.nilaiRupiah),
              tanggalTerima: v.tanggalTerima,
              tempat: v.tempat.trim() || null,
              foto: v.foto
                ? { jenis: v.foto.type as "image/png" | "image/jpeg", isi: await base64(v.foto) }
                : null,
            },
          }),
        )
      }
      onBerhasil={(r) => onBerhasil(r.nomor)}
      onTutup={onTutup}
    >
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t("gratifikasi.laporKeterangan")}
        </Text>
        <SegmentedControl
          aria-label={t("gratifikasi.jenisLabel")}
          data={[
            { value: "diterima", label: t("gratifikasi.jenis.diterima") },
            { value: "ditolak", label: t("gratifikasi.jenis.ditolak") },
          ]}
          {...form.getInputProps("jenis")}
        />
        <TextInput label={t("gratifikasi.pemberi")} required {...form.getInputProps("pemberi")} />
        <Select
          label={t("gratifikasi.hubunganLabel")}
          data={HUBUNGAN.map((h) => ({ value: h, label: t(`gratifikasi.hubungan.${h}`) }))}
          allowDeselect={false}
          {...form.getInputProps("hubungan")}
        />
        {form.values.hubungan === "lainnya" && (
          <TextInput
            label={t("gratifikasi.hubunganKeterangan")}
            {...form.getInputProps("hubunganKeterangan")}
          />
        )}
        <Select
          label={t("gratifikasi.bentukLabel")}
          data={BENTUK.map((h) => ({ value: h, label: t(`gratifikasi.bentuk.${h}`) }))}
          allowDeselect={false}
          {...form.getInputProps("bentuk")}
        />
        <Textarea
          label={t("gratifikasi.uraian")}
          required
          autosize
          minRows={2}
          {...form.getInputProps("uraian")}
        />
        <NumberInput
          label={t("gratifikasi.nilai")}
          min={0}
          thousandSeparator="."
          decimalSeparator=","
          prefix="Rp "
          {...form.getInputProps("nilaiRupiah")}
        />
        <TextInput
          type="date"
          label={t("gratifikasi.tanggalTerima")}
          required
          max={hariIni}
          {...form.getInputProps("tanggalTerima")}
        />
        <TextInput label={t("gratifikasi.tempat")} {...form.getInputProps("tempat")} />
        <FileInput
          label={t("gratifikasi.foto")}
          description={t("gratifikasi.fotoPetunjuk")}
          accept="image/png,image/jpeg"
          clearable
          {...form.getInputProps("foto")}
        />
      </Stack>
    </DialogForm>
  );
}
