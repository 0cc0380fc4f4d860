import { Badge, Group, Modal, Text, Tooltip } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { type Kolom, TabelBerhalaman } from "../../components/kit/index.ts";
import { formatWaktu } from "../../lib/format.ts";

export type AsalPeran = Jawaban<"/api/instansi/{instansiId}/peran-sk/asal">[number];
type Riwayat = Jawaban<"/api/instansi/{instansiId}/peran-sk/pengguna/{id}/riwayat">["items"][number];

/** Rows per page of a user's role history. */
const UKURAN_RIWAYAT = 100;

/** Where each role of every user comes from (admin, decrees in force): one request for the list. */
export function useAsalPeran(instansiId: string) {
  return useQuery({
    queryKey: [...kunci.pengguna(instansiId), "asal-peran"],
    queryFn: () =>
      isi(klien.GET("/api/instansi/{instansiId}/peran-sk/asal", { params: { path: { instansiId } } })),
  });
}

/** A role badge saying where it came from: "SK …" when a decree in force gives it (Tabel 3 no. 1, 6). */
export function BadgePeran({ peran, asal }: { peran: string; asal: AsalPeran | undefined }) {
  const { t } = useTranslation();
  const sk = asal?.sk ?? [];
  if (sk.length === 0) {
    return (
      <Badge variant="light" size="sm">
        {t(`peran.${peran}`)}
      </Badge>
    );
  }
  const teks = sk.map((s) => t("pengguna.asalSk", { nomor: s.nomorSk, siklus: s.siklusNama })).join("; ");
  return (
    <Tooltip label={asal?.dariAdmin ? `${teks}; ${t("pengguna.asalAdmin")}` : teks} multiline w={280}>
      <Badge variant="light" size="sm">
        {t(`peran.${peran}`)} · {t("pengguna.dariSk")}
        <span className="sr-only"> ({teks})</span>
      </Badge>
    </Tooltip>
  );
}

/** The role history of one user: who granted or removed which role, when, from which decree; newest first, paged. */
export function RiwayatPeranDialog({
  instansiId,
  pengguna,
  onTutup,
}: {
  instansiId: string;
  pengguna: { id: string; nama: string };
  onTutup: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [...kunci.pengguna(instansiId), "riwayat-peran", pengguna.id, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/peran-sk/pengguna/{id}/riwayat", {
          params: { path: { instansiId, id: pengguna.id }, query: { page, pageSize: UKURAN_RIWAYAT } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const kolom: Kolom<Riwayat>[] = [
    { judul: t("pengguna.riwayatWaktu"), isi: (r) => formatWaktu(r.waktu, i18n.language), nowrap: true },
    { judul: t("pengguna.peran"), isi: (r) => t(`peran.${r.peran}`) },
    {
      judul: t("pengguna.riwayatPerubahan"),
      isi: (r) => (
        <Group gap={4}>
          <Badge size="xs" color={r.aksi === "diberikan" ? "green" : "red"} variant="light">
            {t(`pengguna.aksi.${r.aksi}`)}
          </Badge>
          <Text size="sm">
            {t(`pengguna.alasan.${r.alasan}`)}
            {r.nomorSk ? ` — ${t("pengguna.asalSk", { nomor: r.nomorSk, siklus: r.siklusNama ?? "" })}` : ""}
          </Text>
        </Group>
      ),
    },
    { judul: t("pengguna.riwayatOleh"), isi: (r) => r.olehNama ?? "—" },
  ];
  const judul = t("pengguna.riwayatJudul", { nama: pengguna.nama });
  return (
    <Modal
      opened
      onClose={onTutup}
      title={judul}
      size="lg"
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
    >
      <TabelBerhalaman
        query={query}
        kolom={kolom}
        kunciBaris={(r) => r.id}
        onHalaman={setPage}
        lebarMin={520}
        label={judul}
      />
    </Modal>
  );
}
