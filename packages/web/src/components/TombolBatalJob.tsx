import { Button, type MantineSize } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../api/klien.ts";
import { konfirmasi } from "./kit/index.ts";

/**
 * "Batalkan" beside a queued or running job's progress (docs/server.md
 * "Background jobs"): asks first, then cancels the job through the agency's
 * route (or the national one when `instansiId` is absent). Batches the job
 * already wrote stay; it can be started again. Renders nothing once the job
 * has ended.
 */
export function TombolBatalJob({
  instansiId,
  job,
  onBatal,
  teks,
  size = "xs",
}: {
  instansiId?: string;
  job: { id: string; status: string } | null | undefined;
  onBatal: () => void;
  /** The page's own words for the job (e.g. "Batalkan penskoran"); default the generic "Batalkan proses". */
  teks?: { label: string; judul: string; pesan: string };
  size?: MantineSize;
}) {
  const { t } = useTranslation();
  if (!job || (job.status !== "antre" && job.status !== "berjalan")) return null;
  const batalkan = () =>
    instansiId
      ? isi(
          klien.POST("/api/instansi/{instansiId}/job/{id}/batal", {
            params: { path: { instansiId, id: job.id } },
          }),
        )
      : isi(klien.POST("/api/job/{id}/batal", { params: { path: { id: job.id } } }));
  return (
    <Button
      size={size}
      color="red.9"
      variant="light"
      onClick={async () => {
        const ya = await konfirmasi({
          judul: teks?.judul ?? t("job.batalJudul"),
          pesan: teks?.pesan ?? t("job.batalPesan"),
          labelYa: teks?.label ?? t("job.batal"),
          bahaya: true,
          aksi: batalkan,
        });
        if (ya) onBatal();
      }}
    >
      {teks?.label ?? t("job.batal")}
    </Button>
  );
}
