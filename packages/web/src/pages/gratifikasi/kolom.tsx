import { Badge, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Kolom } from "../../components/kit/index.ts";
import { formatAngka } from "../../lib/format.ts";
import { BADGE_PANJANG, Tenggat, type TenggatProps } from "./Tenggat.tsx";

/** What a row of both gift lists (the employee's own, the UPG register) holds. */
export interface BarisGratifikasi {
  nomor: string;
  pemberi: string;
  jenis: string;
  nilaiRupiah: number;
  tanggalTerima: string;
  tenggat: TenggatProps["tenggat"];
  status: string;
  penetapan?: string | null;
}

/**
 * The columns both gift lists show alike: number, giver (with a line under it
 * the page chooses), value, date received, the KPK deadline and the status.
 */
export function useKolomGratifikasi<T extends BarisGratifikasi>() {
  const { t, i18n } = useTranslation();
  return {
    nomor: { judul: t("gratifikasi.nomor"), isi: (g) => g.nomor, nowrap: true } as Kolom<T>,
    pemberi: (keterangan: (g: T) => ReactNode): Kolom<T> => ({
      judul: t("gratifikasi.pemberi"),
      isi: (g) => (
        <Stack gap={0}>
          <Text size="sm">{g.pemberi}</Text>
          <Text size="xs" c="gray.7">
            {t(`gratifikasi.jenis.${g.jenis}`)} · {keterangan(g)}
          </Text>
        </Stack>
      ),
    }),
    sisanya: [
      {
        judul: t("gratifikasi.nilai"),
        isi: (g) => `Rp ${formatAngka(g.nilaiRupiah, i18n.language)}`,
        nowrap: true,
      },
      { judul: t("gratifikasi.tanggalTerima"), isi: (g) => g.tanggalTerima, nowrap: true },
      { judul: t("gratifikasi.tenggatLabel"), isi: (g) => <Tenggat tenggat={g.tenggat} /> },
      {
        judul: t("gratifikasi.statusLabel"),
        isi: (g) => (
          <Badge variant="light" tt="none" h="auto" py={2} styles={BADGE_PANJANG}>
            {t(`gratifikasi.status.${g.status}`)}
            {g.penetapan ? ` · ${t(`gratifikasi.penetapan.${g.penetapan}`)}` : ""}
          </Badge>
        ),
      },
    ] as Kolom<T>[],
  };
}
