/** One line summing up a preparation step's recorded output on the dashboard. */

import { Text } from "@mantine/core";
import type { KodeLangkahPersiapan } from "@nurani/domain";
import { useTranslation } from "react-i18next";
import type { StatusSiklus } from "./api.ts";

export function RingkasLangkah({ kode, s }: { kode: KodeLangkahPersiapan; s: StatusSiklus }) {
  const { t } = useTranslation();
  const k = s.keluaran[kode] as Record<string, unknown> | null;
  if (!k) return null;
  let teks = "";
  if (kode === "pembentukan_tim") teks = `${k.nama} · SK ${(k.sk as { nomor: string }).nomor}`;
  if (kode === "deklarasi_komitmen") {
    const n = k.jumlahPenandatangan as { pimpinan: number; pegawai: number; total: number };
    teks = t("program.jumlahTtd", n);
  }
  if (kode === "asesmen_awal")
    teks = `${k.kampanyeNama ?? ""} · ${k.dirilis ? t("program.dirilis", { tanggal: k.dirilis }) : t("program.belumDirilis")}`;
  if (kode === "rencana_aksi") teks = t("program.jumlahTarget", { n: (k.target as unknown[]).length });
  if (kode === "rencana_pelatihan") teks = t("program.jumlahModul", { n: (k.modul as unknown[]).length });
  if (kode === "agen_perubahan")
    teks = t("program.jumlahAp", {
      n: (k.ditetapkan as unknown[]).length,
      target: s.konfigurasi.targetAgenPerubahan ?? "—",
    });
  return (
    <Text size="sm" c="dimmed">
      {teks}
    </Text>
  );
}
