import { Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { TombolBatalJob } from "../../components/TombolBatalJob.tsx";
import { formatTanggal } from "../../lib/format.ts";
import { DaftarTinjauan } from "./DaftarTinjauan.tsx";
import { DialogRilis, DialogTarikRilis } from "./DialogRilis.tsx";
import { PenetapanBatas } from "./PenetapanBatas.tsx";

/** Supervision team / agency admin: scoring, review of flagged patterns, release. */
export function KelolaHasilPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [pilih, setPilih] = useState<string | null>(null);
  const daftar = useQuery({
    queryKey: ["hasil", "kampanye", instansi.id],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/hasil/kampanye", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  return (
    <Stack>
      <div>
        <Title order={2}>{t("hasil.kelola.judul")}</Title>
        <Text c="dimmed" size="sm">
          {t("hasil.kelola.subjudul")}
        </Text>
      </div>
      <QueryState query={daftar} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Table.ScrollContainer minWidth={600}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("hasil.kampanye")}</Table.Th>
                  <Table.Th>{t("hasil.kelola.selesai")}</Table.Th>
                  <Table.Th>{t("hasil.kelola.dinilai")}</Table.Th>
                  <Table.Th>{t("hasil.kelola.menunggu")}</Table.Th>
                  <Table.Th>{t("hasil.kelola.rilis")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>{k.nama}</Table.Td>
                    <Table.Td>{k.selesai}</Table.Td>
                    <Table.Td>{k.dinilai}</Table.Td>
                    <Table.Td>{k.menunggu}</Table.Td>
                    <Table.Td>
                      {k.hasilDirilis ? (
                        <Badge color="green" variant="light" c="#1b5e20">
                          {t("hasil.kelola.dirilis")}
                        </Badge>
                      ) : (
                        "—"
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setPilih(k.id)}>
                        {t("hasil.kelola.buka")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      {pilih && (
        <KelolaKampanye
          instansiId={instansi.id}
          kampanyeId={pilih}
          nama={daftar.data?.items.find((k) => k.id === pilih)?.nama ?? ""}
        />
      )}
      {pilih && <PenetapanBatas instansiId={instansi.id} kampanyeId={pilih} />}
    </Stack>
  );
}

function KelolaKampanye({
  instansiId,
  kampanyeId,
  nama,
}: {
  instansiId: string;
  kampanyeId: string;
  nama: string;
}) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<"rilis" | "tarik" | null>(null);
  const path = { instansiId, kampanyeId };
  const status = useQuery({
    queryKey: ["hasil", "status", instansiId, kampanyeId],
    queryFn: () =>
      isi(klien.GET("/api/instansi/{instansiId}/hasil/kampanye/{kampanyeId}/skor", { params: { path } })),
    refetchInterval: (q) =>
      q.state.data?.job && ["antre", "berjalan"].includes(q.state.data.job.status) ? 1500 : false,
  });
  const segarkan = () => qc.invalidateQueries({ queryKey: ["hasil"] });
  const aksi = useMutation({
    mutationFn: () =>
      isi(klien.POST("/api/instansi/{instansiId}/hasil/kampanye/{kampanyeId}/skor", { params: { path } })),
    onSuccess: segarkan,
  });
  const selesaiDialog = () => {
    setDialog(null);
    segarkan();
  };
  return (
    <Paper withBorder p="md">
      <QueryState query={status}>
        {(s) => (
          <Stack>
            <Group wrap="wrap">
              <Button onClick={() => aksi.mutate()} loading={aksi.isPending}>
                {s.dinilai > 0 ? t("hasil.kelola.skorUlang") : t("hasil.kelola.skor")}
              </Button>
              <TombolBatalJob
                instansiId={instansiId}
                job={s.job}
                onBatal={segarkan}
                size="sm"
                teks={{
                  label: t("hasil.kelola.batalSkor"),
                  judul: t("hasil.kelola.batalSkorJudul"),
                  pesan: t("hasil.kelola.batalSkorPesan"),
                }}
              />
              {s.hasilDirilis ? (
                <Button color="orange.9" variant="light" onClick={() => setDialog("tarik")}>
                  {t("hasil.kelola.tarik")}
                </Button>
              ) : (
                <Button
                  color="green.9"
                  variant="light"
                  disabled={s.dinilai === 0}
                  onClick={() => setDialog("rilis")}
                >
                  {t("hasil.kelola.rilisKan")}
                </Button>
              )}
            </Group>
            <ErrorAlert error={aksi.error} />
            {dialog === "rilis" && (
              <DialogRilis path={path} onSelesai={selesaiDialog} onTutup={() => setDialog(null)} />
            )}
            {dialog === "tarik" && (
              <DialogTarikRilis
                path={path}
                nama={nama}
                onSelesai={selesaiDialog}
                onTutup={() => setDialog(null)}
              />
            )}
            {s.job && (
              <div>
                <Text size="sm">
                  {t("hasil.kelola.job", {
                    status: s.job.status,
                    selesai: s.job.progres.selesai,
                    total: s.job.progres.total ?? "?",
                  })}
                </Text>
                <Progress
                  value={s.job.progres.total ? (100 * s.job.progres.selesai) / s.job.progres.total : 0}
                  aria-label={t("hasil.kelola.progres")}
                />
                {s.job.galat && <Text c="red">{s.job.galat}</Text>}
              </div>
            )}
            <Text size="sm">
              {t("hasil.kelola.ringkas", {
                dinilai: s.dinilai,
                menunggu: s.menunggu,
                diterima: s.diterima,
                dikecualikan: s.dikecualikan,
              })}
              {s.versiParameter.length > 0 && ` · ${s.versiParameter.join(", ")}`}
              {s.hasilDirilis &&
                ` · ${t("hasil.kelola.dirilisPada", { tanggal: formatTanggal(s.hasilDirilis, i18n.language) })}`}
            </Text>
            <DaftarTinjauan instansiId={instansiId} kampanyeId={kampanyeId} onBerubah={segarkan} />
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
