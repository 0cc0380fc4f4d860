import { Select, SimpleGrid, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { GOLONGAN_PNS, GOLONGAN_PPPK, JENIS_JABATAN } from "@nurani/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci, useUnitList } from "../../api/hooks.ts";
import { isi, type Kiriman, klien } from "../../api/klien.ts";
import type { JenisJabatan, Pegawai } from "../../api/types.ts";
import { DialogForm } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type UbahPegawai = Kiriman<"/api/instansi/{instansiId}/pegawai/{id}", "patch">;

const GOLONGAN = [...GOLONGAN_PNS.map((g) => g.golongan), ...GOLONGAN_PPPK];

const kosongJadiNull = (s: string) => (s.trim() === "" ? null : s.trim());

/** Only what changed: the audit log then records exactly the edit. */
function perubahan(p: Pegawai, v: ReturnType<typeof nilaiAwal>): UbahPegawai {
  const ubah: UbahPegawai = {};
  if (v.nama.trim() !== p.nama) ubah.nama = v.nama.trim();
  if (v.unitId !== p.unitId) ubah.unitId = v.unitId;
  if (kosongJadiNull(v.jabatan) !== p.jabatan) ubah.jabatan = kosongJadiNull(v.jabatan);
  if (v.jenisJabatan !== p.jenisJabatan) ubah.jenisJabatan = v.jenisJabatan as JenisJabatan | null;
  if (v.golongan !== p.golongan) ubah.golongan = v.golongan;
  if (kosongJadiNull(v.email) !== p.email) ubah.email = kosongJadiNull(v.email);
  if (kosongJadiNull(v.telepon) !== p.telepon) ubah.telepon = kosongJadiNull(v.telepon);
  return ubah;
}

const nilaiAwal = (p: Pegawai) => ({
  nama: p.nama,
  unitId: p.unitId,
  jabatan: p.jabatan ?? "",
  jenisJabatan: p.jenisJabatan as string | null,
  golongan: p.golongan,
  email: p.email ?? "",
  telepon: p.telepon ?? "",
});

export function PegawaiEditDialog({
  pegawai,
  instansiId,
  onTutup,
}: {
  pegawai: Pegawai;
  instansiId: string;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const units = useUnitList(instansiId);
  const form = useForm({ initialValues: nilaiAwal(pegawai) });

  return (
    <DialogForm
      judul={t("pegawai.ubahJudul", { nama: pegawai.nama })}
      ukuran="lg"
      form={form}
      kirim={(v) =>
        isi(
          klien.PATCH("/api/instansi/{instansiId}/pegawai/{id}", {
            params: { path: { instansiId, id: pegawai.id } },
            body: perubahan(pegawai, v),
          }),
        )
      }
      onBerhasil={async () => {
        beritahuBerhasil(t("pegawai.berhasilUbah"));
        await qc.invalidateQueries({ queryKey: kunci.pegawai(instansiId) });
        onTutup();
      }}
      onTutup={onTutup}
    >
      <TextInput label={t("pegawai.nama")} required {...form.getInputProps("nama")} />
      <Select
        label={t("pegawai.unit")}
        searchable
        data={(units.data ?? [])
          .filter((u) => u.aktif || u.id === pegawai.unitId)
          .map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
        nothingFoundMessage={t("umum.tidakAda")}
        {...form.getInputProps("unitId")}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t("pegawai.jabatan")} {...form.getInputProps("jabatan")} />
        <Select
          label={t("pegawai.jenisJabatan")}
          data={JENIS_JABATAN.map((j) => ({ value: j, label: t(`jenisJabatan.${j}`) }))}
          {...form.getInputProps("jenisJabatan")}
        />
        <Select
          label={t("pegawai.golongan")}
          searchable
          allowDeselect={false}
          data={GOLONGAN}
          {...form.getInputProps("golongan")}
        />
        <TextInput label={t("pegawai.email")} type="email" {...form.getInputProps("email")} />
        <TextInput label={t("pegawai.telepon")} type="tel" {...form.getInputProps("telepon")} />
      </SimpleGrid>
    </DialogForm>
  );
}
