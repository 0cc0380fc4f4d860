import { Badge, Button, Group, Paper, Progress, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { TombolBatalJob } from "../../components/TombolBatalJob.tsx";
import { formatTanggal } from "../../lib/format.ts";
import { DialogRilis, DialogTarikRilis } from "./DialogRilis.tsx";
import { PenetapanBatas } from "./PenetapanBatas.tsx";
import type { KampanyeHasil } from "./tipe.ts";

interface StatusSkor {
  job: {
    id: string;
    status: string;
    progres: { selesai: number; total: number | null };
    galat: string | null;
  } | null;
  dinilai: number;
  menunggu: number;
  diterima: number;
  dikecualikan: number;
  versiParameter: string[];
  hasilDirilis: string | null;
}

/** Supervision team / agency admin: scoring, review of flagged patterns, release. */
export function KelolaHasilPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [pilih, setPilih] = useState<string | null>(null);
  const daftar = useQuery({
    queryKey: ["hasil", "kampanye", instansi.id],
    queryFn: () => api<{ items: KampanyeHasil[] }>(`/api/instansi/${instansi.id}/hasil/kampanye`),
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
  const dasar = `/api/instansi/${instansiId}/hasil/kampanye/${kampanyeId}`;
  const status = useQuery({
    queryKey: ["hasil", "status", instansiId, kampanyeId],
    queryFn: () => api<StatusSkor>(`${dasar}/skor`),
    refetchInterval: (q) =>
      q.state.data?.job && ["antre", "berjalan"].includes(q.state.data.job.status) ? 1500 : false,
  });
  const segarkan = () => qc.invalidateQueries({ queryKey: ["hasil"] });
  const aksi = useMutation({
    mutationFn: () => api(`${dasar}/skor`, { method: "POST" }),
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
              <DialogRilis dasar={dasar} onSelesai={selesaiDialog} onTutup={() => setDialog(null)} />
            )}
            {dialog === "tarik" && (
              <DialogTarikRilis
                dasar={dasar}
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
            <DaftarTinjauan dasar={dasar} onBerubah={segarkan} />
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}

interface Tinjauan {
  pesertaId: string;
  nama: string;
  nip: string;
  derajat: number;
  tanda: { kode: string; alasan: string }[];
}

function DaftarTinjauan({ dasar, onBerubah }: { dasar: string; onBerubah: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [alasan, setAlasan] = useState("");
  const q = useQuery({
    queryKey: ["hasil", "tinjauan", dasar, page],
    queryFn: () =>
      api<{ items: Tinjauan[]; total: number; page: number; pageSize: number }>(`${dasar}/tinjauan`, {
        query: { page, pageSize: 20 },
      }),
  });
  const putus = useMutation({
    mutationFn: (v: { pesertaId: string; keputusan: "diterima" | "dikecualikan" }) =>
      api(`${dasar}/tinjauan/${v.pesertaId}`, { method: "POST", body: { keputusan: v.keputusan, alasan } }),
    onSuccess: () => {
      q.refetch();
      onBerubah();
    },
  });
  return (
    <Stack>
      <Title order={3} size="h4">
        {t("hasil.kelola.tinjauan")}
      </Title>
      <Textarea
        label={t("hasil.kelola.alasan")}
        description={t("hasil.kelola.alasanBantu")}
        value={alasan}
        onChange={(e) => setAlasan(e.currentTarget.value)}
        minRows={2}
      />
      <ErrorAlert error={putus.error} />
      <QueryState query={q} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Stack>
            {d.items.map((r) => (
              <Paper key={r.pesertaId} withBorder p="sm">
                <Group justify="space-between" wrap="wrap">
                  <div>
                    <Text fw={600}>
                      {r.nama}{" "}
                      <Text span size="xs" c="dimmed">
                        {r.nip}
                      </Text>
                    </Text>
                    {r.tanda.map((x) => (
                      <Text key={x.kode} size="sm">
                        {x.alasan}
                      </Text>
                    ))}
                  </div>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="light"
                      disabled={alasan.trim().length < 3}
                      onClick={() => putus.mutate({ pesertaId: r.pesertaId, keputusan: "diterima" })}
                    >
                      {t("hasil.kelola.terima")}
                    </Button>
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      disabled={alasan.trim().length < 3}
                      onClick={() => putus.mutate({ pesertaId: r.pesertaId, keputusan: "dikecualikan" })}
                    >
                      {t("hasil.kelola.kecualikan")}
                    </Button>
                  </Group>
                </Group>
              </Paper>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
