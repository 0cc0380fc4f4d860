/** The sessions tab (Tabel 2 I.3, III.2): sessions I led or attended; leaders and change agents record them. */
import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { konfirmasi } from "../../../components/kit/index.ts";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../../lib/notifikasi.ts";
import { BukaFormBaru, Privasi, punya, useHalaman, useInstansi, useTanggal, useUrl } from "../bersama.tsx";
import { FormSesi } from "./FormSesi.tsx";
import { KUNCI, type Sesi } from "./tipe.ts";

export function TabSesi() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const { peran } = useInstansi();
  const bolehCatat = punya(peran, "pimpinan", "agen_perubahan");
  const [page, setPage] = useState(1);
  const [ubah, setUbah] = useState<Sesi | null>(null);
  const q = useHalaman<Sesi>(KUNCI, url("/pendampingan"), page);
  const hapus = async (s: Sesi) => {
    const ya = await konfirmasi({
      judul: t("komunitas.pendampingan.hapusJudul"),
      pesan: t("komunitas.pendampingan.hapusPesan", { topik: s.topik }),
      labelYa: t("komunitas.hapus"),
      bahaya: true,
      aksi: () => api(url(`/pendampingan/${s.id}`), { method: "DELETE" }),
    });
    if (!ya) return;
    qc.invalidateQueries({ queryKey: KUNCI });
    beritahuBerhasil(t("komunitas.terhapus"));
  };
  return (
    <Stack>
      <Privasi>{t("komunitas.pendampingan.privasi")}</Privasi>
      {bolehCatat && (
        <BukaFormBaru
          label={t("komunitas.pendampingan.catatBaru")}
          form={(tutup) => <FormSesi onSelesai={tutup} />}
        />
      )}
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.pendampingan.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((s) =>
              ubah?.id === s.id ? (
                <FormSesi key={s.id} awal={s} onSelesai={() => setUbah(null)} />
              ) : (
                <Card key={s.id} withBorder>
                  <Stack gap={4}>
                    <Group justify="space-between" wrap="wrap">
                      <Group gap="xs">
                        <Badge color={s.jenis === "konseling" ? "grape.9" : "blue.9"}>
                          {t(`komunitas.pendampingan.jenisNama.${s.jenis}`)}
                        </Badge>
                        <Text fw={600}>{s.topik}</Text>
                      </Group>
                      <Text size="sm" c="dimmed">
                        {tgl(s.tanggal)}
                      </Text>
                    </Group>
                    <Text size="sm">
                      {s.peranSaya === "pendamping"
                        ? t("komunitas.pendampingan.denganPegawai", { nama: s.pegawai.nama })
                        : t("komunitas.pendampingan.olehPendamping", { nama: s.pendamping.nama })}
                    </Text>
                    {s.tindakan && (
                      <Text size="sm">
                        <b>{t("komunitas.pendampingan.tindakan")}:</b> {s.tindakan}
                      </Text>
                    )}
                    {s.tindakLanjut && (
                      <Text size="sm">
                        <b>{t("komunitas.pendampingan.tindakLanjut")}:</b> {s.tindakLanjut} (
                        {tgl(s.tanggalTindakLanjut)})
                      </Text>
                    )}
                    {s.catatan && (
                      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                        <b>{t("komunitas.pendampingan.catatan")}:</b> {s.catatan}
                      </Text>
                    )}
                    {s.peranSaya === "pendamping" && bolehCatat && (
                      <Group gap="xs" justify="flex-end">
                        <Button size="xs" variant="default" onClick={() => setUbah(s)}>
                          {t("komunitas.ubah")}
                        </Button>
                        <Button size="xs" variant="subtle" color="red.9" onClick={() => hapus(s)}>
                          {t("komunitas.hapus")}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Card>
              ),
            )}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
