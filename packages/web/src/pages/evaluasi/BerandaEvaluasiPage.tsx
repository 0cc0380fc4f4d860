import { Anchor, Checkbox, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { JENIS_INSTANSI } from "@nurani/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { useVersiTerbit } from "../lke/api.ts";
import { kunciEvaluasi, type Periode } from "./api.ts";
import { Lencana } from "./Lencana.tsx";
import { DaftarRekomendasi } from "./RekomendasiPanel.tsx";

/** The evaluation's home: the evaluator's periods (and opening one), or the agency's periods and recommendations. */
export function BerandaEvaluasiPage() {
  const { punya } = useSession();
  return punya("evaluator_nasional") ? <PeriodeAdmin /> : <BerandaInstansi />;
}

export function FaseBadge({ fase }: { fase: Periode["fase"] }) {
  const { t } = useTranslation();
  const warna = {
    belum_mulai: "gray",
    penilaian_mandiri: "blue",
    reviu: "grape",
    menunggu_publikasi: "orange",
    terbit: "teal",
  };
  return <Lencana color={warna[fase]}>{t(`evaluasi.fase.${fase}`)}</Lencana>;
}

function TabelPeriode({ items, tautan }: { items: Periode[]; tautan: (p: Periode) => string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("evaluasi.periode")}</Table.Th>
            <Table.Th>{t("evaluasi.fase.label")}</Table.Th>
            <Table.Th>{t("evaluasi.penilaianMandiri")}</Table.Th>
            <Table.Th>{t("evaluasi.reviu")}</Table.Th>
            <Table.Th>{t("evaluasi.publikasi")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor
                  href={tautan(p)}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(tautan(p));
                  }}
                >
                  {p.nama}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <FaseBadge fase={p.fase} />
              </Table.Td>
              <Table.Td>
                {p.penilaianMandiri.mulai} – {p.penilaianMandiri.selesai}
              </Table.Td>
              <Table.Td>
                {p.reviu.mulai} – {p.reviu.selesai}
              </Table.Td>
              <Table.Td>{p.publikasi}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PeriodeAdmin() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: kunciEvaluasi.periode(),
    queryFn: ({ signal }) => isi(klien.GET("/api/evaluasi/periode", { signal })),
  });
  const tahun = new Date().getFullYear() + 1;
  const terbit = useVersiTerbit();
  const form = useForm({
    initialValues: {
      versiLke: null as string | null,
      kode: `EVAL-${tahun}`,
      nama: `Evaluasi ${tahun}`,
      tahun,
      jenisPeserta: [...JENIS_INSTANSI] as string[],
      mandiriMulai: "",
      mandiriSelesai: "",
      reviuMulai: "",
      reviuSelesai: "",
      publikasi: "",
    },
  });
  // the period's dates: the self-assessment, the review, the publication
  const inputTanggal = (
    k: "mandiriMulai" | "mandiriSelesai" | "reviuMulai" | "reviuSelesai" | "publikasi",
  ) => <TextInput key={k} type="date" label={t(`evaluasi.${k}`)} required {...form.getInputProps(k)} />;
  // the active worksheet version (the newest published) unless the evaluator picks an older one
  const versiAktif = terbit.data?.items.find((v) => v.keadaan === "aktif")?.versi ?? null;
  return (
    <Stack>
      <div>
        <Title order={2}>{t("evaluasi.judulEvaluator")}</Title>
        <Text size="sm" c="dimmed">
          {t("evaluasi.keteranganEvaluator")}
        </Text>
      </div>
      <QueryState
        query={query}
        isEmpty={(d) => d.length === 0}
        empty={<Kosong pesan={t("evaluasi.belumAdaPeriode")} />}
      >
        {(items) => <TabelPeriode items={items} tautan={(p) => `/evaluasi/periode/${p.id}`} />}
      </QueryState>
      <KartuForm
        judul={t("evaluasi.bukaPeriode")}
        keterangan={t("evaluasi.bukaPeriodeKeterangan")}
        form={form}
        labelKirim={t("evaluasi.bukaPeriode")}
        kirim={async (v) =>
          isi(
            klien.POST("/api/evaluasi/periode", {
              body: {
                kode: v.kode.trim(),
                nama: v.nama.trim(),
                tahun: Number(v.tahun),
                jenisPeserta: v.jenisPeserta as (typeof JENIS_INSTANSI)[number][],
                // sent before the list arrived: the active version, asked for now
                versiLke:
                  v.versiLke ??
                  versiAktif ??
                  (await terbit.refetch()).data?.items.find((x) => x.keadaan === "aktif")?.versi ??
                  "",
                penilaianMandiri: { mulai: v.mandiriMulai, selesai: v.mandiriSelesai },
                reviu: { mulai: v.reviuMulai, selesai: v.reviuSelesai },
                publikasi: v.publikasi,
              },
            }),
          )
        }
        onBerhasil={async (p) => {
          beritahuBerhasil(t("evaluasi.berhasil.periode", { nama: p.nama }));
          await qc.invalidateQueries({ queryKey: kunciEvaluasi.semua });
        }}
      >
        <Group grow wrap="wrap">
          <TextInput label={t("evaluasi.kode")} required {...form.getInputProps("kode")} />
          <TextInput label={t("evaluasi.nama")} required {...form.getInputProps("nama")} />
          <TextInput label={t("evaluasi.tahun")} type="number" required {...form.getInputProps("tahun")} />
          <Select
            label={t("evaluasi.versiLke")}
            allowDeselect={false}
            data={(terbit.data?.items ?? []).map((v) => ({
              value: v.versi,
              label: t(v.keadaan === "aktif" ? "evaluasi.versiAktif" : "evaluasi.versiLama", {
                versi: v.versi,
              }),
            }))}
            value={form.values.versiLke ?? versiAktif}
            onChange={(v) => form.setFieldValue("versiLke", v)}
          />
        </Group>
        <Group grow wrap="wrap">
          {(["mandiriMulai", "mandiriSelesai"] as const).map(inputTanggal)}
        </Group>
        <Group grow wrap="wrap">
          {(["reviuMulai", "reviuSelesai", "publikasi"] as const).map(inputTanggal)}
        </Group>
        <Checkbox.Group label={t("evaluasi.jenisPeserta")} {...form.getInputProps("jenisPeserta")}>
          <Group mt="xs" wrap="wrap">
            {JENIS_INSTANSI.map((j) => (
              <Checkbox key={j} value={j} label={t(`evaluasi.jenis.${j}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      </KartuForm>
    </Stack>
  );
}

function BerandaInstansi() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const query = useQuery({
    queryKey: kunciEvaluasi.periodeInstansi(instansi.id),
    queryFn: ({ signal }) =>
      isi(
        klien.GET("/api/instansi/{instansiId}/evaluasi/periode", {
          params: { path: { instansiId: instansi.id } },
          signal,
        }),
      ),
  });
  return (
    <Stack>
      <div>
        <Title order={2}>{t("evaluasi.judulInstansi")}</Title>
        <Text size="sm" c="dimmed">
          {t("evaluasi.keteranganInstansi")}
        </Text>
      </div>
      <QueryState
        query={query}
        isEmpty={(d) => d.length === 0}
        empty={<Kosong pesan={t("evaluasi.belumAdaPeriode")} />}
      >
        {(items) => <TabelPeriode items={items} tautan={(p) => `/evaluasi/lke/${p.id}`} />}
      </QueryState>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h4" mb="sm">
          {t("evaluasi.rekomendasi")}
        </Title>
        <DaftarRekomendasi instansiId={instansi.id} evaluator={false} />
      </Paper>
    </Stack>
  );
}
