/**
 * Create a campaign (kampanye = undefined) or edit one (docs/asesmen.md
 * "Web"); once active only its name and closing time can change.
 */
import {
  Alert,
  Checkbox,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useUnitList } from "../../api/hooks.ts";
import { useSession } from "../../auth/session.tsx";
import { InputWaktu } from "../../components/InputTanggal.tsx";
import { DialogForm } from "../../components/kit/index.ts";
import { navigate } from "../../lib/router.ts";
import type { FormulirTerbit, Kampanye, Populasi, Tujuan } from "./api.ts";
import { kunciKampanye } from "./kampanye-umum.tsx";

interface NilaiKampanye {
  nama: string;
  tujuan: Tujuan;
  formulirId: string | null;
  jenis: Populasi["jenis"];
  unitIds: string[];
  subUnit: boolean;
  /** instants (ISO); the inputs show and read them in the agency's zone */
  dibuka: string;
  ditutup: string;
  batasMenit: number | string;
  teksPersetujuan: string;
  /** A pilot: calibration only, no individual result (docs/norma-batas.md). */
  ujiCoba: boolean;
}

function nilaiAwal(k?: Kampanye): NilaiKampanye {
  return {
    nama: k?.nama ?? "",
    tujuan: k?.tujuan ?? "awal",
    formulirId: k?.formulirId ?? "NAS-1-A",
    jenis: k?.populasi.jenis === "daftar" ? "semua" : (k?.populasi.jenis ?? "semua"),
    unitIds: k?.populasi.jenis === "unit" ? k.populasi.unitIds : [],
    subUnit: k?.populasi.jenis === "unit" ? k.populasi.subUnit : true,
    dibuka: k?.dibuka ?? new Date().toISOString(),
    ditutup: k?.ditutup ?? new Date(Date.now() + 14 * 86_400_000).toISOString(),
    batasMenit: k?.batasMenit ?? "",
    teksPersetujuan: k?.teksPersetujuan ?? "",
    ujiCoba: k?.ujiCoba ?? false,
  };
}

export function KampanyeDialog({ kampanye, onTutup }: { kampanye?: Kampanye; onTutup: () => void }) {
  const { t, i18n } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const units = useUnitList(instansi.id);
  const formulir = useQuery({
    queryKey: ["instansi", instansi.id, "asesmen", "formulir"],
    queryFn: () => api<FormulirTerbit[]>(`/api/instansi/${instansi.id}/asesmen/formulir`),
  });
  const aktif = kampanye?.status === "aktif";
  const form = useForm<NilaiKampanye>({
    initialValues: nilaiAwal(kampanye),
    validate: { nama: (v) => (v.trim() ? null : t("umum.wajibDiisi")) },
  });
  const v = form.values;

  function kirim(n: NilaiKampanye) {
    const url = `/api/instansi/${instansi.id}/asesmen/kampanye`;
    if (kampanye && aktif) {
      return api<Kampanye>(`${url}/${kampanye.id}`, {
        method: "PATCH",
        body: { nama: n.nama, ditutup: n.ditutup },
      });
    }
    const populasi: Populasi =
      n.jenis === "unit" ? { jenis: "unit", unitIds: n.unitIds, subUnit: n.subUnit } : { jenis: "semua" };
    const body = {
      nama: n.nama,
      tujuan: n.tujuan,
      formulirId: n.formulirId,
      populasi: kampanye?.populasi.jenis === "daftar" && n.jenis === "semua" ? kampanye.populasi : populasi,
      dibuka: n.dibuka,
      ditutup: n.ditutup,
      batasMenit: n.batasMenit === "" ? null : Number(n.batasMenit),
      teksPersetujuan: n.teksPersetujuan.trim() || null,
      ujiCoba: n.ujiCoba,
    };
    return kampanye
      ? api<Kampanye>(`${url}/${kampanye.id}`, { method: "PATCH", body })
      : api<Kampanye>(url, { method: "POST", body });
  }

  return (
    <DialogForm
      judul={kampanye ? t("asesmen.ubah") : t("asesmen.buat")}
      form={form}
      kirim={kirim}
      onBerhasil={(k) => {
        qc.invalidateQueries({ queryKey: kunciKampanye(instansi.id) });
        onTutup();
        if (!kampanye) navigate(`/asesmen/${k.id}`);
      }}
      onTutup={onTutup}
      ukuran="lg"
    >
      {aktif && <Alert color="blue">{t("asesmen.ubahAktif")}</Alert>}
      <TextInput label={t("asesmen.nama")} required maxLength={200} {...form.getInputProps("nama")} />
      <SegmentedControl
        disabled={aktif}
        aria-label={t("asesmen.tujuan")}
        {...form.getInputProps("tujuan")}
        data={(["awal", "berkala", "akhir"] as const).map((x) => ({
          value: x,
          label: t(`asesmen.tujuanNilai.${x}`),
        }))}
      />
      <Select
        label={t("asesmen.formulir")}
        disabled={aktif}
        required
        {...form.getInputProps("formulirId")}
        data={(formulir.data ?? []).map((f) => ({
          value: f.id,
          label: `${f.id} — ${i18n.language === "en" ? f.nama.en : f.nama.id} (${t("asesmen.nBlok", { n: f.jumlahBlok })})`,
        }))}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t("asesmen.populasi")}
        </Text>
        <SegmentedControl
          disabled={aktif}
          aria-label={t("asesmen.populasi")}
          {...form.getInputProps("jenis")}
          value={v.jenis === "daftar" ? "semua" : v.jenis}
          data={[
            { value: "semua", label: t("asesmen.populasiSemua") },
            { value: "unit", label: t("asesmen.populasiUnit") },
          ]}
        />
        {kampanye?.populasi.jenis === "daftar" && (
          <Text size="xs" c="dimmed">
            {t("asesmen.populasiDaftar", { n: kampanye.populasi.pegawaiIds.length })}
          </Text>
        )}
        {v.jenis === "unit" && (
          <>
            <MultiSelect
              label={t("asesmen.pilihUnit")}
              disabled={aktif}
              searchable
              {...form.getInputProps("unitIds")}
              data={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
            />
            <Checkbox
              disabled={aktif}
              label={t("asesmen.termasukSubUnit")}
              {...form.getInputProps("subUnit", { type: "checkbox" })}
            />
          </>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <InputWaktu
          label={t("asesmen.dibuka")}
          disabled={aktif}
          required
          value={v.dibuka}
          onChange={(x) => form.setFieldValue("dibuka", x)}
          error={form.errors.dibuka}
        />
        <InputWaktu
          label={t("asesmen.ditutup")}
          required
          value={v.ditutup}
          onChange={(x) => form.setFieldValue("ditutup", x)}
          error={form.errors.ditutup}
        />
      </SimpleGrid>
      <NumberInput
        label={t("asesmen.batasMenit")}
        description={t("asesmen.batasMenitKet")}
        disabled={aktif}
        min={5}
        max={600}
        {...form.getInputProps("batasMenit")}
      />
      <Textarea
        label={t("asesmen.persetujuan")}
        description={t("asesmen.persetujuanKet")}
        disabled={aktif}
        autosize
        minRows={3}
        maxLength={5000}
        {...form.getInputProps("teksPersetujuan")}
      />
      <Checkbox
        label={t("asesmen.ujiCoba")}
        description={t("asesmen.ujiCobaKet")}
        disabled={aktif}
        {...form.getInputProps("ujiCoba", { type: "checkbox" })}
      />
    </DialogForm>
  );
}
