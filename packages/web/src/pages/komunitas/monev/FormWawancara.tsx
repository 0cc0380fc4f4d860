/** Records one sampled interview: schedule, interviewer, status and the four notes. */
import { Select, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { InputWaktu } from "../../../components/InputTanggal.tsx";
import { KartuForm } from "../../../components/kit/index.ts";
import { TombolBatal, useUrl } from "../bersama.tsx";
import { KUNCI, type Wawancara } from "./tipe.ts";

const BIDANG_CATATAN = ["pemahaman", "praktik", "hambatan", "saran"] as const;

interface NilaiWawancara {
  jadwal: string;
  pewawancara: string;
  status: string;
  catatan: Record<(typeof BIDANG_CATATAN)[number], string>;
}

export function FormWawancara({
  w,
  sampelId,
  onSelesai,
}: {
  w: Wawancara;
  sampelId: string;
  onSelesai: () => void;
}) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const form = useForm<NilaiWawancara>({
    initialValues: {
      jadwal: w.jadwal ?? "",
      pewawancara: w.pewawancara ?? "",
      status: w.status,
      catatan: {
        pemahaman: w.catatan?.pemahaman ?? "",
        praktik: w.catatan?.praktik ?? "",
        hambatan: w.catatan?.hambatan ?? "",
        saran: w.catatan?.saran ?? "",
      },
    },
  });
  return (
    <KartuForm
      judul={t("komunitas.monev.ubahWawancara", { nama: w.pegawai.nama })}
      form={form}
      labelKirim={t("komunitas.simpan")}
      kirim={(v) =>
        api(url(`/wawancara/${w.id}`), {
          method: "PATCH",
          body: {
            jadwal: v.jadwal || null,
            pewawancara: v.pewawancara,
            status: v.status,
            catatan: Object.fromEntries(Object.entries(v.catatan).filter(([, x]) => x.trim() !== "")),
          },
        })
      }
      onBerhasil={() => {
        qc.invalidateQueries({ queryKey: [...KUNCI, "wawancara", sampelId] });
        qc.invalidateQueries({ queryKey: [...KUNCI, "sampel"] });
        onSelesai();
      }}
      aksi={<TombolBatal onClick={onSelesai} />}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <InputWaktu
          label={t("komunitas.monev.jadwal")}
          {...form.getInputProps("jadwal")}
          value={form.values.jadwal}
        />
        <TextInput
          label={t("komunitas.monev.pewawancara")}
          maxLength={200}
          {...form.getInputProps("pewawancara")}
        />
        <Select
          label={t("komunitas.monev.statusLabel")}
          allowDeselect={false}
          data={["belum", "terjadwal", "selesai", "batal"].map((s) => ({
            value: s,
            label: t(`komunitas.monev.status.${s}`),
          }))}
          {...form.getInputProps("status")}
        />
      </SimpleGrid>
      {BIDANG_CATATAN.map((b) => (
        <Textarea
          key={b}
          label={t(`komunitas.monev.catatan.${b}`)}
          maxLength={5000}
          autosize
          minRows={2}
          {...form.getInputProps(`catatan.${b}`)}
        />
      ))}
    </KartuForm>
  );
}
