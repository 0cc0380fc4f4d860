/** Records a mentoring, coaching or counseling session (Tabel 2 I.3, III.2), or edits one. */
import { Alert, Group, Select, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import type { Halaman } from "../../../api/types.ts";
import { InputTanggal } from "../../../components/InputTanggal.tsx";
import { KartuForm } from "../../../components/kit/index.ts";
import { beritahuBerhasil } from "../../../lib/notifikasi.ts";
import { hariIni, TombolBatal, useUrl, useWajib } from "../bersama.tsx";
import { KUNCI, type Sesi } from "./tipe.ts";

export interface NilaiSesi {
  pegawaiId: string | null;
  jenis: string;
  tanggal: string;
  topik: string;
  tindakan: string;
  tindakLanjut: string;
  tanggalTindakLanjut: string;
  catatan: string;
}

/** The employee being mentored, searched by name on the server. */
function PilihPegawai(props: {
  value?: string | null;
  onChange: (v: string | null) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const url = useUrl();
  const [q, setQ] = useState("");
  const [cari] = useDebouncedValue(q, 300);
  const r = useQuery({
    queryKey: [...KUNCI, "pegawai", cari],
    queryFn: () =>
      api<Halaman<{ id: string; nama: string; unitNama: string | null }>>(url("/komunitas/pegawai"), {
        query: { q: cari, pageSize: 30 },
      }),
  });
  return (
    <Select
      label={t("komunitas.pendampingan.pegawai")}
      searchable
      required
      searchValue={q}
      onSearchChange={setQ}
      {...props}
      filter={({ options }) => options}
      nothingFoundMessage={t("umum.tidakAda")}
      data={(r.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.nama}${p.unitNama ? ` — ${p.unitNama}` : ""}`,
      }))}
    />
  );
}

export function FormSesi({ awal, onSelesai }: { awal?: Sesi; onSelesai: () => void }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const wajib = useWajib();
  const form = useForm<NilaiSesi>({
    initialValues: {
      pegawaiId: null,
      jenis: awal?.jenis ?? "mentoring",
      tanggal: awal?.tanggal ?? hariIni(),
      topik: awal?.topik ?? "",
      tindakan: awal?.tindakan ?? "",
      tindakLanjut: awal?.tindakLanjut ?? "",
      tanggalTindakLanjut: awal?.tanggalTindakLanjut ?? "",
      catatan: awal?.catatan ?? "",
    },
    validate: {
      pegawaiId: (v) => (awal ? null : wajib(v)),
      tanggal: wajib,
      topik: wajib,
    },
  });
  return (
    <KartuForm
      judul={awal ? awal.topik : t("komunitas.pendampingan.catatBaru")}
      form={form}
      labelKirim={t("komunitas.simpan")}
      kirim={({ pegawaiId, ...v }) => {
        const isi = { ...v, tanggalTindakLanjut: v.tanggalTindakLanjut || null };
        return awal
          ? api(url(`/pendampingan/${awal.id}`), { method: "PATCH", body: isi })
          : api(url("/pendampingan"), { method: "POST", body: { ...isi, pegawaiId } });
      }}
      onBerhasil={() => {
        qc.invalidateQueries({ queryKey: KUNCI });
        beritahuBerhasil(t("komunitas.tersimpan"));
        onSelesai();
      }}
      aksi={<TombolBatal onClick={onSelesai} />}
    >
      {!awal && <PilihPegawai {...form.getInputProps("pegawaiId")} />}
      <Group grow wrap="wrap">
        <Select
          label={t("komunitas.pendampingan.jenis")}
          allowDeselect={false}
          data={["mentoring", "coaching", "konseling"].map((j) => ({
            value: j,
            label: t(`komunitas.pendampingan.jenisNama.${j}`),
          }))}
          {...form.getInputProps("jenis")}
        />
        <InputTanggal
          label={t("komunitas.tanggal")}
          required
          {...form.getInputProps("tanggal")}
          value={form.values.tanggal}
        />
      </Group>
      {form.values.jenis === "konseling" && (
        <Alert color="grape">{t("komunitas.pendampingan.konselingPrivasi")}</Alert>
      )}
      <TextInput
        label={t("komunitas.pendampingan.topik")}
        maxLength={300}
        required
        {...form.getInputProps("topik")}
      />
      <Textarea
        label={t("komunitas.pendampingan.tindakan")}
        maxLength={5000}
        autosize
        minRows={2}
        {...form.getInputProps("tindakan")}
      />
      <Textarea
        label={t("komunitas.pendampingan.tindakLanjut")}
        maxLength={5000}
        autosize
        minRows={2}
        {...form.getInputProps("tindakLanjut")}
      />
      <InputTanggal
        label={t("komunitas.pendampingan.tanggalTindakLanjut")}
        {...form.getInputProps("tanggalTindakLanjut")}
        value={form.values.tanggalTindakLanjut}
      />
      <Textarea
        label={t("komunitas.pendampingan.catatan")}
        description={t("komunitas.pendampingan.catatanPetunjuk")}
        maxLength={10000}
        autosize
        minRows={3}
        {...form.getInputProps("catatan")}
      />
    </KartuForm>
  );
}
