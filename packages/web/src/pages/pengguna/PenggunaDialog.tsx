import {
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { PERAN } from "@nurani/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { kunci } from "../../api/hooks.ts";
import type { Halaman, Pegawai, Pengguna, Peran } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

/** The national evaluator role is granted by the Ministry, not by an agency admin. */
const PERAN_INSTANSI = PERAN.filter((p) => p !== "evaluator_nasional");

/** Employees without an account whose name or NIP matches what the admin typed. */
function usePilihanPegawai(instansiId: string, cari: string) {
  const [tunda] = useDebouncedValue(cari.trim(), 250);
  return useQuery({
    queryKey: [...kunci.pegawai(instansiId), "pilih-akun", tunda],
    queryFn: ({ signal }) =>
      api<Halaman<Pegawai>>(`/api/instansi/${instansiId}/pegawai`, {
        query: { q: tunda, aktif: "true", pageSize: 20 },
        signal,
      }),
    enabled: tunda.length >= 2,
    placeholderData: keepPreviousData,
  });
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
  const url = `/api/instansi/${instansiId}/pengguna`;
  const [username, setUsername] = useState("");
  const [nama, setNama] = useState("");
  const [password, setPassword] = useState("");
  const [peran, setPeran] = useState<string[]>(pengguna?.peran ?? ["pegawai"]);
  const [pegawaiId, setPegawaiId] = useState<string | null>(null);
  const [cariPegawai, setCariPegawai] = useState("");
  const pilihan = usePilihanPegawai(instansiId, cariPegawai);
  const akhiran = `@${instansiKode.toLowerCase()}`;
  const namaDepan = username.trim().toLowerCase().replace(/@.*$/, "") || "nama";

  const simpan = useMutation({
    mutationFn: async () => {
      if (pengguna) {
        await api(`${url}/${pengguna.id}/peran`, { method: "PUT", body: { peran } });
        return null;
      }
      return api<{ username: string; passwordSementara?: string | null }>(url, {
        method: "POST",
        body: {
          username: username.trim(),
          nama: nama.trim(),
          peran,
          ...(pegawaiId ? { pegawaiId } : {}),
          ...(password ? { password } : {}),
        },
      });
    },
    onSuccess: async (r) => {
      beritahuBerhasil(t(pengguna ? "pengguna.berhasilPeran" : "pengguna.berhasilBuat"));
      await qc.invalidateQueries({ queryKey: kunci.pengguna(instansiId) });
      if (r?.passwordSementara) onPasswordSementara(r.username, r.passwordSementara);
      onTutup();
    },
  });

  function kirim(e: FormEvent) {
    e.preventDefault();
    simpan.mutate();
  }

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
      opened
      onClose={onTutup}
      title={pengguna ? t("pengguna.peranJudul", { nama: pengguna.nama }) : t("pengguna.tambah")}
      size="lg"
      centered
    >
      <form onSubmit={kirim} noValidate>
        <Stack>
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
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
              />
              <TextInput
                label={t("pengguna.nama")}
                required
                value={nama}
                onChange={(e) => setNama(e.currentTarget.value)}
              />
              <Select
                label={t("pengguna.pegawai")}
                description={t("pengguna.pegawaiPetunjuk")}
                placeholder={t("pengguna.pegawaiCari")}
                searchable
                clearable
                value={pegawaiId}
                onChange={(v, o) => {
                  setPegawaiId(v);
                  if (v && o && !nama.trim()) setNama(o.label.replace(/ \(\d+\)$/, ""));
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
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
            </>
          )}
          <Checkbox.Group label={t("pengguna.peran")} value={peran} onChange={setPeran} required>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {PERAN_INSTANSI.map((p: Peran) => (
                <Checkbox key={p} value={p} label={t(`peran.${p}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <ErrorAlert error={simpan.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onTutup}>
              {t("umum.batal")}
            </Button>
            <Button type="submit" loading={simpan.isPending}>
              {t("umum.simpan")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
