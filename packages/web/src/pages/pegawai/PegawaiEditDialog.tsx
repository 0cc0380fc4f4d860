import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { GOLONGAN_PNS, GOLONGAN_PPPK, JENIS_JABATAN } from "@nurani/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci, useUnitList } from "../../api/hooks.ts";
import { isi, type Kiriman, klien } from "../../api/klien.ts";
import type { JenisJabatan, Pegawai } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type UbahPegawai = Kiriman<"/api/instansi/{instansiId}/pegawai/{id}", "patch">;

const GOLONGAN = [...GOLONGAN_PNS.map((g) => g.golongan), ...GOLONGAN_PPPK];

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
  const [nama, setNama] = useState(pegawai.nama);
  const [unitId, setUnitId] = useState<string | null>(pegawai.unitId);
  const [jabatan, setJabatan] = useState(pegawai.jabatan ?? "");
  const [jenisJabatan, setJenisJabatan] = useState<string | null>(pegawai.jenisJabatan);
  const [golongan, setGolongan] = useState<string | null>(pegawai.golongan);
  const [email, setEmail] = useState(pegawai.email ?? "");
  const [telepon, setTelepon] = useState(pegawai.telepon ?? "");

  const simpan = useMutation({
    mutationFn: () => {
      // send only what changed: the audit log then records exactly the edit
      const ubah: UbahPegawai = {};
      const kosongJadiNull = (s: string) => (s.trim() === "" ? null : s.trim());
      if (nama.trim() !== pegawai.nama) ubah.nama = nama.trim();
      if (unitId !== pegawai.unitId) ubah.unitId = unitId;
      if (kosongJadiNull(jabatan) !== pegawai.jabatan) ubah.jabatan = kosongJadiNull(jabatan);
      if (jenisJabatan !== pegawai.jenisJabatan) ubah.jenisJabatan = jenisJabatan as JenisJabatan | null;
      if (golongan !== pegawai.golongan) ubah.golongan = golongan;
      if (kosongJadiNull(email) !== pegawai.email) ubah.email = kosongJadiNull(email);
      if (kosongJadiNull(telepon) !== pegawai.telepon) ubah.telepon = kosongJadiNull(telepon);
      return isi(
        klien.PATCH("/api/instansi/{instansiId}/pegawai/{id}", {
          params: { path: { instansiId, id: pegawai.id } },
          body: ubah,
        }),
      );
    },
    onSuccess: async () => {
      beritahuBerhasil(t("pegawai.berhasilUbah"));
      await qc.invalidateQueries({ queryKey: kunci.pegawai(instansiId) });
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
      title={t("pegawai.ubahJudul", { nama: pegawai.nama })}
      size="lg"
      centered
    >
      <form onSubmit={kirim} noValidate>
        <Stack>
          <TextInput
            label={t("pegawai.nama")}
            required
            value={nama}
            onChange={(e) => setNama(e.currentTarget.value)}
          />
          <Select
            label={t("pegawai.unit")}
            searchable
            value={unitId}
            onChange={setUnitId}
            data={(units.data ?? [])
              .filter((u) => u.aktif || u.id === pegawai.unitId)
              .map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
            nothingFoundMessage={t("umum.tidakAda")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("pegawai.jabatan")}
              value={jabatan}
              onChange={(e) => setJabatan(e.currentTarget.value)}
            />
            <Select
              label={t("pegawai.jenisJabatan")}
              value={jenisJabatan}
              onChange={setJenisJabatan}
              data={JENIS_JABATAN.map((j) => ({ value: j, label: t(`jenisJabatan.${j}`) }))}
            />
            <Select
              label={t("pegawai.golongan")}
              searchable
              allowDeselect={false}
              value={golongan}
              onChange={setGolongan}
              data={GOLONGAN}
            />
            <TextInput
              label={t("pegawai.email")}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <TextInput
              label={t("pegawai.telepon")}
              type="tel"
              value={telepon}
              onChange={(e) => setTelepon(e.currentTarget.value)}
            />
          </SimpleGrid>
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
