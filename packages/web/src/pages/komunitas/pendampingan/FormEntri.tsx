/** A self-evaluation diary entry (Tabel 8): date, title, sub-dimensions and the text. */
import { Group, MultiSelect, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { SUB_DIMENSI } from "@nurani/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { InputTanggal } from "../../../components/InputTanggal.tsx";
import { KartuForm } from "../../../components/kit/index.ts";
import { beritahuBerhasil } from "../../../lib/notifikasi.ts";
import { hariIni, TombolBatal, useUrl, useWajib } from "../bersama.tsx";
import { type Entri, KUNCI } from "./tipe.ts";

interface NilaiEntri {
  tanggal: string;
  judul: string;
  isi: string;
  subdimensi: string[];
}

export function FormEntri({ awal, onSelesai }: { awal?: Entri; onSelesai: () => void }) {
  const { t, i18n } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const wajib = useWajib();
  const form = useForm<NilaiEntri>({
    initialValues: {
      tanggal: awal?.tanggal ?? hariIni(),
      judul: awal?.judul ?? "",
      isi: awal?.isi ?? "",
      subdimensi: awal?.subdimensi ?? [],
    },
    validate: { tanggal: wajib, judul: wajib, isi: wajib },
  });
  return (
    <KartuForm
      judul={awal ? awal.judul : t("komunitas.evaluasiDiri.tulis")}
      form={form}
      labelKirim={t("komunitas.simpan")}
      kirim={(v) =>
        awal
          ? api(url(`/evaluasi-diri/${awal.id}`), { method: "PATCH", body: v })
          : api(url("/evaluasi-diri"), { method: "POST", body: v })
      }
      onBerhasil={() => {
        qc.invalidateQueries({ queryKey: KUNCI });
        beritahuBerhasil(t("komunitas.tersimpan"));
        onSelesai();
      }}
      aksi={<TombolBatal onClick={onSelesai} />}
    >
      <Group grow wrap="wrap">
        <InputTanggal
          label={t("komunitas.tanggal")}
          required
          {...form.getInputProps("tanggal")}
          value={form.values.tanggal}
        />
        <TextInput
          label={t("komunitas.evaluasiDiri.judulEntri")}
          maxLength={200}
          required
          {...form.getInputProps("judul")}
        />
      </Group>
      <MultiSelect
        label={t("komunitas.evaluasiDiri.subdimensi")}
        searchable
        data={SUB_DIMENSI.map((s) => ({
          value: s.kode,
          label: `${s.kode} — ${i18n.language === "en" ? s.nama.en : s.nama.id}`,
        }))}
        {...form.getInputProps("subdimensi")}
      />
      <Textarea
        label={t("komunitas.evaluasiDiri.isi")}
        maxLength={10000}
        autosize
        minRows={4}
        required
        {...form.getInputProps("isi")}
      />
    </KartuForm>
  );
}
