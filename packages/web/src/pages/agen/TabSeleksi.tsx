import { Badge, Button, Group, NumberInput, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm, TabelBerhalaman } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { kunciAgen, type Ringkasan } from "./kunci.ts";

/** Publishing the criteria and coverage rule (team, PPK), the team's selection, the PPK's decree. */
export function TabSeleksi({ ringkasan: r }: { ringkasan: Ringkasan }) {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const siklusId = r.siklus.id;
  const [page, setPage] = useState(1);
  const segarkan = () => qc.invalidateQueries({ queryKey: kunciAgen(instansi.id) });
  const q = useQuery({
    queryKey: [...kunciAgen(instansi.id), "nominasi", siklusId, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/agen/siklus/{siklusId}/nominasi", {
          params: { path: { instansiId: instansi.id, siklusId }, query: { page, pageSize: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const aturan = useForm({
    initialValues: {
      kriteria: (r.aturan?.kriteria ?? []).join("\n"),
      minPegawai: r.aturan?.minPegawai ?? 20,
      minAgen: r.aturan?.minAgen ?? 1,
    },
    validate: { kriteria: (v) => (v.trim() ? null : t("agen.wajib")) },
  });
  const sk = useForm({
    initialValues: { nomorSk: "", tanggalSk: "" },
    validate: {
      nomorSk: (v) => (v.trim() ? null : t("agen.wajib")),
      tanggalSk: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t("agen.wajib")),
    },
  });
  const putuskan = async (id: string, keputusan: "terpilih" | "tidak_terpilih") => {
    await isi(
      klien.POST("/api/instansi/{instansiId}/agen/nominasi/{id}/keputusan", {
        params: { path: { instansiId: instansi.id, id } },
        body: { keputusan },
      }),
    );
    beritahuBerhasil(t("agen.berhasil.keputusan"));
    await segarkan();
  };
  const terbuka = !r.siklus.ditutup;
  return (
    <Stack>
      {terbuka && punya("tim_supervisi", "ppk") && (
        <KartuForm
          judul={t("agen.terbitkanKriteria")}
          keterangan={t("agen.terbitkanKet")}
          form={aturan}
          labelKirim={t("agen.terbitkan")}
          kirim={(v) =>
            isi(
              klien.PUT("/api/instansi/{instansiId}/agen/siklus/{siklusId}/kriteria", {
                params: { path: { instansiId: instansi.id, siklusId } },
                body: {
                  kriteria: v.kriteria
                    .split("\n")
                    .map((x) => x.trim())
                    .filter(Boolean),
                  minPegawai: Number(v.minPegawai),
                  minAgen: Number(v.minAgen),
                },
              }),
            )
          }
          onBerhasil={async () => {
            beritahuBerhasil(t("agen.berhasil.kriteria"));
            await segarkan();
          }}
        >
          <Textarea
            label={t("agen.kriteriaPerBaris")}
            required
            autosize
            minRows={3}
            {...aturan.getInputProps("kriteria")}
          />
          <Group grow>
            <NumberInput label={t("agen.minPegawai")} min={1} {...aturan.getInputProps("minPegawai")} />
            <NumberInput label={t("agen.minAgen")} min={1} {...aturan.getInputProps("minAgen")} />
          </Group>
        </KartuForm>
      )}
      <TabelBerhalaman
        query={q}
        kunciBaris={(n) => n.id}
        onHalaman={setPage}
        label={t("agen.daftarNominasi")}
        kolom={[
          { judul: t("agen.pegawai"), isi: (n) => `${n.pegawai.nama} (${n.pegawai.nip})` },
          { judul: t("agen.unit"), isi: (n) => n.unit ?? "–" },
          {
            judul: t("agen.diusulkan"),
            isi: (n) => (n.mandiri ? t("agen.mandiri") : (n.pengusul ?? "–")),
          },
          { judul: t("agen.alasan"), isi: (n) => n.alasan },
          {
            judul: t("agen.statusKolom"),
            isi: (n) => <Badge variant="light">{t(`agen.status.${n.status}`)}</Badge>,
          },
          {
            judul: t("agen.aksi"),
            isi: (n) =>
              terbuka && punya("tim_supervisi") && n.status !== "ditetapkan" ? (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    onClick={() => putuskan(n.id, "terpilih")}
                    aria-label={`${t("agen.pilih")} ${n.pegawai.nama}`}
                  >
                    {t("agen.pilih")}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    color="gray"
                    onClick={() => putuskan(n.id, "tidak_terpilih")}
                    aria-label={`${t("agen.tolak")} ${n.pegawai.nama}`}
                  >
                    {t("agen.tolak")}
                  </Button>
                </Group>
              ) : null,
          },
        ]}
      />
      {terbuka && punya("ppk") && (
        <KartuForm
          judul={t("agen.penetapan")}
          keterangan={t("agen.penetapanKet")}
          form={sk}
          labelKirim={t("agen.tetapkan")}
          kirim={(v) =>
            isi(
              klien.POST("/api/instansi/{instansiId}/agen/siklus/{siklusId}/penetapan", {
                params: { path: { instansiId: instansi.id, siklusId } },
                body: { nomorSk: v.nomorSk.trim(), tanggalSk: v.tanggalSk },
              }),
            )
          }
          onBerhasil={async (h) => {
            beritahuBerhasil(t("agen.berhasil.penetapan", { n: h.ditetapkan }));
            await segarkan();
          }}
        >
          <TextInput label={t("agen.nomorSk")} required {...sk.getInputProps("nomorSk")} />
          <TextInput type="date" label={t("agen.tanggalSk")} required {...sk.getInputProps("tanggalSk")} />
        </KartuForm>
      )}
    </Stack>
  );
}
