/** What the campaign screens share: who manages campaigns, the query key, the state badge and the progress bar. */
import { Badge, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Kampanye, KeadaanKampanye } from "./api.ts";
import { TEKS_GELAP } from "./warna.ts";

export const KELOLA = ["tim_supervisi", "admin_instansi"] as const;
export const kunciKampanye = (iid: string) => ["instansi", iid, "asesmen", "kampanye"] as const;

const WARNA: Record<KeadaanKampanye, string> = {
  draf: "gray",
  dijadwalkan: "blue",
  berjalan: "green",
  ditutup: "dark",
  dibatalkan: "red",
};

export function KeadaanBadge({ keadaan }: { keadaan: KeadaanKampanye }) {
  const { t } = useTranslation();
  return (
    <Badge color={WARNA[keadaan]} c={TEKS_GELAP[WARNA[keadaan]]} variant="light">
      {t(`asesmen.keadaan.${keadaan}`)}
    </Badge>
  );
}

export function Kemajuan({ k }: { k: Kampanye }) {
  const { t } = useTranslation();
  const p = k.progres;
  const persen = p.peserta ? (p.selesai / p.peserta) * 100 : 0;
  return (
    <Stack gap={2}>
      <Progress value={persen} aria-label={t("asesmen.progresLabel", { persen: persen.toFixed(0) })} />
      <Text size="xs" c="dimmed">
        {t("asesmen.progres", {
          peserta: p.peserta,
          diundang: p.diundang,
          mulai: p.mulai,
          selesai: p.selesai,
        })}
      </Text>
    </Stack>
  );
}
