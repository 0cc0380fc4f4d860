/**
 * One expert panel (docs/panel-ahli.md): experts and their progress, inviting
 * an expert (the one-time code is shown once, to print), closing the panel,
 * and the results: CVR with Ayre & Scally's critical value, desirability
 * mean/SD, flags, ICC.
 */
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { DialogForm, konfirmasi, TabelBerhalaman } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { KUNCI_PANEL } from "./DaftarPanelPage.tsx";

type Kode = Jawaban<"/api/bank-butir/panel/{id}/ahli", "post">;
const f2 = (x: number | null) => (x === null ? "–" : x.toFixed(2));

export function DetailPanelPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [undang, setUndang] = useState(false);
  const [kode, setKode] = useState<Kode | null>(null);
  const [page, setPage] = useState(1);
  const [ditandai, setDitandai] = useState<"" | "true">("");
  const kunciP = [...KUNCI_PANEL, id];
  const d = useQuery({
    queryKey: [...kunciP, "detail"],
    queryFn: () => isi(klien.GET("/api/bank-butir/panel/{id}", { params: { path: { id } } })),
  });
  const kueriHasil = {
    queryKey: [...kunciP, "hasil", page, ditandai],
    queryFn: () =>
      isi(
        klien.GET("/api/bank-butir/panel/{id}/hasil", {
          params: { path: { id }, query: { page, pageSize: 25, ditandai } },
        }),
      ),
    placeholderData: keepPreviousData,
  };
  const h = useQuery(kueriHasil);
  // the same cached answer, its page of statements for the table
  const daftar = useQuery({ ...kueriHasil, select: (r: Hasil) => r.daftar });
  const form = useForm({
    initialValues: { nama: "" },
    validate: { nama: (v) => (v.trim() ? null : t("umum.wajibDiisi")) },
  });
  const tutup = () =>
    konfirmasi({
      judul: t("panelAhli.tutup"),
      pesan: t("panelAhli.tutupPesan"),
      labelYa: t("panelAhli.tutup"),
      bahaya: true,
      aksi: async () => {
        await isi(klien.POST("/api/bank-butir/panel/{id}/tutup", { params: { path: { id } } }));
        beritahuBerhasil(t("panelAhli.ditutup"));
        await qc.invalidateQueries({ queryKey: KUNCI_PANEL });
      },
    });
  const kodeBaru = async (ahliId: string) => {
    setKode(
      await isi(
        klien.POST("/api/bank-butir/panel/{id}/ahli/{ahliId}/kode", { params: { path: { id, ahliId } } }),
      ),
    );
    await qc.invalidateQueries({ queryKey: kunciP });
  };
  return (
    <QueryState query={d}>
      {(p) => (
        <Stack>
          <Title order={2}>{p.judul}</Title>
          <Group gap="xs">
            <Text size="sm">{t("panelAhli.ringkas", { versi: p.versi, n: p.jumlahPernyataan })}</Text>
            <Badge variant="light" color={p.status === "selesai" ? "green" : "blue"} c="dark.8">
              {t(`panelAhli.st.${p.status}`)}
            </Badge>
          </Group>
          {kode && (
            <Alert
              color="yellow"
              title={t("panelAhli.kodeJudul", { nama: kode.nama })}
              withCloseButton
              onClose={() => setKode(null)}
            >
              <Stack gap={4}>
                <Code fz="lg" data-testid="kode-panel">
                  {kode.kode}
                </Code>
                <Text size="sm">
                  {t("panelAhli.kodePetunjuk", { url: `${window.location.origin}/panel` })}
                </Text>
              </Stack>
            </Alert>
          )}
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={3}>{t("panelAhli.ahli")}</Title>
                {p.status === "terbuka" && (
                  <Group gap="xs">
                    <Button size="xs" onClick={() => setUndang(true)}>
                      {t("panelAhli.undang")}
                    </Button>
                    <Button size="xs" color="red" variant="light" onClick={tutup}>
                      {t("panelAhli.tutup")}
                    </Button>
                  </Group>
                )}
              </Group>
              <Table.ScrollContainer minWidth={360}>
                <Table>
                  <Table.Tbody>
                    {p.ahli.map((a) => (
                      <Table.Tr key={a.id}>
                        <Table.Td>{a.nama}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={a.status === "selesai" ? "green" : "gray"} c="dark.8">
                            {t(`panelAhli.stAhli.${a.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {a.dinilai}/{p.jumlahPernyataan}
                        </Table.Td>
                        <Table.Td>
                          {p.status === "terbuka" && (
                            <Button size="compact-xs" variant="subtle" onClick={() => kodeBaru(a.id)}>
                              {t("panelAhli.kodeBaru")}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          </Paper>
          <QueryState query={h}>
            {(r) => (
              <Stack>
                <Title order={3}>{t("panelAhli.hasil")}</Title>
                <Text size="sm">
                  {t("panelAhli.hasilRingkas", {
                    ahli: r.ahli,
                    kritis: r.cvrKritis === null ? "–" : r.cvrKritis.toFixed(2),
                    gagal: r.ringkasan.gagalCvr,
                    ditandai: r.ringkasan.ditandai,
                    n: r.ringkasan.pernyataan,
                  })}
                </Text>
                {r.cvrKritis === null && <Alert color="gray">{t("panelAhli.kurangAhli")}</Alert>}
                <Text size="sm" data-testid="icc">
                  {r.icc
                    ? t("panelAhli.icc", {
                        icc21: r.icc.icc21.toFixed(2),
                        icc2k: r.icc.icc2k.toFixed(2),
                        k: r.icc.k,
                        n: r.icc.n,
                      })
                    : t("panelAhli.iccTidakAda")}
                </Text>
                <SegmentedControl
                  value={ditandai}
                  onChange={(v) => {
                    setDitandai(v as "" | "true");
                    setPage(1);
                  }}
                  data={[
                    { value: "", label: t("panelAhli.semua") },
                    { value: "true", label: t("panelAhli.hanyaDitandai") },
                  ]}
                />
              </Stack>
            )}
          </QueryState>
          <TabelBerhalaman
            query={daftar}
            kunciBaris={(x: Baris) => x.id}
            onHalaman={setPage}
            label={t("panelAhli.hasil")}
            lebarMin={720}
            kolom={[
              { judul: "ID", isi: (x: Baris) => x.id, nowrap: true },
              { judul: t("panelAhli.pernyataan"), isi: (x: Baris) => x.teks },
              { judul: "n_e / N", isi: (x: Baris) => `${x.nEsensial}/${x.n}`, nowrap: true },
              {
                judul: "CVR",
                isi: (x: Baris) => (
                  <Text
                    size="sm"
                    fw={600}
                    c={x.lulusCvr === false ? "red.9" : x.lulusCvr ? "green.9" : undefined}
                  >
                    {f2(x.cvr)}
                    {x.cvrKritis !== null && ` ${x.lulusCvr ? "≥" : "<"} ${x.cvrKritis.toFixed(2)}`}
                  </Text>
                ),
                nowrap: true,
              },
              {
                judul: t("panelAhli.ks"),
                isi: (x: Baris) => `${f2(x.keinginanSosialRerata)} (SB ${f2(x.keinginanSosialSb)})`,
                nowrap: true,
              },
              {
                judul: t("panelAhli.bendera"),
                isi: (x: Baris) => (
                  <Stack gap={2}>
                    {x.bendera.map((b) => (
                      <Text key={b} size="xs" fw={600} c="#5f3300">
                        {t(`panelAhli.b.${b}`)}
                      </Text>
                    ))}
                  </Stack>
                ),
              },
            ]}
          />
          {undang && (
            <DialogForm
              judul={t("panelAhli.undang")}
              form={form}
              labelKirim={t("panelAhli.undang")}
              kirim={(v) =>
                isi(
                  klien.POST("/api/bank-butir/panel/{id}/ahli", {
                    params: { path: { id } },
                    body: { nama: v.nama.trim() },
                  }),
                )
              }
              onBerhasil={async (k) => {
                setKode(k);
                setUndang(false);
                form.reset();
                await qc.invalidateQueries({ queryKey: kunciP });
              }}
              onTutup={() => setUndang(false)}
            >
              <TextInput
                label={t("panelAhli.namaAhli")}
                description={t("panelAhli.namaAhliPetunjuk")}
                required
                {...form.getInputProps("nama")}
              />
            </DialogForm>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

type Hasil = Jawaban<"/api/bank-butir/panel/{id}/hasil">;
type Baris = Hasil["daftar"]["items"][number];
