/** The WBS handlers' inbox (Tabel 2 II; docs/wbs.md): reports this handler may read, by status. */
import { Anchor, Badge, Group, Select, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { TabelBerhalaman } from "../../components/kit/index.ts";
import { navigate } from "../../lib/router.ts";

export const STATUS = ["diterima", "diverifikasi", "investigasi", "ditutup"] as const;
type Status = (typeof STATUS)[number];

export function KotakMasukWbsPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [status, setStatus] = useState<Status | null>(null);
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "wbs", status, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/wbs", {
          params: {
            path: { instansiId: instansi.id },
            query: { page, pageSize: 50, status: status ?? undefined },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={2}>{t("sinergi.wbs.kotakMasuk")}</Title>
      <Text size="sm" c="gray.7">
        {t("sinergi.wbs.kotakMasukKeterangan", { kode: instansi.kode })}
      </Text>
      <Group>
        <Select
          label={t("sinergi.wbs.saringStatus")}
          clearable
          value={status}
          onChange={(v) => {
            setStatus(v as Status | null);
            setPage(1);
          }}
          data={STATUS.map((s) => ({ value: s, label: t(`sinergi.wbs.status.${s}`) }))}
        />
      </Group>
      <TabelBerhalaman
        query={query}
        label={t("sinergi.wbs.kotakMasuk")}
        lebarMin={560}
        kosong={t("sinergi.wbs.kosong")}
        kunciBaris={(l) => l.id}
        onHalaman={setPage}
        kolom={[
          {
            judul: t("sinergi.wbs.nomorTiket"),
            isi: (l) => (
              <Anchor
                href={`/wbs-masuk/${l.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/wbs-masuk/${l.id}`);
                }}
              >
                {l.nomorTiket}
              </Anchor>
            ),
            nowrap: true,
          },
          { judul: t("sinergi.wbs.judul"), isi: (l) => l.judul },
          {
            judul: t("sinergi.wbs.statusLabel"),
            isi: (l) => <Badge variant="light">{t(`sinergi.wbs.status.${l.status}`)}</Badge>,
          },
          { judul: t("sinergi.wbs.tanggal"), isi: (l) => l.tanggal, nowrap: true },
          { judul: t("sinergi.wbs.jumlahPesan"), isi: (l) => l.jumlahPesan },
        ]}
      />
    </Stack>
  );
}
