import { Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { type Kolom, TabelBerhalaman } from "../../components/kit/index.ts";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { kunciLke, type RingkasanVersi } from "./api.ts";
import { BuatDrafDialog } from "./BuatDrafDialog.tsx";
import { KeadaanBadge } from "./KeadaanBadge.tsx";

/** The worksheet (LKE) versions, newest first: state, size, who wrote, submitted and published each. */
export function DaftarLkePage() {
  const { t } = useTranslation();
  const w = useWaktu();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [buat, setBuat] = useState(false);
  const query = useQuery({
    queryKey: kunciLke.daftar(page, pageSize),
    queryFn: ({ signal }) =>
      isi(klien.GET("/api/evaluasi/lke", { params: { query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
  const tautan = (v: RingkasanVersi) => `/lke/${encodeURIComponent(v.versi)}`;
  const kolom: Kolom<RingkasanVersi>[] = [
    {
      judul: t("lke.versi"),
      nowrap: true,
      isi: (v) => (
        <Anchor
          href={tautan(v)}
          onClick={(e) => {
            e.preventDefault();
            navigate(tautan(v));
          }}
        >
          {t("lke.versiNama", { versi: v.versi })}
        </Anchor>
      ),
    },
    { judul: t("lke.status"), isi: (v) => <KeadaanBadge keadaan={v.keadaan} /> },
    {
      judul: t("lke.isi"),
      isi: (v) =>
        t("lke.ukuran", {
          komponen: v.jumlahKomponen,
          indikator: v.jumlahIndikator,
          pertanyaan: v.jumlahPertanyaan,
        }),
    },
    { judul: t("lke.disusun"), isi: (v) => v.dibuatOleh?.nama ?? t("lke.sistem") },
    { judul: t("lke.diajukan"), isi: (v) => v.diajukanOleh?.nama ?? "—" },
    {
      judul: t("lke.diterbitkan"),
      isi: (v) =>
        v.status === "terbit"
          ? `${v.diterbitkanOleh?.nama ?? t("lke.sistem")}${v.diterbitkan ? `, ${w.tanggal(v.diterbitkan)}` : ""}`
          : "—",
    },
    { judul: t("lke.diubah"), nowrap: true, isi: (v) => w.waktu(v.diubah) },
    { judul: t("lke.catatan"), isi: (v) => <span className="teks-bebas">{v.catatan ?? "—"}</span> },
  ];
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("lke.judul")}</Title>
        <Button onClick={() => setBuat(true)}>{t("lke.buatDraf")}</Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t("lke.keterangan")}
      </Text>
      <TabelBerhalaman
        query={query}
        kolom={kolom}
        kunciBaris={(v) => v.versi}
        onHalaman={setPage}
        onUkuranHalaman={(n) => {
          setPageSize(n);
          setPage(1);
        }}
        kosong={t("lke.kosong")}
        lebarMin={960}
        label={t("lke.judul")}
      />
      {buat && <BuatDrafDialog onTutup={() => setBuat(false)} />}
    </Stack>
  );
}
