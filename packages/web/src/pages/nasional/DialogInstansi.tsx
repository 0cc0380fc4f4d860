/** Register and edit an agency, and create its first admin with a printed one-time code (BAB IV). */
import { Alert, Button, Code, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { DialogForm } from "../../components/kit/index.ts";
import { type BarisDasbor, opsiJenis, opsiProvinsi } from "./api.ts";

interface NilaiInstansi {
  kode: string;
  nama: string;
  jenis: string;
  provinsi: string;
  kodeWilayah: string;
}

const PUSAT = [
  "kementerian",
  "lembaga_pemerintah_nonkementerian",
  "kesekretariatan_lembaga_negara",
  "kesekretariatan_lembaga_nonstruktural",
];

export function InstansiDialog({ baris, onTutup }: { baris?: BarisDasbor; onTutup: () => void }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<NilaiInstansi>({
    initialValues: {
      kode: baris?.kode ?? "",
      nama: baris?.nama ?? "",
      jenis: baris?.jenis ?? "",
      provinsi: baris?.provinsi ?? "",
      kodeWilayah: "",
    },
    validate: {
      kode: (v) => (v.trim() ? null : t("nasional.wajib")),
      nama: (v) => (v.trim() ? null : t("nasional.wajib")),
      jenis: (v) => (v ? null : t("nasional.wajib")),
      provinsi: (v, n) => (!PUSAT.includes(n.jenis) && n.jenis && !v ? t("nasional.provinsiWajib") : null),
    },
  });
  const pusat = PUSAT.includes(form.values.jenis);
  return (
    <DialogForm
      judul={baris ? t("nasional.ubahJudul", { nama: baris.nama }) : t("nasional.daftarkan")}
      form={form}
      onTutup={onTutup}
      labelKirim={baris ? t("umum.simpan") : t("nasional.daftarkan")}
      kirim={async (v) => {
        const body = {
          kode: v.kode,
          nama: v.nama,
          jenis: v.jenis,
          provinsi: pusat ? null : v.provinsi || null,
          ...(v.kodeWilayah.trim() ? { kodeWilayah: v.kodeWilayah.trim() } : {}),
        };
        return baris
          ? isi(
              klien.PATCH("/api/nasional/instansi/{id}", {
                params: { path: { id: baris.instansiId } },
                body,
              }),
            )
          : isi(klien.POST("/api/nasional/instansi", { body }));
      }}
      onBerhasil={async () => {
        await qc.invalidateQueries({ queryKey: ["nasional"] });
        await qc.invalidateQueries({ queryKey: ["semua-instansi"] });
        onTutup();
      }}
    >
      <TextInput
        label={t("nasional.kode")}
        description={t("nasional.kodePetunjuk")}
        required
        {...form.getInputProps("kode")}
      />
      <TextInput label={t("nasional.nama")} required {...form.getInputProps("nama")} />
      <Select
        label={t("nasional.jenis")}
        required
        data={opsiJenis(i18n.language)}
        {...form.getInputProps("jenis")}
      />
      {!pusat && form.values.jenis && (
        <>
          <Select
            label={form.values.jenis === "provinsi" ? t("nasional.provinsi") : t("nasional.provinsiInduk")}
            required
            searchable
            data={opsiProvinsi(i18n.language)}
            {...form.getInputProps("provinsi")}
          />
          <TextInput
            label={t("nasional.kodeWilayah")}
            description={t("nasional.kodeWilayahPetunjuk")}
            {...form.getInputProps("kodeWilayah")}
          />
        </>
      )}
    </DialogForm>
  );
}

interface NilaiAdmin {
  username: string;
  nama: string;
}

/** Creates the first admin; the code is shown once, to print and hand over (only its hash is kept). */
export function AdminPertamaDialog({ baris, onTutup }: { baris: BarisDasbor; onTutup: () => void }) {
  const { t } = useTranslation();
  const [kode, setKode] = useState<{ kode: string; username: string; kedaluwarsa: string } | null>(null);
  const form = useForm<NilaiAdmin>({
    initialValues: { username: "", nama: "" },
    validate: {
      username: (v) =>
        /^[a-z0-9][a-z0-9._@-]{2,63}$/.test(v.trim().toLowerCase()) ? null : t("nasional.usernameSalah"),
      nama: (v) => (v.trim() ? null : t("nasional.wajib")),
    },
  });
  if (kode)
    return (
      <Modal
        opened
        onClose={onTutup}
        title={t("nasional.kodeJudul")}
        centered
        closeButtonProps={{ "aria-label": t("umum.tutup") }}
      >
        <Stack>
          <Alert color="yellow">{t("nasional.kodeSekali")}</Alert>
          <Text size="sm">{t("nasional.kodeUntuk", { username: kode.username, instansi: baris.nama })}</Text>
          <Code block fz="xl" ta="center" data-testid="kode-aktivasi">
            {kode.kode}
          </Code>
          <Text size="sm">
            {t("nasional.kodeCara", {
              url: `${window.location.origin}/aktivasi`,
              tanggal: kode.kedaluwarsa.slice(0, 10),
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => window.print()}>
              {t("nasional.cetak")}
            </Button>
            <Button onClick={onTutup}>{t("umum.tutup")}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  return (
    <DialogForm
      judul={t("nasional.adminJudul", { nama: baris.nama })}
      form={form}
      onTutup={onTutup}
      labelKirim={t("nasional.buatKode")}
      kirim={(v) =>
        isi(
          klien.POST("/api/nasional/instansi/{id}/admin", {
            params: { path: { id: baris.instansiId } },
            body: { username: v.username.trim().toLowerCase(), nama: v.nama.trim() },
          }),
        )
      }
      onBerhasil={(r) => setKode({ kode: r.kodeAktivasi, username: r.username, kedaluwarsa: r.kedaluwarsa })}
    >
      <Text size="sm">{t("nasional.adminPenjelasan")}</Text>
      <TextInput label={t("nasional.username")} required {...form.getInputProps("username")} />
      <TextInput label={t("nasional.namaAdmin")} required {...form.getInputProps("nama")} />
    </DialogForm>
  );
}
