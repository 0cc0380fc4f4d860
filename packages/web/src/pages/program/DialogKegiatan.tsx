/** Planning an activity in the implementation calendar (Tabel 4). */
import { Group, MultiSelect, Select, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { KEGIATAN_UTAMA, KODE_KEGIATAN_UTAMA, LEVEL_KEMATANGAN, tingkatKematangan } from "@nurani/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useUnitList } from "../../api/hooks.ts";
import { useSession } from "../../auth/session.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { DialogForm } from "../../components/kit/index.ts";
import { dasar, type Kegiatan, kunciProgram } from "./api.ts";
import { GalatProgram, PilihPegawaiTunggal } from "./Komponen.tsx";

interface NilaiKegiatan {
  kegiatanUtama: string;
  subtahap: string | null;
  judul: string;
  uraian: string;
  sasaranUnit: string[];
  rencanaMulai: string;
  rencanaSelesai: string;
  pj: string | null;
}

export function DialogKegiatan({ siklusId, onTutup }: { siklusId: string; onTutup: () => void }) {
  const { t, i18n } = useTranslation();
  const b = i18n.language === "en" ? "en" : "id";
  const { instansi } = useSession();
  const units = useUnitList(instansi.id);
  const hp = useMediaQuery("(max-width: 48em)");
  const qc = useQueryClient();
  const form = useForm<NilaiKegiatan>({
    initialValues: {
      kegiatanUtama: "kampanye",
      subtahap: "1",
      judul: "",
      uraian: "",
      sasaranUnit: [],
      rencanaMulai: "",
      rencanaSelesai: "",
      pj: null,
    },
    validate: {
      judul: (v) => (v.trim() ? null : t("program.wajibDiisi")),
      rencanaMulai: (v) => (v ? null : t("program.wajibDiisi")),
      rencanaSelesai: (v, f) =>
        !v
          ? t("program.wajibDiisi")
          : f.rencanaMulai && v < f.rencanaMulai
            ? t("program.kalender.selesaiSebelumMulai")
            : null,
      subtahap: (v, f) => (f.kegiatanUtama !== "pemantauan_evaluasi" && !v ? t("program.wajibDiisi") : null),
    },
  });
  const f = form.values;
  return (
    <DialogForm
      judul={t("program.kalender.tambah")}
      form={form}
      ukuran="lg"
      layarPenuh={hp}
      kirim={(v) =>
        api<Kegiatan>(`${dasar(instansi.id)}/siklus/${siklusId}/kegiatan`, {
          method: "POST",
          body: {
            kegiatanUtama: v.kegiatanUtama,
            subtahap: v.subtahap ? Number(v.subtahap) : null,
            judul: v.judul,
            uraian: v.uraian || null,
            sasaranUnit: v.sasaranUnit,
            rencanaMulai: v.rencanaMulai,
            rencanaSelesai: v.rencanaSelesai,
            penanggungJawabPegawaiId: v.pj,
          },
        })
      }
      onBerhasil={async () => {
        await qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, siklusId) });
        onTutup();
      }}
      onTutup={onTutup}
      tampilGalat={(galat) => <GalatProgram error={galat} />}
    >
      <Select
        label={t("program.kegiatanUtama")}
        withAsterisk
        value={f.kegiatanUtama}
        data={KODE_KEGIATAN_UTAMA.map((k) => ({
          value: k,
          label: KEGIATAN_UTAMA.find((x) => x.kode === k)?.nama[b] ?? k,
        }))}
        onChange={(v) => {
          if (!v) return;
          form.setFieldValue("kegiatanUtama", v);
          form.setFieldValue("subtahap", v === "pemantauan_evaluasi" ? null : (f.subtahap ?? "1"));
        }}
      />
      <Select
        label={t("program.subtahap")}
        description={t("program.kalender.subtahapPetunjuk")}
        clearable={f.kegiatanUtama === "pemantauan_evaluasi"}
        data={LEVEL_KEMATANGAN.map((l) => ({
          value: String(l),
          label: `${l}. ${tingkatKematangan(l).nama[b]}`,
        }))}
        {...form.getInputProps("subtahap")}
      />
      <TextInput
        label={t("program.judulKegiatan")}
        withAsterisk
        maxLength={300}
        {...form.getInputProps("judul")}
      />
      <Textarea
        label={t("program.uraian")}
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps("uraian")}
      />
      <MultiSelect
        label={t("program.sasaran")}
        description={t("program.sasaranPetunjuk")}
        searchable
        data={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
        {...form.getInputProps("sasaranUnit")}
      />
      <Group grow wrap="wrap">
        <InputTanggal
          label={t("program.jadwalMulai")}
          withAsterisk
          {...form.getInputProps("rencanaMulai")}
          value={form.getInputProps("rencanaMulai").value as string}
        />
        <InputTanggal
          label={t("program.jadwalSelesai")}
          withAsterisk
          minDate={f.rencanaMulai}
          {...form.getInputProps("rencanaSelesai")}
          value={form.getInputProps("rencanaSelesai").value as string}
        />
      </Group>
      <PilihPegawaiTunggal
        label={t("program.penanggungJawab")}
        nilai={f.pj}
        onChange={(pj) => form.setFieldValue("pj", pj)}
      />
    </DialogForm>
  );
}
