import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, type Kiriman, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { DialogForm, TabelBerhalaman } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { BerkasRekamJejak } from "./BerkasRekamJejak.tsx";

type Berkas = Jawaban<"/api/instansi/{instansiId}/nontes/rekam-jejak/saya">;
type Body = Kiriman<"/api/instansi/{instansiId}/nontes/rekam-jejak/pegawai/{pegawaiId}/entri", "post">;

const JENIS = [
  "sanksi_disiplin",
  "laporan_gratifikasi",
  "lhkasn",
  "temuan_apip",
  "penghargaan",
  "uji_publik",
] as const;
const SUMBER = ["lingkungan_kerja", "kepegawaian", "upg", "apip", "lembaga_pemantau", "uji_publik"] as const;
const SUMBER_BAKU: Record<(typeof JENIS)[number], (typeof SUMBER)[number]> = {
  sanksi_disiplin: "kepegawaian",
  laporan_gratifikasi: "upg",
  lhkasn: "kepegawaian",
  temuan_apip: "apip",
  penghargaan: "lingkungan_kerja",
  uji_publik: "uji_publik",
};

/** The supervision team: employees' track-record files, entries by hand, reading reflections (BAB III.B.3.b angka 1). */
export function RekamJejakPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [page, setPage] = useState(1);
  const [cari, setCari] = useState("");
  const [dipilih, setDipilih] = useState<string | null>(null);
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "nontes", "rekam", page, cari],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/rekam-jejak", {
          params: {
            path: { instansiId: instansi.id },
            query: { page, pageSize: 20, cari: cari || undefined },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <div>
        <Title order={2}>{t("nontes.rekam.judul")}</Title>
        <Text c="dimmed" size="sm">
          {t("nontes.rekam.subjudul")}
        </Text>
      </div>
      <TextInput
        label={t("nontes.rekam.cari")}
        value={cari}
        onChange={(e) => {
          setCari(e.currentTarget.value);
          setPage(1);
        }}
      />
      <TabelBerhalaman
        query={q}
        kunciBaris={(r) => r.pegawai.id}
        onHalaman={setPage}
        label={t("nontes.rekam.judul")}
        kolom={[
          { judul: t("nontes.rekam.pegawai"), isi: (r) => r.pegawai.nama },
          { judul: t("nontes.rekam.entri"), isi: (r) => r.entri },
          { judul: t("nontes.rekam.refleksi"), isi: (r) => `${r.refleksi}/3` },
          {
            judul: "",
            isi: (r) => (
              <Button size="xs" variant="light" onClick={() => setDipilih(r.pegawai.id)}>
                {t("nontes.rekam.buka")}
              </Button>
            ),
          },
        ]}
      />
      {dipilih && <BerkasTim pegawaiId={dipilih} />}
    </Stack>
  );
}

function BerkasTim({ pegawaiId }: { pegawaiId: string }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const [tambah, setTambah] = useState(false);
  const k = [...kunci.instansi(instansi.id), "nontes", "rekam", "pegawai", pegawaiId];
  const path = { instansiId: instansi.id, pegawaiId };
  const q = useQuery({
    queryKey: k,
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/rekam-jejak/pegawai/{pegawaiId}", { params: { path } }),
      ),
  });
  const segarkan = (d: Berkas) => {
    qc.setQueryData(k, d);
    return qc.invalidateQueries({ queryKey: [...kunci.instansi(instansi.id), "nontes", "rekam"] });
  };
  const nilai = async (faktor: "KD" | "DN" | "KM", level: string | null) => {
    const d = await isi(
      klien.PUT("/api/instansi/{instansiId}/nontes/rekam-jejak/pegawai/{pegawaiId}/refleksi/{faktor}", {
        params: { path: { ...path, faktor } },
        body: { level: level ? Number(level) : null },
      }),
    );
    beritahuBerhasil(t("nontes.rekam.berhasilNilai"));
    await segarkan(d);
  };
  return (
    <QueryState query={q}>
      {(d) => (
        <Stack>
          <Group justify="space-between">
            <Title order={3}>{d.pegawai.nama}</Title>
            <Button onClick={() => setTambah(true)}>{t("nontes.rekam.tambah")}</Button>
          </Group>
          <BerkasRekamJejak
            berkas={d}
            nilaiRefleksi={(f) => (
              <Select
                label={t("nontes.rekam.nilaiRefleksi")}
                placeholder={t("nontes.rekam.belumDinilai")}
                data={[1, 2, 3, 4].map((l) => ({ value: String(l), label: t("nontes.level", { level: l }) }))}
                value={f.levelDinilai ? String(f.levelDinilai) : null}
                onChange={(v) => nilai(f.faktor, v)}
                disabled={!f.diubah}
                clearable
                w={220}
              />
            )}
            tautanBerkas={(e) =>
              e.buktiBerkas ? (
                <Anchor
                  href={`/api/instansi/${instansi.id}/nontes/rekam-jejak/pegawai/${pegawaiId}/entri/${e.id}/bukti`}
                >
                  {e.buktiBerkas}
                </Anchor>
              ) : null
            }
          />
          {tambah && (
            <DialogEntri
              pegawaiId={pegawaiId}
              onTutup={() => setTambah(false)}
              onBerhasil={async (b) => {
                setTambah(false);
                beritahuBerhasil(t("nontes.rekam.berhasil"));
                await segarkan(b);
              }}
            />
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function DialogEntri(p: { pegawaiId: string; onTutup: () => void; onBerhasil: (b: Berkas) => void }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const form = useForm({
    initialValues: {
      jenis: "sanksi_disiplin" as (typeof JENIS)[number],
      tingkat: "ringan",
      status: "tepat_waktu",
      tindakLanjut: "belum",
      hasil: "positif",
      faktor: ["KD"] as string[],
      sumber: "kepegawaian" as (typeof SUMBER)[number],
      tanggal: "",
      buktiTautan: "",
      keterangan: "",
    },
    validate: { tanggal: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t("nontes.form.wajib")) },
  });
  const v = form.values;
  const rincian = (): Body["rincian"] => {
    switch (v.jenis) {
      case "sanksi_disiplin":
        return { jenis: v.jenis, tingkat: v.tingkat as "ringan" };
      case "lhkasn":
        return { jenis: v.jenis, status: v.status as "tepat_waktu" };
      case "temuan_apip":
        return { jenis: v.jenis, tindakLanjut: v.tindakLanjut as "belum" };
      case "penghargaan":
        return { jenis: v.jenis, faktor: v.faktor as ("KD" | "DN" | "KM")[] };
      case "uji_publik":
        return { jenis: v.jenis, hasil: v.hasil as "positif" };
      default:
        return { jenis: "laporan_gratifikasi" as const };
    }
  };
  const pilihan = (kunciI18n: string, xs: readonly string[]) =>
    xs.map((x) => ({ value: x, label: t(`nontes.rekam.${kunciI18n}.${x}`) }));
  return (
    <DialogForm
      judul={t("nontes.rekam.tambah")}
      form={form}
      onTutup={p.onTutup}
      kirim={() =>
        isi(
          klien.POST("/api/instansi/{instansiId}/nontes/rekam-jejak/pegawai/{pegawaiId}/entri", {
            params: { path: { instansiId: instansi.id, pegawaiId: p.pegawaiId } },
            body: {
              rincian: rincian(),
              sumber: v.sumber,
              tanggal: v.tanggal,
              buktiTautan: v.buktiTautan.trim() || undefined,
              keterangan: v.keterangan.trim() || undefined,
            },
          }),
        )
      }
      onBerhasil={p.onBerhasil}
    >
      <Select
        label={t("nontes.rekam.jenis")}
        data={pilihan("namaJenis", JENIS)}
        allowDeselect={false}
        {...form.getInputProps("jenis")}
        onChange={(x) => {
          const j = (x ?? "sanksi_disiplin") as (typeof JENIS)[number];
          form.setValues({ jenis: j, sumber: SUMBER_BAKU[j] });
        }}
      />
      {v.jenis === "sanksi_disiplin" && (
        <Select
          label={t("nontes.rekam.rincian")}
          data={pilihan("tingkat", ["ringan", "sedang", "berat"])}
          allowDeselect={false}
          {...form.getInputProps("tingkat")}
        />
      )}
      {v.jenis === "lhkasn" && (
        <Select
          label={t("nontes.rekam.rincian")}
          data={pilihan("statusLhkasn", ["tepat_waktu", "terlambat", "tidak_lapor"])}
          allowDeselect={false}
          {...form.getInputProps("status")}
        />
      )}
      {v.jenis === "temuan_apip" && (
        <Select
          label={t("nontes.rekam.rincian")}
          data={pilihan("tindakLanjut", ["belum", "selesai"])}
          allowDeselect={false}
          {...form.getInputProps("tindakLanjut")}
        />
      )}
      {v.jenis === "uji_publik" && (
        <Select
          label={t("nontes.rekam.rincian")}
          data={pilihan("hasilUji", ["positif", "negatif"])}
          allowDeselect={false}
          {...form.getInputProps("hasil")}
        />
      )}
      {v.jenis === "penghargaan" && (
        <MultiSelect
          label={t("nontes.rekam.faktorPenghargaan")}
          data={["KD", "DN", "KM"].map((f) => ({ value: f, label: t(`nontes.namaFaktor.${f}`) }))}
          {...form.getInputProps("faktor")}
        />
      )}
      <Select
        label={t("nontes.rekam.sumber")}
        data={pilihan("namaSumber", SUMBER)}
        allowDeselect={false}
        {...form.getInputProps("sumber")}
      />
      <TextInput type="date" label={t("nontes.rekam.tanggal")} required {...form.getInputProps("tanggal")} />
      <TextInput type="url" label={t("nontes.rekam.tautan")} {...form.getInputProps("buktiTautan")} />
      <Textarea
        label={t("nontes.rekam.keterangan")}
        autosize
        minRows={2}
        {...form.getInputProps("keterangan")}
      />
    </DialogForm>
  );
}
