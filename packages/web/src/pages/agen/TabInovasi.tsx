import { Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm, TabelBerhalaman } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { kunciAgen } from "./kunci.ts";

/** The innovations register (Tabel 2 I success indicator): leaders and agents record their breakthroughs. */
export function TabInovasi({ siklusId }: { siklusId: string }) {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: [...kunciAgen(instansi.id), "inovasi", siklusId, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/agen/inovasi", {
          params: { path: { instansiId: instansi.id }, query: { siklusId, page, pageSize: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const form = useForm({
    initialValues: {
      sebagai: punya("agen_perubahan") ? "agen_perubahan" : "pimpinan",
      judul: "",
      uraian: "",
      dampak: "",
      tanggal: "",
    },
    validate: {
      judul: (v) => (v.trim() ? null : t("agen.wajib")),
      uraian: (v) => (v.trim() ? null : t("agen.wajib")),
      tanggal: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t("agen.wajib")),
    },
  });
  const boleh = instansi.pegawai && punya("agen_perubahan", "pimpinan", "tim_supervisi", "ppk");
  return (
    <Stack>
      {boleh && (
        <KartuForm
          judul={t("agen.inovasi.catat")}
          form={form}
          labelKirim={t("agen.inovasi.simpan")}
          kosongkanSetelahKirim
          kirim={(v) =>
            isi(
              klien.POST("/api/instansi/{instansiId}/agen/inovasi", {
                params: { path: { instansiId: instansi.id } },
                body: {
                  siklusId,
                  sebagai: v.sebagai as "pimpinan" | "agen_perubahan",
                  judul: v.judul.trim(),
                  uraian: v.uraian.trim(),
                  ...(v.dampak.trim() ? { dampak: v.dampak.trim() } : {}),
                  tanggal: v.tanggal,
                },
              }),
            )
          }
          onBerhasil={async () => {
            beritahuBerhasil(t("agen.berhasil.inovasi"));
            await qc.invalidateQueries({ queryKey: kunciAgen(instansi.id) });
          }}
        >
          <Select
            label={t("agen.inovasi.sebagai")}
            allowDeselect={false}
            data={["agen_perubahan", "pimpinan"].map((s) => ({ value: s, label: t(`agen.inovasi.${s}`) }))}
            {...form.getInputProps("sebagai")}
          />
          <TextInput label={t("agen.inovasi.judul")} required {...form.getInputProps("judul")} />
          <Textarea
            label={t("agen.inovasi.uraian")}
            required
            autosize
            minRows={2}
            {...form.getInputProps("uraian")}
          />
          <TextInput label={t("agen.inovasi.dampak")} {...form.getInputProps("dampak")} />
          <TextInput
            type="date"
            label={t("agen.inovasi.tanggal")}
            required
            {...form.getInputProps("tanggal")}
          />
        </KartuForm>
      )}
      <TabelBerhalaman
        query={q}
        kunciBaris={(i) => i.id}
        onHalaman={setPage}
        label={t("agen.inovasi.daftar")}
        kolom={[
          { judul: t("agen.inovasi.tanggal"), isi: (i) => i.tanggal },
          { judul: t("agen.inovasi.judul"), isi: (i) => i.judul },
          { judul: t("agen.pegawai"), isi: (i) => i.pegawai.nama },
          { judul: t("agen.inovasi.sebagai"), isi: (i) => t(`agen.inovasi.${i.sebagai}`) },
          { judul: t("agen.inovasi.uraian"), isi: (i) => i.uraian },
        ]}
      />
    </Stack>
  );
}
