import { Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { kunciAgen, type Ringkasan } from "./kunci.ts";

/** The team assesses one appointed agent for a period: a level and its evidence per criterion (Tabel 2 I.2 (ii)). */
export function FormPenilaian({ ringkasan: r }: { ringkasan: Ringkasan }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const siklusId = r.siklus.id;
  const kriteria = r.instrumen?.kriteria ?? [];
  const agen = useQuery({
    queryKey: [...kunciAgen(instansi.id), "nominasi", siklusId, "ditetapkan"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/agen/siklus/{siklusId}/nominasi", {
          params: {
            path: { instansiId: instansi.id, siklusId },
            query: { status: "ditetapkan", pageSize: 200 },
          },
        }),
      ),
  });
  const form = useForm({
    initialValues: {
      pegawaiId: null as string | null,
      periode: "",
      skor: Object.fromEntries(kriteria.map((k) => [k.kode, { level: "", bukti: "" }])),
    },
    validate: {
      pegawaiId: (v) => (v ? null : t("agen.wajib")),
      periode: (v) => (v.trim() ? null : t("agen.wajib")),
    },
  });
  return (
    <KartuForm
      judul={t("agen.nilai.judul")}
      keterangan={t("agen.nilai.ket")}
      form={form}
      labelKirim={t("agen.nilai.simpan")}
      kosongkanSetelahKirim
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/agen/penilaian/{siklusId}", {
            params: { path: { instansiId: instansi.id, siklusId } },
            body: {
              pegawaiId: v.pegawaiId as string,
              periode: v.periode.trim(),
              skor: kriteria.map((k) => ({
                kode: k.kode,
                level: Number(v.skor[k.kode]?.level || 0),
                bukti: (v.skor[k.kode]?.bukti ?? "").trim(),
              })),
            },
          }),
        )
      }
      onBerhasil={async () => {
        beritahuBerhasil(t("agen.berhasil.penilaian"));
        await qc.invalidateQueries({ queryKey: kunciAgen(instansi.id) });
      }}
    >
      <Select
        label={t("agen.nilai.agen")}
        required
        data={(agen.data?.items ?? []).map((n) => ({ value: n.pegawai.id, label: n.pegawai.nama }))}
        {...form.getInputProps("pegawaiId")}
      />
      <TextInput
        label={t("agen.nilai.periode")}
        placeholder="2026-T1"
        required
        {...form.getInputProps("periode")}
      />
      {kriteria.map((k) => (
        <Paper key={k.kode} withBorder p="sm">
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {k.kode} · {k.nama} ({k.bobot}%)
            </Text>
            <Select
              label={t("agen.nilai.level", { kode: k.kode })}
              required
              data={k.rubrik.map((x, i) => ({ value: String(i + 1), label: `${i + 1} — ${x}` }))}
              {...form.getInputProps(`skor.${k.kode}.level`)}
            />
            <TextInput
              label={t("agen.nilai.bukti", { kode: k.kode })}
              required
              {...form.getInputProps(`skor.${k.kode}.bukti`)}
            />
          </Stack>
        </Paper>
      ))}
    </KartuForm>
  );
}
