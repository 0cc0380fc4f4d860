import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { KODE_FAKTOR, KODE_SUBDIMENSI } from "@nurani/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { useWaktu } from "../../lib/waktu.ts";
import { type DetailVersi, kunciBank, type Temuan, URL_BANK } from "./api.ts";
import { dua } from "./format.ts";
import { Gulir } from "./Gulir.tsx";

const UKURAN = 50;

/** The version's lint report and design guard report (docs/item-bank.md "Linter", "Design guard"). */
export function LaporanView({ versi }: { versi: DetailVersi }) {
  return (
    <Stack gap="xl">
      <LaporanDesain versi={versi} />
      {/* the lint report names keys: key holders only */}
      {versi.lihatKunci && <LaporanLint versi={versi} />}
    </Stack>
  );
}

function LaporanLint({ versi }: { versi: DetailVersi }) {
  const { t } = useTranslation();
  const [saring, setSaring] = useState<"semua" | "galat" | "peringatan">("semua");
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [...kunciBank.versi(versi.id), "lint"],
    queryFn: ({ signal }) =>
      api<{ galat: number; peringatan: number; temuan: Temuan[] }>(`${URL_BANK}/versi/${versi.id}/lint`, {
        signal,
      }),
  });
  return (
    <Stack>
      <Title order={3}>{t("bankButir.laporanLint")}</Title>
      <QueryState query={query}>
        {(d) => {
          const daftar = d.temuan.filter((x) => saring === "semua" || x.keparahan === saring);
          return (
            <Stack>
              <Group>
                <Text>{t("bankButir.ringkasLint", { galat: d.galat, peringatan: d.peringatan })}</Text>
                <SegmentedControl
                  aria-label={t("bankButir.saringTemuan")}
                  value={saring}
                  onChange={(v) => {
                    setSaring(v as typeof saring);
                    setPage(1);
                  }}
                  data={[
                    { value: "semua", label: t("bankButir.semua") },
                    { value: "galat", label: t("bankButir.galat") },
                    { value: "peringatan", label: t("bankButir.peringatan") },
                  ]}
                />
              </Group>
              {daftar.length === 0 ? (
                <Alert color="green" variant="light">
                  {t("bankButir.tanpaTemuan")}
                </Alert>
              ) : (
                <>
                  <Gulir minWidth={640} label={t("bankButir.laporanLint")}>
                    <Table striped verticalSpacing="xs">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t("bankButir.keparahan")}</Table.Th>
                          <Table.Th>{t("bankButir.aturan")}</Table.Th>
                          <Table.Th>{t("bankButir.lokasi")}</Table.Th>
                          <Table.Th>{t("bankButir.pesan")}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {daftar.slice((page - 1) * UKURAN, page * UKURAN).map((x, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: findings may repeat
                          <Table.Tr key={i}>
                            <Table.Td>
                              <Badge
                                variant="light"
                                color={x.keparahan === "galat" ? "red" : "yellow"}
                                c={x.keparahan === "galat" ? "red.9" : "#5f4100"}
                              >
                                {x.keparahan === "galat" ? t("bankButir.galat") : t("bankButir.peringatan")}
                              </Badge>
                            </Table.Td>
                            <Table.Td ff="monospace">{x.aturan}</Table.Td>
                            <Table.Td>{x.lokasi}</Table.Td>
                            <Table.Td>{x.pesan}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Gulir>
                  <Paginasi page={page} pageSize={UKURAN} total={daftar.length} onChange={setPage} />
                </>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function LaporanDesain({ versi }: { versi: DetailVersi }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const { punya } = useSession();
  const qc = useQueryClient();
  const d = versi.desain;
  const jalan = d.job && (d.job.status === "antre" || d.job.status === "berjalan");
  const mulai = useMutation({
    mutationFn: () =>
      api<{ jobId: string }>(`${URL_BANK}/versi/${versi.id}/desain`, { method: "POST", body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: kunciBank.versi(versi.id) }),
  });
  const bolehJalankan = punya("evaluator_nasional") && versi.status !== "terbit";
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t("bankButir.laporanDesain")}</Title>
        {bolehJalankan && (
          <Button onClick={() => mulai.mutate()} loading={mulai.isPending || !!jalan} variant="light">
            {t("bankButir.jalankanPenjaga")}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t("bankButir.penjagaKeterangan")}
      </Text>
      <ErrorAlert error={mulai.error} />
      {jalan && d.job && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">
            {t("bankButir.penjagaBerjalan", { selesai: d.job.selesai, total: d.job.total || "?" })}
          </Text>
          <Progress value={d.job.total ? (100 * d.job.selesai) / d.job.total : 5} animated aria-hidden />
        </Stack>
      )}
      {d.job?.status === "gagal" && (
        <Alert color="red" title={t("bankButir.penjagaGagal")}>
          {d.job.galat}
        </Alert>
      )}
      {!d.laporan ? (
        <Text>{t("bankButir.penjagaBelum")}</Text>
      ) : (
        <Stack>
          <Group gap="sm">
            <Badge
              variant="light"
              color={!d.mutakhir ? "gray" : d.layakTerbit ? "green" : "red"}
              c={!d.mutakhir ? "gray.9" : d.layakTerbit ? "#1b5e20" : "red.9"}
            >
              {!d.mutakhir
                ? t("bankButir.laporanUsang")
                : d.layakTerbit
                  ? t("bankButir.layakTerbit")
                  : t("bankButir.tidakLayakTerbit")}
            </Badge>
            <Text size="sm" c="dimmed">
              {t("bankButir.penjagaRincian", {
                waktu: w.waktu(d.laporan.dihitung),
                n: d.laporan.n,
                benih: d.laporan.benih,
                detik: (d.laporan.durasiMs / 1000).toFixed(1),
              })}
            </Text>
          </Group>
          <Gulir minWidth={720} label={t("bankButir.laporanDesain")}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("bankButir.formulir")}</Table.Th>
                  <Table.Th>{t("bankButir.reliabilitasSub")}</Table.Th>
                  <Table.Th>{t("bankButir.reliabilitasFaktor")}</Table.Th>
                  <Table.Th>{t("bankButir.biasKorelasi")}</Table.Th>
                  <Table.Th>{t("bankButir.pembalikanTanda")}</Table.Th>
                  <Table.Th>{t("bankButir.putusan")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.laporan.formulir.map((f) => {
                  const rel = KODE_SUBDIMENSI.map((k) => f.reliabilitas[k]).filter((r) => r !== undefined);
                  return (
                    <Table.Tr key={f.formulir}>
                      <Table.Td ff="monospace">{f.formulir}</Table.Td>
                      <Table.Td>
                        {rel.length ? `${dua(Math.min(...rel))}–${dua(Math.max(...rel))}` : "—"}
                        {rel.length > 0 && (
                          <Text size="xs" c="dimmed">
                            {KODE_SUBDIMENSI.filter((k) => f.reliabilitas[k] !== undefined)
                              .map((k) => `${k} ${dua(f.reliabilitas[k])}`)
                              .join(" · ")}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {KODE_FAKTOR.filter((k) => f.reliabilitasFaktor[k] !== undefined)
                          .map((k) => `${k} ${dua(f.reliabilitasFaktor[k])}`)
                          .join(" · ") || "—"}
                      </Table.Td>
                      <Table.Td>
                        {dua(f.biasKorelasiRataRata)} / {dua(f.biasKorelasiMaks)}
                      </Table.Td>
                      <Table.Td>{f.pembalikanTanda}</Table.Td>
                      <Table.Td>
                        {f.layakTerbit ? t("bankButir.layakTerbit") : t("bankButir.tidakLayakTerbit")}
                        {f.alasan.length > 0 && (
                          <List size="xs">
                            {f.alasan.map((a) => (
                              <List.Item key={a}>{a}</List.Item>
                            ))}
                          </List>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Gulir>
          <Text size="xs" c="dimmed">
            {t("bankButir.parameterSementara")}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
