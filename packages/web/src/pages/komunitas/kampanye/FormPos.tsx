/** A campaign post (Tabel 4 no. 1): kind, audience (whole agency or units), title and text; new or edited. */
import { Checkbox, Group, MultiSelect, Select, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { useUnitList } from "../../../api/hooks.ts";
import { jumlahKarakter } from "../../../components/JumlahKarakter.ts";
import { KartuForm } from "../../../components/kit/index.ts";
import { beritahuBerhasil } from "../../../lib/notifikasi.ts";
import { TombolBatal, useInstansi, useUrl, useWajib } from "../bersama.tsx";
import { JENIS, KUNCI, type Pos } from "./tipe.ts";

export interface NilaiPos {
  jenis: string;
  judul: string;
  isi: string;
  sasaran: string;
  unitIds: string[];
  subUnit: boolean;
}

export function FormPos({ awal, onSelesai }: { awal?: Pos; onSelesai: () => void }) {
  const { t } = useTranslation();
  const url = useUrl();
  const { id } = useInstansi();
  const units = useUnitList(id);
  const qc = useQueryClient();
  const wajib = useWajib();
  const form = useForm<NilaiPos>({
    initialValues: {
      jenis: awal?.jenis ?? "pengumuman",
      judul: awal?.judul ?? "",
      isi: awal?.isi ?? "",
      sasaran: awal?.sasaran ?? "instansi",
      unitIds: awal?.unitIds ?? [],
      subUnit: awal?.subUnit ?? true,
    },
    validate: { judul: wajib, isi: wajib },
  });
  return (
    <KartuForm
      judul={awal ? awal.judul : t("komunitas.kampanye.baru")}
      form={form}
      labelKirim={awal ? t("komunitas.simpan") : t("komunitas.kampanye.terbitkan")}
      kirim={(v) => {
        const body = { ...v, unitIds: v.sasaran === "unit" ? v.unitIds : [] };
        return awal
          ? api(url(`/kampanye/${awal.id}`), { method: "PATCH", body })
          : api(url("/kampanye"), { method: "POST", body });
      }}
      onBerhasil={() => {
        qc.invalidateQueries({ queryKey: KUNCI });
        beritahuBerhasil(t("komunitas.kampanye.terbit"));
        onSelesai();
      }}
      aksi={<TombolBatal onClick={onSelesai} />}
    >
      <Group grow wrap="wrap">
        <Select
          label={t("komunitas.kampanye.jenisLabel")}
          allowDeselect={false}
          data={JENIS.map((j) => ({ value: j, label: t(`komunitas.kampanye.jenis.${j}`) }))}
          {...form.getInputProps("jenis")}
        />
        <Select
          label={t("komunitas.kampanye.sasaran")}
          allowDeselect={false}
          data={[
            { value: "instansi", label: t("komunitas.kampanye.sasaranInstansi") },
            { value: "unit", label: t("komunitas.kampanye.sasaranUnit") },
          ]}
          {...form.getInputProps("sasaran")}
        />
      </Group>
      {form.values.sasaran === "unit" && (
        <>
          <MultiSelect
            label={t("komunitas.kampanye.unit")}
            searchable
            data={(units.data ?? [])
              .filter((u) => u.aktif !== false)
              .map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
            {...form.getInputProps("unitIds")}
          />
          <Checkbox
            label={t("komunitas.kampanye.subUnit")}
            {...form.getInputProps("subUnit", { type: "checkbox" })}
          />
        </>
      )}
      <TextInput
        label={t("komunitas.kampanye.judulPos")}
        description={jumlahKarakter(t, form.values.judul, 200)}
        maxLength={200}
        required
        {...form.getInputProps("judul")}
      />
      <Textarea
        label={t("komunitas.kampanye.isi")}
        description={t("komunitas.markdownPetunjuk")}
        maxLength={20000}
        autosize
        minRows={5}
        required
        {...form.getInputProps("isi")}
      />
    </KartuForm>
  );
}
