import { Select, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm, TabelBerhalaman } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { kunciAgen, type Ringkasan } from "./kunci.ts";

/** Renaksi that belong to the cycle, with their SMART targets; an appointed agent links their own. */
export function RenaksiSiklus({ ringkasan: r }: { ringkasan: Ringkasan }) {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const siklusId = r.siklus.id;
  const agen = punya("agen_perubahan") && r.nominasiSaya?.status === "ditetapkan" && !r.siklus.ditutup;
  const q = useQuery({
    queryKey: [...kunciAgen(instansi.id), "renaksi", siklusId, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/agen/penilaian/{siklusId}/renaksi", {
          params: { path: { instansiId: instansi.id, siklusId }, query: { page, pageSize: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const milik = useQuery({
    queryKey: [...kunciAgen(instansi.id), "renaksi-saya"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/renaksi", {
          params: { path: { instansiId: instansi.id }, query: { pageSize: 100 } },
        }),
      ),
    enabled: agen,
  });
  const form = useForm({
    initialValues: { renaksiId: null as string | null, target: "" },
    validate: { renaksiId: (v) => (v ? null : t("agen.wajib")) },
  });
  return (
    <Stack>
      {agen && (
        <KartuForm
          judul={t("agen.renaksi.tautkan")}
          keterangan={t("agen.renaksi.ket")}
          form={form}
          labelKirim={t("agen.renaksi.simpan")}
          kirim={(v) =>
            isi(
              klien.PUT("/api/instansi/{instansiId}/agen/penilaian/{siklusId}/renaksi", {
                params: { path: { instansiId: instansi.id, siklusId } },
                body: {
                  renaksiId: v.renaksiId as string,
                  targetKode: v.target
                    .split(",")
                    .map((x) => x.trim())
                    .filter(Boolean),
                },
              }),
            )
          }
          onBerhasil={async () => {
            beritahuBerhasil(t("agen.berhasil.renaksi"));
            await qc.invalidateQueries({ queryKey: kunciAgen(instansi.id) });
          }}
        >
          <Select
            label={t("agen.renaksi.pilih")}
            required
            data={(milik.data?.items ?? []).map((x) => ({ value: x.id, label: x.judul }))}
            {...form.getInputProps("renaksiId")}
          />
          <TextInput
            label={t("agen.renaksi.target")}
            placeholder="T1, T2"
            {...form.getInputProps("target")}
          />
        </KartuForm>
      )}
      <Title order={3} size="h4">
        {t("agen.renaksi.daftar")}
      </Title>
      <TabelBerhalaman
        query={q}
        kunciBaris={(x) => x.renaksiId}
        onHalaman={setPage}
        label={t("agen.renaksi.daftar")}
        kolom={[
          { judul: t("agen.nilai.agen"), isi: (x) => x.agen.nama },
          { judul: t("agen.renaksi.judul"), isi: (x) => x.judul },
          { judul: t("agen.renaksi.target"), isi: (x) => x.targetKode.join(", ") || "–" },
          { judul: t("agen.renaksi.kemajuan"), isi: (x) => `${x.selesai}/${x.butir}` },
          {
            judul: t("agen.renaksi.rerata"),
            isi: (x) => (x.rerataNilai === null ? "–" : x.rerataNilai.toFixed(2)),
          },
        ]}
      />
    </Stack>
  );
}
