import { Checkbox, PasswordInput, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { PERAN } from "@nurani/domain";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import type { Pengguna, Peran } from "../../api/types.ts";
import { DialogForm } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

/** The national evaluator role is granted by the Ministry, not by an agency admin. */
const PERAN_INSTANSI = PERAN.filter((p) => p !== "evaluator_nasional");

/** Employees without an account whose name or NIP matches what the admin typed. */
function usePilihanPegawai(instansiId: string, cari: string) {
  const [tunda] = useDebouncedValue(cari.trim(), 250);
  return useQuery({
    queryKey: [...kunci.pegawai(instansiId), "pilih-akun", tunda],
    queryFn: ({ signal }) =>
      isi(
        klien.GET("/api/instansi/{instansiId}/pegawai", {
          params: { path: { instansiId }, query: { q: tunda, aktif: "true", pageSize: 20 } },
          signal,
        }),
      ),
    enabled: tunda.length >= 2,
    placeholderData: keepPreviousData,
  });
}

interface NilaiPengguna {
  username: string;
  nama: string;
  password: string;
  peran: string[];
  pegawaiId: string | null;
}

/**
 * Create a user (pengguna = null) or edit the roles of an existing one. The
 * username gets the agency's suffix `@<kode>` on the server (docs/server.md "Accounts").
 */
export function PenggunaDialog({
  instansiId,
  instansiKode,
  pengguna,
  onTutup,
  onPasswordSementara,
}: {
  instansiId: string;
  instansiKode: string;
  pengguna: Pengguna | null;
  onTutup: () => void;
  onPasswordSementara: (username: string, password: string) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<NilaiPengguna>({
    initialValues: {
      username: "",
      nama: "",
      password: "",
      peran: pengguna?.peran ?? ["pegawai"],
      pegawaiId: null,
    },
  });
  const [cariPegawai, setCariPegawai] = useState("");
  const pilihan = usePilihanPegawai(instansiId, cariPegawai);
  const akhiran = `@${instansiKode.toLowerCase()}`;
  const namaDepan = form.values.username.trim().toLowerCase().replace(/@.*$/, "") || "nama";

  async function kirim(v: NilaiPengguna) {
    const peran = v.peran as Peran[];
    if (pengguna) {
      await isi(
        klien.PUT("/api/instansi/{instansiId}/pengguna/{id}/peran", {
          params: { path: { instansiId, id: pengguna.id } },
          body: { peran },
        }),
      );
      return null;
    }
    return isi(
      klien.POST("/api/instansi/{instansiId}/pengguna", {
        params: { path: { instansiId } },
        body: {
          username: v.username.trim(),
          nama: v.nama.trim(),
          peran,
          ...(v.pegawaiId ? { pegawaiId: v.pegawaiId } : {}),
          ...(v.password ? { password: v.password } : {}),
        },
      }),
    );
  }

  return (
    <DialogForm
      judul={pengguna ? t("pengguna.peranJudul", { nama: pengguna.nama }) : t("pengguna.tambah")}
      form={form}
      kirim={kirim}
      onBerhasil={async (r) => {
        beritahuBerhasil(t(pengguna ? "pengguna.berhasilPeran" : "pengguna.berhasilBuat"));
        await qc.invalidateQueries({ queryKey: kunci.pengguna(instansiId) });
        if (r?.passwordSementara) onPasswordSementara(r.username, r.passwordSementara);
        onTutup();
      }}
      onTutup={onTutup}
      ukuran="lg"
    >
      {!pengguna && (
        <>
          <TextInput
            label={t("pengguna.username")}
            description={t("pengguna.usernamePetunjuk", {
              contoh: namaDepan + akhiran,
              kode: instansiKode.toLowerCase(),
            })}
            required
            autoComplete="off"
            {...form.getInputProps("username")}
          />
          <TextInput label={t("pengguna.nama")} required {...form.getInputProps("nama")} />
          <Select
            label={t("pengguna.pegawai")}
            description={t("pengguna.pegawaiPetunjuk")}
            placeholder={t("pengguna.pegawaiCari")}
            searchable
            clearable
            {...form.getInputProps("pegawaiId")}
            onChange={(v, o) => {
              form.setFieldValue("pegawaiId", v);
              if (v && o && !form.values.nama.trim())
                form.setFieldValue("nama", o.label.replace(/ \(\d+\)$/, ""));
            }}
            searchValue={cariPegawai}
            onSearchChange={setCariPegawai}
            filter={({ options }) => options}
            data={(pilihan.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.nama} (${p.nip})`,
            }))}
            nothingFoundMessage={cariPegawai.trim().length >= 2 ? t("pengguna.pegawaiKosong") : undefined}
            comboboxProps={{ withinPortal: true }}
          />
          <PasswordInput
            label={t("pengguna.passwordAwal")}
            description={t("pengguna.passwordAwalPetunjuk")}
            autoComplete="new-password"
            {...form.getInputProps("password")}
          />
        </>
      )}
      <Checkbox.Group label={t("pengguna.peran")} required {...form.getInputProps("peran")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          {PERAN_INSTANSI.map((p: Peran) => (
            <Checkbox key={p} value={p} label={t(`peran.${p}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </DialogForm>
  );
}
