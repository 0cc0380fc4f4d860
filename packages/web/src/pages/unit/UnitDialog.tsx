import { Button, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import type { UnitKerja } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Konfirmasi } from "../../components/Konfirmasi.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { keturunan } from "./pohon.ts";

export type AksiUnit =
  | { jenis: "tambah"; induk: UnitKerja | null }
  | { jenis: "ubahNama"; unit: UnitKerja }
  | { jenis: "pindah"; unit: UnitKerja }
  | { jenis: "tutup"; unit: UnitKerja };

const AKAR = "__akar__";
const UBAH = "/api/instansi/{instansiId}/unit/{id}";

/** One dialog per unit action; server refusals (cycle, active employees…) are shown inside it. */
export function UnitDialog({
  aksi,
  units,
  instansiId,
  onTutup,
}: {
  aksi: AksiUnit;
  units: UnitKerja[];
  instansiId: string;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [kode, setKode] = useState("");
  const [nama, setNama] = useState(aksi.jenis === "ubahNama" ? aksi.unit.nama : "");
  const [eselon, setEselon] = useState<string | null>(
    aksi.jenis === "tambah" && aksi.induk?.eselon ? String(Math.min(4, aksi.induk.eselon + 1)) : null,
  );
  const [induk, setInduk] = useState<string | null>(
    aksi.jenis === "pindah" ? (aksi.unit.indukId ?? AKAR) : null,
  );

  const simpan = useMutation({
    mutationFn: async () => {
      switch (aksi.jenis) {
        case "tambah":
          return isi(
            klien.POST("/api/instansi/{instansiId}/unit", {
              params: { path: { instansiId } },
              body: {
                kode: kode.trim(),
                nama: nama.trim(),
                eselon: eselon ? Number(eselon) : null,
                ...(aksi.induk ? { indukId: aksi.induk.id } : {}),
              },
            }),
          );
        case "ubahNama":
          return isi(
            klien.PATCH(UBAH, {
              params: { path: { instansiId, id: aksi.unit.id } },
              body: { nama: nama.trim() },
            }),
          );
        case "pindah":
          return isi(
            klien.PATCH(UBAH, {
              params: { path: { instansiId, id: aksi.unit.id } },
              body: { indukId: induk === AKAR ? null : induk },
            }),
          );
        case "tutup":
          return isi(
            klien.POST("/api/instansi/{instansiId}/unit/{id}/tutup", {
              params: { path: { instansiId, id: aksi.unit.id } },
            }),
          );
      }
    },
    onSuccess: async () => {
      beritahuBerhasil(t(`unit.berhasil.${aksi.jenis}`));
      await qc.invalidateQueries({ queryKey: kunci.unit(instansiId) });
      onTutup();
    },
  });

  const pilihanInduk = useMemo(() => {
    if (aksi.jenis !== "pindah") return [];
    const terlarang = keturunan(units, aksi.unit.id);
    return [
      { value: AKAR, label: t("unit.tingkatTeratas") },
      ...units
        .filter((u) => u.aktif && !terlarang.has(u.id))
        .sort((a, b) => a.kode.localeCompare(b.kode, "id", { numeric: true }))
        .map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` })),
    ];
  }, [aksi, units, t]);

  if (aksi.jenis === "tutup") {
    return (
      <Konfirmasi
        opened
        judul={t("unit.tutupJudul")}
        pesan={t("unit.tutupPesan", { nama: aksi.unit.nama })}
        labelYa={t("unit.tutup")}
        sedang={simpan.isPending}
        error={simpan.error}
        onYa={() => simpan.mutate()}
        onBatal={onTutup}
      />
    );
  }

  function kirim(e: FormEvent) {
    e.preventDefault();
    simpan.mutate();
  }

  const judul =
    aksi.jenis === "tambah"
      ? aksi.induk
        ? t("unit.tambahSubJudul", { nama: aksi.induk.nama })
        : t("unit.tambahAkar")
      : aksi.jenis === "ubahNama"
        ? t("unit.ubahNamaJudul")
        : t("unit.pindahJudul", { nama: aksi.unit.nama });

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
      opened
      onClose={onTutup}
      title={judul}
      centered
    >
      <form onSubmit={kirim} noValidate>
        <Stack>
          {aksi.jenis === "tambah" && (
            <>
              <TextInput
                label={t("unit.kode")}
                required
                value={kode}
                onChange={(e) => setKode(e.currentTarget.value)}
              />
              <TextInput
                label={t("unit.nama")}
                required
                value={nama}
                onChange={(e) => setNama(e.currentTarget.value)}
              />
              <Select
                label={t("unit.eselon")}
                placeholder={t("unit.nonEselon")}
                clearable
                value={eselon}
                onChange={setEselon}
                data={[1, 2, 3, 4].map((n) => ({
                  value: String(n),
                  label: t("unit.eselonN", { n: ["", "I", "II", "III", "IV"][n] }),
                }))}
              />
            </>
          )}
          {aksi.jenis === "ubahNama" && (
            <TextInput
              label={t("unit.namaBaru")}
              required
              value={nama}
              onChange={(e) => setNama(e.currentTarget.value)}
              data-autofocus
            />
          )}
          {aksi.jenis === "pindah" && (
            <>
              <Text size="sm">{t("unit.pindahPetunjuk")}</Text>
              <Select
                label={t("unit.indukBaru")}
                searchable
                value={induk}
                onChange={setInduk}
                data={pilihanInduk}
                allowDeselect={false}
                nothingFoundMessage={t("umum.tidakAda")}
              />
            </>
          )}
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
