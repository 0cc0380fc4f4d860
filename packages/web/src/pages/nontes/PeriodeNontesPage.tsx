import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
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
import { kunci, useUnitList } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm, TabelBerhalaman } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { PetaLevelAkhir } from "./PetaLevelAkhir.tsx";

type Periode = Jawaban<"/api/instansi/{instansiId}/nontes/periode">["items"][number];

/** The supervision team: open a non-test period, open it to raters, run the rater correction, read the report. */
export function PeriodeNontesPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const unit = useUnitList(instansi.id);
  const [page, setPage] = useState(1);
  const [dipilih, setDipilih] = useState<string | null>(null);
  const kunciP = [...kunci.instansi(instansi.id), "nontes", "periode"];
  const q = useQuery({
    queryKey: [...kunciP, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/periode", {
          params: { path: { instansiId: instansi.id }, query: { page, pageSize: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const form = useForm({
    initialValues: { judul: "", unitIds: [] as string[], tenggat: "", aturanGabung: "selisih" },
    validate: {
      judul: (v) => (v.trim() ? null : t("nontes.form.wajib")),
      tenggat: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t("nontes.form.wajib")),
    },
  });
  const aksi = async (p: Periode, jalan: "buka" | "koreksi") => {
    const path = { params: { path: { instansiId: instansi.id, id: p.id } } };
    if (jalan === "buka") await isi(klien.POST("/api/instansi/{instansiId}/nontes/periode/{id}/buka", path));
    else await isi(klien.POST("/api/instansi/{instansiId}/nontes/periode/{id}/koreksi", path));
    beritahuBerhasil(t(`nontes.periode.berhasil.${jalan}`));
    await qc.invalidateQueries({ queryKey: kunciP });
  };
  return (
    <Stack>
      <Title order={2}>{t("nontes.periode.judul")}</Title>
      <KartuForm
        judul={t("nontes.periode.buat")}
        keterangan={t("nontes.periode.buatKeterangan")}
        form={form}
        labelKirim={t("nontes.periode.kirim")}
        kosongkanSetelahKirim
        kirim={(v) =>
          isi(
            klien.POST("/api/instansi/{instansiId}/nontes/periode", {
              params: { path: { instansiId: instansi.id } },
              body: {
                judul: v.judul.trim(),
                tenggat: v.tenggat,
                aturanGabung: v.aturanGabung as "baku" | "komposit" | "selisih",
                cakupan: v.unitIds.length ? { jenis: "unit", unitIds: v.unitIds } : { jenis: "semua" },
              },
            }),
          )
        }
        onBerhasil={async (p) => {
          beritahuBerhasil(t("nontes.periode.berhasil.buat"));
          setDipilih(p.id);
          await qc.invalidateQueries({ queryKey: kunciP });
        }}
      >
        <TextInput label={t("nontes.periode.namaPeriode")} required {...form.getInputProps("judul")} />
        <MultiSelect
          label={t("nontes.periode.unit")}
          description={t("nontes.periode.unitKeterangan")}
          data={(unit.data ?? []).map((u) => ({ value: u.id, label: u.nama }))}
          searchable
          {...form.getInputProps("unitIds")}
        />
        <TextInput type="date" label={t("nontes.tenggat")} required {...form.getInputProps("tenggat")} />
        <Select
          label={t("nontes.periode.aturan")}
          data={["selisih", "baku", "komposit"].map((a) => ({ value: a, label: t(`nontes.aturan.${a}`) }))}
          allowDeselect={false}
          {...form.getInputProps("aturanGabung")}
        />
      </KartuForm>
      <TabelBerhalaman
        query={q}
        kunciBaris={(p) => p.id}
        onHalaman={setPage}
        label={t("nontes.periode.daftar")}
        kolom={[
          { judul: t("nontes.periode.namaPeriode"), isi: (p) => p.judul },
          { judul: t("nontes.periode.status"), isi: (p) => <Badge>{t(`nontes.status.${p.status}`)}</Badge> },
          { judul: t("nontes.periode.sasaran"), isi: (p) => p.sasaran },
          { judul: t("nontes.periode.terkirim"), isi: (p) => `${p.tugasSelesai}/${p.tugas}` },
          {
            judul: t("nontes.periode.aksi"),
            isi: (p) => (
              <Group gap="xs" wrap="nowrap">
                {p.status === "draf" && (
                  <Button size="xs" onClick={() => aksi(p, "buka")}>
                    {t("nontes.periode.bukaPenilai")}
                  </Button>
                )}
                {p.tugasSelesai > 0 && (
                  <Button size="xs" variant="light" onClick={() => aksi(p, "koreksi")}>
                    {t("nontes.periode.koreksi")}
                  </Button>
                )}
                <Button size="xs" variant="subtle" onClick={() => setDipilih(p.id)}>
                  {t("nontes.periode.laporan")}
                </Button>
              </Group>
            ),
          },
        ]}
      />
      {dipilih && <LaporanPenilai periodeId={dipilih} />}
      {dipilih && <PetaLevelAkhir periodeId={dipilih} />}
    </Stack>
  );
}

const angka = (x: number | null | undefined, d = 2) => (x === null || x === undefined ? "–" : x.toFixed(d));

function LaporanPenilai({ periodeId }: { periodeId: string }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "nontes", "periode", periodeId, "penilai"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/periode/{id}/penilai", {
          params: { path: { instansiId: instansi.id, id: periodeId } },
        }),
      ),
  });
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4">
        {t("nontes.laporan.judul")}
      </Title>
      <QueryState query={q}>
        {(d) =>
          d.dihitung === null ? (
            <Text c="dimmed">{t("nontes.laporan.belum")}</Text>
          ) : (
            <Stack gap="xs">
              {d.galat && <Text c="red.9">{d.galat}</Text>}
              {d.kesepakatan && (
                <Text size="sm" data-testid="kesepakatan">
                  {t("nontes.laporan.kesepakatan", {
                    tepat: (d.kesepakatan.exact * 100).toFixed(0),
                    dekat: (d.kesepakatan.adjacent * 100).toFixed(0),
                    icc: angka(d.kesepakatan.icc),
                  })}
                </Text>
              )}
              <Table.ScrollContainer minWidth={560}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("nontes.laporan.penilai")}</Table.Th>
                      <Table.Th>{t("nontes.laporan.keparahan")}</Table.Th>
                      <Table.Th>SE</Table.Th>
                      <Table.Th>Infit</Table.Th>
                      <Table.Th>Outfit</Table.Th>
                      <Table.Th>{t("nontes.laporan.tanda")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.penilai.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>{p.nama}</Table.Td>
                        <Table.Td>{angka(p.keparahan)}</Table.Td>
                        <Table.Td>{angka(p.se)}</Table.Td>
                        <Table.Td>{angka(p.infit)}</Table.Td>
                        <Table.Td>{angka(p.outfit)}</Table.Td>
                        <Table.Td>
                          {[
                            p.misfit && t(`nontes.laporan.${p.misfit}`),
                            p.halo?.flagged && t("nontes.laporan.halo"),
                            p.tendensiSentral?.flagged && t("nontes.laporan.sentral"),
                          ]
                            .filter(Boolean)
                            .join(", ") || "–"}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          )
        }
      </QueryState>
    </Paper>
  );
}
