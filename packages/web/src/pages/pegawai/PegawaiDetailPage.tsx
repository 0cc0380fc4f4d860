import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import type { Pegawai } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { konfirmasi } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { PegawaiEditDialog } from "./PegawaiEditDialog.tsx";

export function PegawaiDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const admin = punya("admin_instansi");
  const [edit, setEdit] = useState(false);
  const path = { instansiId: instansi.id, id };
  const query = useQuery({
    queryKey: [...kunci.pegawai(instansi.id), "detail", id],
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/pegawai/{id}", { params: { path } })),
    // every read of a person's record is audited: don't re-read behind the user's back
    staleTime: Number.POSITIVE_INFINITY,
  });
  /** Deactivate or reactivate, after a confirmation that shows a refusal and lets the user retry. */
  const ubahStatus = (p: Pegawai) => {
    const aktifkan = !p.aktif;
    return konfirmasi({
      judul: aktifkan ? t("pegawai.aktifkanJudul") : t("pegawai.nonaktifkanJudul"),
      pesan: aktifkan
        ? t("pegawai.aktifkanPesan", { nama: p.nama })
        : t("pegawai.nonaktifkanPesan", { nama: p.nama }),
      labelYa: aktifkan ? t("pegawai.aktifkan") : t("pegawai.nonaktifkan"),
      bahaya: !aktifkan,
      aksi: async () => {
        await isi(
          aktifkan
            ? klien.POST("/api/instansi/{instansiId}/pegawai/{id}/aktifkan", { params: { path } })
            : klien.POST("/api/instansi/{instansiId}/pegawai/{id}/nonaktifkan", { params: { path } }),
        );
        beritahuBerhasil(aktifkan ? t("pegawai.berhasilAktifkan") : t("pegawai.berhasilNonaktifkan"));
        await qc.invalidateQueries({ queryKey: kunci.pegawai(instansi.id) });
      },
    });
  };

  return (
    <Stack>
      <Anchor
        href="/pegawai"
        size="sm"
        onClick={(e) => {
          e.preventDefault();
          navigate("/pegawai");
        }}
      >
        ← {t("pegawai.kembali")}
      </Anchor>
      <QueryState query={query}>
        {(p) => (
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2}>{p.nama}</Title>
                <Group gap="xs">
                  <Text c="dimmed">
                    {t("pegawai.nip")} {p.nip}
                  </Text>
                  <StatusBadge aktif={p.aktif} />
                </Group>
              </div>
              {admin && (
                <Group>
                  <Button variant="default" onClick={() => setEdit(true)}>
                    {t("umum.ubah")}
                  </Button>
                  <Button
                    color={p.aktif ? "red.9" : "teal.9"}
                    variant="outline"
                    onClick={() => ubahStatus(p)}
                  >
                    {p.aktif ? t("pegawai.nonaktifkan") : t("pegawai.aktifkan")}
                  </Button>
                </Group>
              )}
            </Group>
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
                <Isian label={t("pegawai.unit")} nilai={p.unitNama} />
                <Isian label={t("pegawai.jabatan")} nilai={p.jabatan} />
                <Isian
                  label={t("pegawai.jenisJabatan")}
                  nilai={p.jenisJabatan && t(`jenisJabatan.${p.jenisJabatan}`)}
                />
                <Isian label={t("pegawai.golongan")} nilai={p.golongan} />
                <Isian label={t("pegawai.jenisKelamin")} nilai={t(`jenisKelamin.${p.jenisKelamin}`)} />
                <Isian label={t("pegawai.tanggalLahir")} nilai={w.tanggal(p.tanggalLahir)} />
                <Isian label={t("pegawai.tmtCpns")} nilai={w.tanggal(p.tmtCpns)} />
                <Isian label={t("pegawai.email")} nilai={p.email} />
                <Isian label={t("pegawai.telepon")} nilai={p.telepon} />
              </SimpleGrid>
            </Paper>
            {edit && (
              <PegawaiEditDialog pegawai={p} instansiId={instansi.id} onTutup={() => setEdit(false)} />
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function Isian({ label, nilai }: { label: string; nilai: string | null | undefined }) {
  return (
    <div>
      <Text component="dt" size="xs" c="gray.7" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        {nilai || "—"}
      </Text>
    </div>
  );
}
