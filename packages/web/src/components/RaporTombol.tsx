/** Downloads an agency's report card PDF for an evaluation period (rapor instansi, docs/evaluasi.md). */
import { Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../api/client.ts";
import { beritahuGagal } from "../lib/notifikasi.ts";
import { useErrorMessage } from "./ErrorAlert.tsx";

export function RaporTombol({
  instansiId,
  periodeId,
  nama,
  varian = "default",
}: {
  instansiId: string;
  periodeId: string;
  nama: string;
  varian?: "default" | "subtle";
}) {
  const { t } = useTranslation();
  const pesan = useErrorMessage();
  const [sedang, setSedang] = useState(false);
  return (
    <Button
      size="xs"
      variant={varian}
      loading={sedang}
      onClick={async () => {
        setSedang(true);
        try {
          await download(
            `/api/instansi/${instansiId}/evaluasi/periode/${periodeId}/rapor`,
            {},
            `rapor-${nama}.pdf`,
          );
        } catch (e) {
          beritahuGagal(t("nasional.raporGagal"), pesan(e));
        } finally {
          setSedang(false);
        }
      }}
    >
      {t("nasional.rapor")}
    </Button>
  );
}
