import { Alert, Button, Group, NumberInput, Paper, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { konfirmasi } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { TombolBatalJob } from "../../components/TombolBatalJob.tsx";
import { useWaktu } from "../../lib/waktu.ts";
import { BandingKalibrasi, Lencana } from "./BandingKalibrasi.tsx";
import type { BandingKalibrasi as Banding, KampanyeKalibrasi, VersiParameter } from "./kalibrasi-tipe.ts";

/** Default minimum of submitted responses (server kalibrasi.ts MIN_RESPONS; docs/hasil.md "Recalibration"). */
const MIN_BAWAAN = 1000;
const berjalan = (s: string | undefined) => s === "antre" || s === "berjalan";

type Lihat = { jenis: "job"; id: string } | { jenis: "parameter"; id: string };

/**
 * National evaluator: recalibration of the forced-choice parameters from a
 * campaign's real answers (docs/hasil.md "Recalibration") —
 * eligible campaigns, the job with its progress, the comparison with the
 * parameters in force (fit, drift, DIF), and publication of the new version.
 */
export function KalibrasiUlangPage() {
  const { t } = useTranslation();
  const [minimum, setMinimum] = useState(MIN_BAWAAN);
  const [lihat, setLihat] = useState<Lihat | null>(null);
  const qc = useQueryClient();
  const kampanye = useQuery({
    queryKey: ["kalibrasi", "kampanye", minimum],
    queryFn: () =>
      api<{ minimum: number; items: KampanyeKalibrasi[] }>("/api/asesmen/kalibrasi-ulang/kampanye", {
        query: { minimum },
      }),
    refetchInterval: (q) => (q.state.data?.items.some((k) => berjalan(k.job?.status)) ? 1500 : false),
  });
  const versi = useQuery({
    queryKey: ["kalibrasi", "parameter"],
    queryFn: () => api<{ items: VersiParameter[] }>("/api/asesmen/parameter"),
  });
  const segarkan = useCallback(() => {
    qc.invalidateQueries({ queryKey: ["kalibrasi", "kampanye"] });
    qc.invalidateQueries({ queryKey: ["kalibrasi", "parameter"] });
  }, [qc]);
  const mulai = useMutation({
    mutationFn: (k: KampanyeKalibrasi) =>
      api<{ jobId: string }>("/api/asesmen/kalibrasi-ulang", {
        method: "POST",
        body: { instansiId: k.instansiId, kampanyeId: k.kampanyeId, minimum },
      }),
    onSuccess: (r) => {
      setLihat({ jenis: "job", id: r.jobId });
      segarkan();
    },
  });
  return (
    <Stack>
      <div>
        <Title order={2}>{t("hasil.kalibrasi.judul")}</Title>
        <Text c="dimmed" size="sm">
          {t("hasil.kalibrasi.subjudul")}
        </Text>
      </div>
      <Group align="end">
        <NumberInput
          label={t("hasil.kalibrasi.minimum")}
          description={t("hasil.kalibrasi.minimumBantu")}
          value={minimum}
          min={100}
          max={1_000_000}
          step={100}
          onChange={(v) => setMinimum(Math.max(100, Number(v) || MIN_BAWAAN))}
          w={260}
        />
      </Group>
      <ErrorAlert error={mulai.error} />
      <QueryState query={kampanye} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-label={t("hasil.kalibrasi.daftarKampanye")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("hasil.kalibrasi.instansi")}</Table.Th>
                  <Table.Th>{t("hasil.kampanye")}</Table.Th>
                  <Table.Th>{t("hasil.kalibrasi.formulir")}</Table.Th>
                  <Table.Th>{t("hasil.kalibrasi.respons")}</Table.Th>
                  <Table.Th>{t("hasil.kalibrasi.kalibrasiTerakhir")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((k) => (
                  <BarisKampanye
                    key={k.kampanyeId}
                    k={k}
                    minimum={d.minimum}
                    sedang={mulai.isPending}
                    onMulai={() => mulai.mutate(k)}
                    onLihat={(id) => setLihat({ jenis: "job", id })}
                    onBatal={segarkan}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      {lihat && (
        <PanelBanding
          key={`${lihat.jenis}-${lihat.id}`}
          lihat={lihat}
          versi={versi.data?.items ?? []}
          onBerubah={segarkan}
        />
      )}
      <Title order={3}>{t("hasil.kalibrasi.versi")}</Title>
      <QueryState query={versi} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label={t("hasil.kalibrasi.versi")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("hasil.kalibrasi.versiNama")}</Table.Th>
                  <Table.Th>{t("hasil.kalibrasi.formulir")}</Table.Th>
                  <Table.Th>{t("hasil.kalibrasi.status")}</Table.Th>
                  <Table.Th>{t("hasil.kalibrasi.dibuat")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((v) => (
                  <BarisVersi key={v.id} v={v} onLihat={() => setLihat({ jenis: "parameter", id: v.id })} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}

function BarisKampanye({
  k,
  minimum,
  sedang,
  onMulai,
  onLihat,
  onBatal,
}: {
  k: KampanyeKalibrasi;
  minimum: number;
  sedang: boolean;
  onMulai: () => void;
  onLihat: (jobId: string) => void;
  onBatal: () => void;
}) {
  const { t } = useTranslation();
  const w = useWaktu();
  const j = k.job;
  return (
    <Table.Tr>
      <Table.Td>{k.instansiNama}</Table.Td>
      <Table.Td>{k.nama}</Table.Td>
      <Table.Td>{k.formulirId}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">{t("hasil.kalibrasi.dariMinimum", { n: k.selesai, min: minimum })}</Text>
          {k.layak ? (
            <Lencana warna="green">{t("hasil.kalibrasi.layak")}</Lencana>
          ) : (
            <Lencana warna="gray">{t("hasil.kalibrasi.belumLayak")}</Lencana>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        {j ? (
          <Stack gap={2}>
            <Text size="sm">
              {t(`hasil.kalibrasi.statusJob.${j.status}`)} · {w.tanggal(j.dibuat)}
            </Text>
            {berjalan(j.status) && (
              <Progress
                value={j.progres.total ? (100 * j.progres.selesai) / j.progres.total : 0}
                aria-label={t("hasil.kalibrasi.progres")}
                animated
              />
            )}
            <TombolBatalJob job={j} onBatal={onBatal} />
            {j.galat && (
              <Text size="xs" c="red">
                {j.galat}
              </Text>
            )}
          </Stack>
        ) : (
          "—"
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" disabled={!k.layak || berjalan(j?.status)} loading={sedang} onClick={onMulai}>
            {t("hasil.kalibrasi.mulai")}
          </Button>
          {j?.status === "selesai" && (
            <Button size="xs" variant="light" onClick={() => onLihat(j.id)}>
              {t("hasil.kalibrasi.lihat")}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function BarisVersi({ v, onLihat }: { v: VersiParameter; onLihat: () => void }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const warna =
    ({ sementara: "yellow", draf: "blue", terbit: "green", diganti: "gray" } as const)[
      v.status as "sementara" | "draf" | "terbit" | "diganti"
    ] ?? "gray";
  return (
    <Table.Tr>
      <Table.Td>{v.versi}</Table.Td>
      <Table.Td>{v.formulirId}</Table.Td>
      <Table.Td>
        <Lencana warna={warna}>{t(`hasil.kalibrasi.statusVersi.${v.status}`)}</Lencana>
      </Table.Td>
      <Table.Td>
        {w.tanggal(v.dibuat)}
        {v.diterbitkan && ` · ${t("hasil.kalibrasi.terbitPada", { tanggal: w.tanggal(v.diterbitkan) })}`}
      </Table.Td>
      <Table.Td>
        {v.sumberKampanyeId && (
          <Button size="xs" variant="light" onClick={onLihat}>
            {t("hasil.kalibrasi.lihat")}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The comparison of a job (while it runs: its progress) or of a version, with publication of a draft. */
function PanelBanding({
  lihat,
  versi,
  onBerubah,
}: {
  lihat: Lihat;
  versi: VersiParameter[];
  onBerubah: () => void;
}) {
  const { t } = useTranslation();
  const [diterbitkan, setDiterbitkan] = useState<{ versi: string; penskoranUlang: number } | null>(null);
  const q = useQuery({
    queryKey: ["kalibrasi", "banding", lihat.jenis, lihat.id],
    queryFn: async () => {
      if (lihat.jenis === "parameter") {
        const r = await api<{ banding: Banding }>(`/api/asesmen/parameter/${lihat.id}/banding`);
        return { status: "selesai", progres: null, galat: null, hasil: r.banding };
      }
      return api<{
        status: string;
        progres: { selesai: number; total: number | null };
        galat: string | null;
        hasil: Banding | null;
      }>(`/api/asesmen/kalibrasi-ulang/${lihat.id}`);
    },
    refetchInterval: (s) => (berjalan(s.state.data?.status) ? 1500 : false),
  });
  const hasil = q.data?.status === "selesai" ? q.data.hasil : null;
  const v = hasil ? versi.find((x) => x.versi === hasil.versiBaru) : undefined;
  // a finished job has written its draft version: refresh the lists once
  const versiBaru = hasil?.versiBaru;
  useEffect(() => {
    if (versiBaru) onBerubah();
  }, [versiBaru, onBerubah]);
  /** Asks first; publishing the draft version rescores the campaigns that used the form. */
  const terbit = (draf: VersiParameter) =>
    konfirmasi({
      judul: t("hasil.kalibrasi.konfirmasiJudul"),
      pesan: t("hasil.kalibrasi.konfirmasiPesan", { versi: draf.versi, formulir: draf.formulirId }),
      labelYa: t("hasil.kalibrasi.terbitkan"),
      aksi: async () => {
        setDiterbitkan(
          await api<{ versi: string; penskoranUlang: number }>(
            `/api/asesmen/parameter/${draf.id}/terbitkan`,
            {
              method: "POST",
            },
          ),
        );
        onBerubah();
      },
    });
  return (
    <Paper withBorder p="md" data-testid="panel-kalibrasi">
      <Title order={3} mb="sm">
        {t("hasil.kalibrasi.banding")}
      </Title>
      <QueryState query={q}>
        {(d) => (
          <Stack>
            {berjalan(d.status) && (
              <div>
                <Text size="sm">
                  {t("hasil.kalibrasi.berjalan", {
                    status: t(`hasil.kalibrasi.statusJob.${d.status}`),
                    selesai: d.progres?.selesai ?? 0,
                    total: d.progres?.total ?? "?",
                  })}
                </Text>
                <Progress
                  value={d.progres?.total ? (100 * d.progres.selesai) / d.progres.total : 0}
                  aria-label={t("hasil.kalibrasi.progres")}
                  animated
                />
              </div>
            )}
            {d.status === "gagal" && (
              <Alert color="red">{d.galat ?? t("hasil.kalibrasi.statusJob.gagal")}</Alert>
            )}
            {hasil && <BandingKalibrasi banding={hasil} />}
            {diterbitkan && (
              <Alert color="green" role="status">
                {t("hasil.kalibrasi.diterbitkan", {
                  versi: diterbitkan.versi,
                  n: diterbitkan.penskoranUlang,
                })}
              </Alert>
            )}
            {v?.status === "draf" && !diterbitkan && (
              <Group>
                <Button onClick={() => terbit(v)}>{t("hasil.kalibrasi.terbitkan")}</Button>
              </Group>
            )}
            {v && v.status !== "draf" && !diterbitkan && (
              <Text size="sm" c="dimmed">
                {t("hasil.kalibrasi.statusSekarang", {
                  status: t(`hasil.kalibrasi.statusVersi.${v.status}`),
                })}
              </Text>
            )}
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
