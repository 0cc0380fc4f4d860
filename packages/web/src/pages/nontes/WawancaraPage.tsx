import { Badge, Button, MultiSelect, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { DialogForm, TabelBerhalaman } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { IsiWawancara } from "./IsiWawancara.tsx";

type Wawancara = Jawaban<"/api/instansi/{instansiId}/nontes/wawancara">["items"][number];

/** A paginated list of interviews with "Open" (shared by the team's page and the interviewer's). */
export function DaftarWawancara({ saya }: { saya: boolean }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [page, setPage] = useState(1);
  const [dipilih, setDipilih] = useState<string | null>(null);
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "nontes", "wawancara", saya ? "saya" : "semua", page],
    queryFn: () =>
      isi(
        saya
          ? klien.GET("/api/instansi/{instansiId}/nontes/wawancara/saya", {
              params: { path: { instansiId: instansi.id }, query: { page, pageSize: 20 } },
            })
          : klien.GET("/api/instansi/{instansiId}/nontes/wawancara", {
              params: { path: { instansiId: instansi.id }, query: { page, pageSize: 20 } },
            }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <TabelBerhalaman
        query={q}
        kunciBaris={(w: Wawancara) => w.id}
        onHalaman={setPage}
        label={t("nontes.wawancara.judul")}
        kosong={saya ? t("nontes.wawancara.kosong") : undefined}
        kolom={[
          { judul: t("nontes.rekam.pegawai"), isi: (w) => w.pegawai.nama },
          { judul: t("nontes.wawancara.tanggal"), isi: (w) => w.tanggal },
          {
            judul: t("nontes.wawancara.tujuan"),
            isi: (w) => <Badge variant="light">{t(`nontes.wawancara.tujuanNama.${w.tujuan}`)}</Badge>,
          },
          {
            judul: t("nontes.wawancara.status"),
            isi: (w) =>
              t("nontes.wawancara.terkirim", {
                n: w.pewawancara.filter((p) => p.dikirim).length,
                total: w.pewawancara.length,
              }),
          },
          {
            judul: "",
            isi: (w) => (
              <Button size="xs" variant="light" onClick={() => setDipilih(w.id)}>
                {t("nontes.wawancara.buka")}
              </Button>
            ),
          },
        ]}
      />
      {dipilih && <IsiWawancara key={dipilih} id={dipilih} />}
    </Stack>
  );
}

/** The supervision team: schedule structured interviews (assessment or M&E sample) and read them. */
export function WawancaraPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const [buka, setBuka] = useState(false);
  const [cariP, setCariP] = useState("");
  const pegawai = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "nontes", "rekam", "pilih", cariP],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/rekam-jejak", {
          params: { path: { instansiId: instansi.id }, query: { pageSize: 50, cari: cariP || undefined } },
        }),
      ),
    enabled: buka,
  });
  const calon = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "nontes", "wawancara", "calon"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/wawancara/calon-pewawancara", {
          params: { path: { instansiId: instansi.id }, query: { pageSize: 200 } },
        }),
      ),
    enabled: buka,
  });
  const form = useForm({
    initialValues: { pegawaiId: "", tujuan: "asesmen", tanggal: "", pewawancara: [] as string[] },
    validate: {
      pegawaiId: (v) => (v ? null : t("nontes.form.wajib")),
      tanggal: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t("nontes.form.wajib")),
      pewawancara: (v) => (v.length >= 1 && v.length <= 2 ? null : t("nontes.form.wajib")),
    },
  });
  return (
    <Stack>
      <div>
        <Title order={2}>{t("nontes.wawancara.judul")}</Title>
        <Text c="dimmed" size="sm">
          {t("nontes.wawancara.subjudul")}
        </Text>
      </div>
      <Button w="fit-content" onClick={() => setBuka(true)}>
        {t("nontes.wawancara.jadwalkan")}
      </Button>
      {buka && (
        <DialogForm
          judul={t("nontes.wawancara.jadwalkan")}
          form={form}
          onTutup={() => setBuka(false)}
          kirim={(v) =>
            isi(
              klien.POST("/api/instansi/{instansiId}/nontes/wawancara", {
                params: { path: { instansiId: instansi.id } },
                body: {
                  pegawaiId: v.pegawaiId,
                  tujuan: v.tujuan as "asesmen" | "monev",
                  tanggal: v.tanggal,
                  pewawancara: v.pewawancara,
                },
              }),
            )
          }
          onBerhasil={async () => {
            setBuka(false);
            form.reset();
            beritahuBerhasil(t("nontes.wawancara.berhasil"));
            await qc.invalidateQueries({ queryKey: [...kunci.instansi(instansi.id), "nontes", "wawancara"] });
          }}
        >
          <Select
            label={t("nontes.rekam.pegawai")}
            searchable
            searchValue={cariP}
            onSearchChange={setCariP}
            data={(pegawai.data?.items ?? []).map((p) => ({ value: p.pegawai.id, label: p.pegawai.nama }))}
            {...form.getInputProps("pegawaiId")}
          />
          <Select
            label={t("nontes.wawancara.tujuan")}
            data={["asesmen", "monev"].map((x) => ({
              value: x,
              label: t(`nontes.wawancara.tujuanNama.${x}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps("tujuan")}
          />
          <TextInput
            type="date"
            label={t("nontes.wawancara.tanggal")}
            required
            {...form.getInputProps("tanggal")}
          />
          <MultiSelect
            label={t("nontes.wawancara.pewawancara")}
            searchable
            maxValues={2}
            data={(calon.data?.items ?? []).map((u) => ({ value: u.id, label: u.nama }))}
            {...form.getInputProps("pewawancara")}
          />
        </DialogForm>
      )}
      <DaftarWawancara saya={false} />
    </Stack>
  );
}

/** The interviewer: their interviews, the guide and the BARS scoring. */
export function WawancaraSayaPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t("nontes.wawancara.sayaJudul")}</Title>
      <DaftarWawancara saya />
    </Stack>
  );
}
