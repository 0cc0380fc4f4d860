/** The unit tree's actions: add, rename and move in a dialog form; close after a confirmation. */
import { Select, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import type { UnitKerja } from "../../api/types.ts";
import { DialogForm, konfirmasi } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { keturunan } from "./pohon.ts";

export type AksiUnit =
  | { jenis: "tambah"; induk: UnitKerja | null }
  | { jenis: "ubahNama"; unit: UnitKerja }
  | { jenis: "pindah"; unit: UnitKerja }
  | { jenis: "tutup"; unit: UnitKerja };

type AksiDialog = Exclude<AksiUnit, { jenis: "tutup" }>;

const AKAR = "__akar__";
const UNIT = "/api/instansi/{instansiId}/unit/{id}";

/** After a change: say so, and read the tree again. */
function useSelesai(instansiId: string, jenis: AksiUnit["jenis"]) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return async () => {
    beritahuBerhasil(t(`unit.berhasil.${jenis}`));
    await qc.invalidateQueries({ queryKey: kunci.unit(instansiId) });
  };
}

/** Closing a unit: asks first; a refusal (active employees or sub-units) is shown in the confirmation. */
export function useTutupUnit(instansiId: string) {
  const { t } = useTranslation();
  const selesai = useSelesai(instansiId, "tutup");
  return (unit: UnitKerja) =>
    konfirmasi({
      judul: t("unit.tutupJudul"),
      pesan: t("unit.tutupPesan", { nama: unit.nama }),
      labelYa: t("unit.tutup"),
      bahaya: true,
      aksi: async () => {
        await isi(
          klien.POST("/api/instansi/{instansiId}/unit/{id}/tutup", {
            params: { path: { instansiId, id: unit.id } },
          }),
        );
        await selesai();
      },
    });
}

interface DialogProps<A> {
  aksi: A;
  instansiId: string;
  onTutup: () => void;
}

/** The dialog of one unit action (server refusals such as a cycle are shown inside it). */
export function UnitDialog({ aksi, units, ...p }: DialogProps<AksiDialog> & { units: UnitKerja[] }) {
  if (aksi.jenis === "tambah") return <DialogTambah aksi={aksi} {...p} />;
  if (aksi.jenis === "ubahNama") return <DialogUbahNama aksi={aksi} {...p} />;
  return <DialogPindah aksi={aksi} units={units} {...p} />;
}

function DialogTambah({ aksi, instansiId, onTutup }: DialogProps<Extract<AksiUnit, { jenis: "tambah" }>>) {
  const { t } = useTranslation();
  const selesai = useSelesai(instansiId, "tambah");
  const eselonAnak = aksi.induk?.eselon ? String(Math.min(4, aksi.induk.eselon + 1)) : null;
  const form = useForm({ initialValues: { kode: "", nama: "", eselon: eselonAnak as string | null } });
  return (
    <DialogForm
      judul={aksi.induk ? t("unit.tambahSubJudul", { nama: aksi.induk.nama }) : t("unit.tambahAkar")}
      form={form}
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/unit", {
            params: { path: { instansiId } },
            body: {
              kode: v.kode.trim(),
              nama: v.nama.trim(),
              eselon: v.eselon ? Number(v.eselon) : null,
              ...(aksi.induk ? { indukId: aksi.induk.id } : {}),
            },
          }),
        )
      }
      onBerhasil={async () => {
        await selesai();
        onTutup();
      }}
      onTutup={onTutup}
    >
      <TextInput label={t("unit.kode")} required {...form.getInputProps("kode")} />
      <TextInput label={t("unit.nama")} required {...form.getInputProps("nama")} />
      <Select
        label={t("unit.eselon")}
        placeholder={t("unit.nonEselon")}
        clearable
        data={[1, 2, 3, 4].map((n) => ({
          value: String(n),
          label: t("unit.eselonN", { n: ["", "I", "II", "III", "IV"][n] }),
        }))}
        {...form.getInputProps("eselon")}
      />
    </DialogForm>
  );
}

function DialogUbahNama({
  aksi,
  instansiId,
  onTutup,
}: DialogProps<Extract<AksiUnit, { jenis: "ubahNama" }>>) {
  const { t } = useTranslation();
  const selesai = useSelesai(instansiId, "ubahNama");
  const form = useForm({ initialValues: { nama: aksi.unit.nama } });
  return (
    <DialogForm
      judul={t("unit.ubahNamaJudul")}
      form={form}
      kirim={(v) =>
        isi(
          klien.PATCH(UNIT, {
            params: { path: { instansiId, id: aksi.unit.id } },
            body: { nama: v.nama.trim() },
          }),
        )
      }
      onBerhasil={async () => {
        await selesai();
        onTutup();
      }}
      onTutup={onTutup}
    >
      <TextInput label={t("unit.namaBaru")} required data-autofocus {...form.getInputProps("nama")} />
    </DialogForm>
  );
}

function DialogPindah({
  aksi,
  units,
  instansiId,
  onTutup,
}: DialogProps<Extract<AksiUnit, { jenis: "pindah" }>> & { units: UnitKerja[] }) {
  const { t } = useTranslation();
  const selesai = useSelesai(instansiId, "pindah");
  const form = useForm({ initialValues: { indukId: aksi.unit.indukId ?? AKAR } });
  const pilihanInduk = useMemo(() => {
    const terlarang = keturunan(units, aksi.unit.id);
    return [
      { value: AKAR, label: t("unit.tingkatTeratas") },
      ...units
        .filter((u) => u.aktif && !terlarang.has(u.id))
        .sort((a, b) => a.kode.localeCompare(b.kode, "id", { numeric: true }))
        .map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` })),
    ];
  }, [aksi, units, t]);
  return (
    <DialogForm
      judul={t("unit.pindahJudul", { nama: aksi.unit.nama })}
      form={form}
      kirim={(v) =>
        isi(
          klien.PATCH(UNIT, {
            params: { path: { instansiId, id: aksi.unit.id } },
            body: { indukId: v.indukId === AKAR ? null : v.indukId },
          }),
        )
      }
      onBerhasil={async () => {
        await selesai();
        onTutup();
      }}
      onTutup={onTutup}
    >
      <Text size="sm">{t("unit.pindahPetunjuk")}</Text>
      <Select
        label={t("unit.indukBaru")}
        searchable
        data={pilihanInduk}
        allowDeselect={false}
        nothingFoundMessage={t("umum.tidakAda")}
        {...form.getInputProps("indukId")}
      />
    </DialogForm>
  );
}
