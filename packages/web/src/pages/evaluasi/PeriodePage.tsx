import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { konfirmasi, TabelBerhalaman, UKURAN_HALAMAN } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { angka, kunciEvaluasi } from "./api.ts";
import { FaseBadge } from "./BerandaEvaluasiPage.tsx";
import { Lencana } from "./Lencana.tsx";

/** One period for the evaluator: the review queue of participating agencies, the rankings and their publication. */
export function PeriodePage({ periodeId }: { periodeId: string }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [dasar, setDasar] = useState<"lke" | "indeks">("lke");
  const antrean = useQuery({
    queryKey: kunciEvaluasi.antrean(periodeId, page),
    queryFn: ({ signal }) =>
      isi(
        klien.GET("/api/evaluasi/periode/{periodeId}/lembar", {
          params: { path: { periodeId }, query: { page, pageSize: UKURAN_HALAMAN[0] } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const peringkat = useQuery({
    queryKey: [...kunciEvaluasi.peringkat(periodeId), dasar],
    queryFn: ({ signal }) =>
      isi(
        klien.GET("/api/evaluasi/periode/{periodeId}/peringkat", {
          params: { path: { periodeId }, query: { dasar } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const buka = (instansiId: string) => `/evaluasi/reviu/${periodeId}/${instansiId}`;
  return (
    <Stack>
      <QueryState query={peringkat}>
        {(pr) => (
          <div>
            <Group gap="xs">
              <Title order={2}>{pr.periode.nama}</Title>
              <FaseBadge fase={pr.periode.fase} />
            </Group>
            <Text size="sm" c="dimmed">
              {t("evaluasi.penilaianMandiri")} {pr.periode.penilaianMandiri.mulai} –{" "}
              {pr.periode.penilaianMandiri.selesai} · {t("evaluasi.reviu")} {pr.periode.reviu.mulai} –{" "}
              {pr.periode.reviu.selesai} · {t("evaluasi.publikasi")} {pr.periode.publikasi}
            </Text>
          </div>
        )}
      </QueryState>
      <Title order={3} size="h4">
        {t("evaluasi.antrean")}
      </Title>
      <TabelBerhalaman
        query={antrean}
        kunciBaris={(b) => b.instansiId}
        onHalaman={setPage}
        label={t("evaluasi.antrean")}
        kolom={[
          {
            judul: t("evaluasi.instansi"),
            isi: (b) => (
              <Anchor
                href={buka(b.instansiId)}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(buka(b.instansiId));
                }}
              >
                {b.kode} — {b.nama}
              </Anchor>
            ),
          },
          { judul: t("evaluasi.jenisLabel"), isi: (b) => t(`evaluasi.jenis.${b.jenis}`) },
          {
            judul: t("evaluasi.statusLembar.label"),
            isi: (b) => <Lencana>{t(`evaluasi.statusLembar.${b.status}`)}</Lencana>,
          },
          {
            judul: t("evaluasi.skorMandiri"),
            isi: (b) => (b.skorMandiri === null ? "—" : angka(b.skorMandiri, i18n.language)),
          },
          {
            judul: t("evaluasi.skorAkhir"),
            isi: (b) => (b.skorAkhir === null ? "—" : angka(b.skorAkhir, i18n.language)),
          },
        ]}
      />
      <QueryState query={peringkat}>
        {(pr) => (
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between" wrap="wrap">
              <Title order={3} size="h4">
                {t("evaluasi.peringkat")}
              </Title>
              {pr.periode.peringkatTerbit ? (
                <Lencana color="teal">{t("evaluasi.peringkatTerbit")}</Lencana>
              ) : (
                <Button
                  disabled={!pr.periode.aksi.includes("terbitkan_peringkat")}
                  onClick={async () => {
                    const ok = await konfirmasi({
                      judul: t("evaluasi.terbitkanPeringkat"),
                      pesan: t("evaluasi.terbitkanPesan"),
                      labelYa: t("evaluasi.terbitkanPeringkat"),
                      aksi: () =>
                        isi(
                          klien.POST("/api/evaluasi/periode/{periodeId}/peringkat/terbitkan", {
                            params: { path: { periodeId } },
                          }),
                        ),
                    });
                    if (ok) {
                      beritahuBerhasil(t("evaluasi.berhasil.terbit"));
                      await qc.invalidateQueries({ queryKey: kunciEvaluasi.semua });
                    }
                  }}
                >
                  {t("evaluasi.terbitkanPeringkat")}
                </Button>
              )}
            </Group>
            <SegmentedControl
              mt="xs"
              aria-label={t("evaluasi.dasarPeringkat")}
              value={dasar}
              onChange={(v) => setDasar(v as "lke" | "indeks")}
              data={[
                { value: "lke", label: t("evaluasi.dasarLke") },
                { value: "indeks", label: t("evaluasi.dasarIndeks") },
              ]}
            />
            <Text size="sm" c="dimmed" mt="xs" data-testid="penjelasan-peringkat">
              {pr.penjelasan}
            </Text>
            <Table.ScrollContainer minWidth={560}>
              <Table mt="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("evaluasi.jenisLabel")}</Table.Th>
                    <Table.Th>{t("evaluasi.instansi")}</Table.Th>
                    <Table.Th>{t("evaluasi.nilai")}</Table.Th>
                    <Table.Th>{t("evaluasi.rentangPeringkat")}</Table.Th>
                    <Table.Th>{t("evaluasi.pitaLabel")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pr.items.map((x) => (
                    <Table.Tr key={x.instansiId}>
                      <Table.Td>{t(`evaluasi.jenis.${x.jenis}`)}</Table.Td>
                      <Table.Td>
                        {x.kode} — {x.nama}
                      </Table.Td>
                      <Table.Td>
                        {angka(x.nilai, i18n.language)}
                        {x.atas > x.bawah &&
                          ` (${angka(x.bawah, i18n.language)}–${angka(x.atas, i18n.language)})`}
                      </Table.Td>
                      <Table.Td>{x.rentang}</Table.Td>
                      <Table.Td>{t(`evaluasi.pita.${x.pita}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </QueryState>
    </Stack>
  );
}
