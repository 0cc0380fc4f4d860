import { Button, Checkbox, Group, Modal, PasswordInput, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { PERAN } from "@nurani/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { kunci } from "../../api/hooks.ts";
import type { Pengguna, Peran } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

/** The national evaluator role is granted by the Ministry, not by an agency admin. */
const PERAN_INSTANSI = PERAN.filter((p) => p !== "evaluator_nasional");

/** Create a user (pengguna = null) or edit the roles of an existing one. */
export function PenggunaDialog({
  instansiId,
  pengguna,
  onTutup,
  onPasswordSementara,
}: {
  instansiId: string;
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

  const simpan = useMutation({
    mutationFn: async () => {
      if (pengguna) {
        await api(`${url}/${pengguna.id}/peran`, { method: "PUT", body: { peran } });
        return null;
      }
      return api<{ passwordSementara?: string } | undefined>(url, {
        method: "POST",
        body: { username: username.trim(), nama: nama.trim(), peran, ...(password ? { password } : {}) },
      });
    },
    onSuccess: async (r) => {
      beritahuBerhasil(t(pengguna ? "pengguna.berhasilPeran" : "pengguna.berhasilBuat"));
      await qc.invalidateQueries({ queryKey: kunci.pengguna(instansiId) });
      if (r?.passwordSementara) onPasswordSementara(username.trim(), r.passwordSementara);
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
