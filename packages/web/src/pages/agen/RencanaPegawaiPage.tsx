import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { KehadiranRencana } from "./KehadiranRencana.tsx";
import { kunciAgen } from "./kunci.ts";
import { PilihPegawai } from "./PilihPegawai.tsx";

type Rencana = Jawaban<"/api/instansi/{instansiId}/rencana/pegawai/{pegawaiId}">;

/** The superior or the supervision team: an employee's plan, its assignment, confirming criteria; unit aggregates. */
export function RencanaPegawaiPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [pegawaiId, setPegawaiId] = useState<string | null>(null);
  const q = useQuery({
    queryKey: [...kunciAgen(instansi.id), "rencana", pegawaiId],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/rencana/pegawai/{pegawaiId}", {
          params: { path: { instansiId: instansi.id, pegawaiId: pegawaiId as string } },
        }),
      ),
    enabled: pegawaiId !== null,
    retry: false,
  });
  return (
    <Stack>
      <Title order={2}>{t("agen.rencana.judulPegawai")}</Title>
      <PilihPegawai label={t("agen.pegawai")} value={pegawaiId} onChange={setPegawaiId} />
      {pegawaiId && <QueryState query={q}>{(r) => <Rinci key={r.pegawai.id} r={r} />}</QueryState>}
      <Agregat />
    </Stack>
  );
}

function Rinci({ r }: { r: Rencana }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const segarkan = () => qc.invalidateQueries({ queryKey: kunciAgen(instansi.id) });
  const form = useForm({
    initialValues: {
      modul: r.kegiatan.filter((k) => k.jenis === "modul").map((k) => k.kodeTemplat ?? ""),
      judulTugas: "",
      pembimbingId: null as string | null,
      tenggat: "",
    },
  });
  const konfirmasi = async (kode: string) => {
    await isi(
      klien.POST("/api/instansi/{instansiId}/rencana/pegawai/{pegawaiId}/kriteria/{kode}/konfirmasi", {
        params: { path: { instansiId: instansi.id, pegawaiId: r.pegawai.id, kode } },
      }),
    );
    beritahuBerhasil(t("agen.rencana.berhasilKonfirmasi"));
    await segarkan();
  };
  const penugasanLama = r.kegiatan.filter((k) => k.jenis === "penugasan_terbimbing");
  return (
    <Stack>
      <Paper withBorder p="md">
        <Text fw={600}>
          {r.pegawai.nama} · {r.pegawai.unit ?? "–"}
        </Text>
        <Text size="sm">{t("agen.rencana.subtahap", { n: r.subtahap, nama: r.namaSubtahap })}</Text>
        {r.profil.subDimensiTerlemah.length > 0 && (
          <Text size="sm" c="dimmed">
            {t("agen.rencana.terlemah")}: {r.profil.subDimensiTerlemah.map((s) => s.nama).join(", ")}
          </Text>
        )}
      </Paper>
      <KartuForm
        judul={t("agen.rencana.tetapkan")}
        form={form}
        labelKirim={t("agen.rencana.simpan")}
        kirim={(v) =>
          isi(
            klien.PUT("/api/instansi/{instansiId}/rencana/pegawai/{pegawaiId}", {
              params: { path: { instansiId: instansi.id, pegawaiId: r.pegawai.id } },
              body: {
                subtahap: r.subtahap,
                kegiatan: [
                  ...v.modul.map((kode) => ({ jenis: "modul" as const, kodeTemplat: kode })),
                  ...penugasanLama.flatMap((k) =>
                    k.pembimbingId
                      ? [
                          {
                            jenis: "penugasan_terbimbing" as const,
                            judul: k.judul,
                            pembimbingId: k.pembimbingId,
                            ...(k.tenggat ? { tenggat: k.tenggat } : {}),
                          },
                        ]
                      : [],
                  ),
                  ...(v.judulTugas.trim() && v.pembimbingId
                    ? [
                        {
                          jenis: "penugasan_terbimbing" as const,
                          judul: v.judulTugas.trim(),
                          pembimbingId: v.pembimbingId,
                          ...(v.tenggat ? { tenggat: v.tenggat } : {}),
                        },
                      ]
                    : []),
                ],
              },
            }),
          )
        }
        onBerhasil={async () => {
          beritahuBerhasil(t("agen.rencana.berhasilSimpan"));
          await segarkan();
        }}
      >
        <MultiSelect
          label={t("agen.rencana.modulTabel", { tabel: 4 + r.subtahap })}
          data={r.usulan.map((u) => ({ value: u.kode, label: `${u.kode} · ${u.kegiatan}` }))}
          {...form.getInputProps("modul")}
        />
        <TextInput label={t("agen.rencana.judulTugas")} {...form.getInputProps("judulTugas")} />
        <PilihPegawai label={t("agen.rencana.pembimbing")} {...form.getInputProps("pembimbingId")} />
        <TextInput type="date" label={t("agen.rencana.tenggat")} {...form.getInputProps("tenggat")} />
      </KartuForm>
      <KehadiranRencana k={r.kehadiran} />
      <Title order={3} size="h4">
        {t("agen.rencana.kriteria")}
      </Title>
      {r.kriteria.map((k) => (
        <Paper key={k.kode} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">
              {k.kode} · {k.teks}
            </Text>
            {k.dikonfirmasi ? (
              <Badge color="teal.9" style={{ flexShrink: 0 }}>
                {t("agen.rencana.dikonfirmasi")}
              </Badge>
            ) : k.dicentang ? (
              <Button
                size="xs"
                onClick={() => konfirmasi(k.kode)}
                aria-label={`${t("agen.rencana.konfirmasi")} ${k.kode}`}
              >
                {t("agen.rencana.konfirmasi")}
              </Button>
            ) : (
              <Badge color="gray.7" style={{ flexShrink: 0 }}>
                {t("agen.rencana.belumDicentang")}
              </Badge>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function Agregat() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const q = useQuery({
    queryKey: [...kunciAgen(instansi.id), "rencana-unit"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/rencana/unit", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
    enabled: punya("pimpinan", "tim_supervisi", "ppk"),
  });
  const persen = (x: number | null) =>
    x === null ? t("agen.rencana.disembunyikan") : `${Math.round(x * 100)}%`;
  return (
    <QueryState query={q}>
      {(a) => (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t("agen.rencana.agregat")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("agen.rencana.agregatKet", { k: a.k })}
          </Text>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="tabel-gulir" tabIndex={0} aria-label={t("agen.rencana.agregat")}>
            <Table striped miw={480}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("agen.unit")}</Table.Th>
                  <Table.Th>{t("agen.rencana.berencana")}</Table.Th>
                  <Table.Th>{t("agen.rencana.proporsiKonfirmasi")}</Table.Th>
                  <Table.Th>{t("agen.rencana.kegiatanSelesai")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.unit.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={4}>{t("agen.rencana.agregatKosong")}</Table.Td>
                  </Table.Tr>
                )}
                {a.unit.map((u) => (
                  <Table.Tr key={u.unitId}>
                    <Table.Td>{u.nama}</Table.Td>
                    <Table.Td>{u.pegawaiBerencana}</Table.Td>
                    <Table.Td>{persen(u.proporsiDikonfirmasi)}</Table.Td>
                    <Table.Td>{persen(u.kegiatanSelesai)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        </Stack>
      )}
    </QueryState>
  );
}
