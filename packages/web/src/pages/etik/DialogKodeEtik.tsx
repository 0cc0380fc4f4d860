/** Drafting a version of the code of ethics (text and quiz) and adopting it by decree. */
import { FileInput, NumberInput, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { DialogForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { tulisKuis, uraiKuis } from "./kuis.ts";

type Detail = Jawaban<"/api/instansi/{instansiId}/kode-etik/{id}">;
type Versi = Jawaban<"/api/instansi/{instansiId}/kode-etik">["items"][number];

export function DialogDraf({
  id,
  onTutup,
  onBerhasil,
}: {
  id?: string;
  onTutup: () => void;
  onBerhasil: () => unknown;
}) {
  const { instansi } = useSession();
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "kode-etik", "detail", id],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/kode-etik/{id}", {
          params: { path: { instansiId: instansi.id, id: id as string } },
        }),
      ),
    enabled: !!id,
  });
  if (!id) return <FormDraf onTutup={onTutup} onBerhasil={onBerhasil} />;
  return (
    <QueryState query={q}>
      {(d) => <FormDraf awal={d} onTutup={onTutup} onBerhasil={onBerhasil} />}
    </QueryState>
  );
}

function FormDraf({
  awal,
  onTutup,
  onBerhasil,
}: {
  awal?: Detail;
  onTutup: () => void;
  onBerhasil: () => unknown;
}) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const form = useForm({
    initialValues: {
      judul: awal?.judul ?? "",
      isi: awal?.isi ?? "",
      kuis: awal ? tulisKuis(awal.soal) : "",
      nilaiLulus: awal?.nilaiLulus ?? 70,
    },
    validate: {
      judul: (v) => (v.trim() ? null : t("etik.wajib")),
      isi: (v) => (v.trim() ? null : t("etik.wajib")),
      kuis: (v) => uraiKuis(v).galat,
    },
  });
  return (
    <DialogForm
      judul={awal ? t("etik.kelola.ubahDraf") : t("etik.kelola.drafBaru")}
      form={form}
      ukuran="lg"
      onTutup={onTutup}
      kirim={(v) => {
        const body = {
          judul: v.judul,
          isi: v.isi,
          soal: uraiKuis(v.kuis).soal,
          nilaiLulus: Number(v.nilaiLulus),
        };
        return awal
          ? isi(
              klien.PUT("/api/instansi/{instansiId}/kode-etik/{id}", {
                params: { path: { instansiId: instansi.id, id: awal.id } },
                body,
              }),
            )
          : isi(
              klien.POST("/api/instansi/{instansiId}/kode-etik", {
                params: { path: { instansiId: instansi.id } },
                body,
              }),
            );
      }}
      onBerhasil={onBerhasil}
    >
      <TextInput
        label={t("etik.kelola.judulKode")}
        required
        maxLength={200}
        {...form.getInputProps("judul")}
      />
      <Textarea
        label={t("etik.kelola.isiKode")}
        required
        autosize
        minRows={6}
        maxRows={16}
        {...form.getInputProps("isi")}
      />
      <Textarea
        label={t("etik.kelola.kuis")}
        description={t("etik.kelola.kuisPetunjuk")}
        autosize
        minRows={4}
        maxRows={12}
        {...form.getInputProps("kuis")}
      />
      <NumberInput
        label={t("etik.kelola.nilaiLulus")}
        min={0}
        max={100}
        suffix="%"
        {...form.getInputProps("nilaiLulus")}
      />
    </DialogForm>
  );
}

const keBase64 = (f: File) =>
  new Promise<string>((ok, gagal) => {
    const r = new FileReader();
    r.onload = () => ok(String(r.result).split(",")[1] ?? "");
    r.onerror = () => gagal(r.error);
    r.readAsDataURL(f);
  });

export function DialogTerbit({
  v,
  onTutup,
  onBerhasil,
}: {
  v: Versi;
  onTutup: () => void;
  onBerhasil: () => unknown;
}) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const form = useForm<{ nomorSk: string; tanggalSk: string; berkas: File | null }>({
    initialValues: { nomorSk: "", tanggalSk: "", berkas: null },
    validate: {
      nomorSk: (x) => (x.trim() ? null : t("etik.wajib")),
      tanggalSk: (x) => (/^\d{4}-\d{2}-\d{2}$/.test(x) ? null : t("etik.wajib")),
      berkas: (f) => (f && f.size > 2 * 1024 * 1024 ? t("etik.kelola.berkasBesar") : null),
    },
  });
  return (
    <DialogForm
      judul={`${t("etik.kelola.terbitkan")}: ${v.judul}`}
      form={form}
      onTutup={onTutup}
      labelKirim={t("etik.kelola.terbitkan")}
      kirim={async (x) => {
        const f = x.berkas;
        const berkas = f
          ? {
              nama: f.name,
              jenis: f.type as "application/pdf" | "image/png" | "image/jpeg",
              isiBase64: await keBase64(f),
            }
          : undefined;
        return isi(
          klien.POST("/api/instansi/{instansiId}/kode-etik/{id}/terbit", {
            params: { path: { instansiId: instansi.id, id: v.id } },
            body: { nomorSk: x.nomorSk, tanggalSk: x.tanggalSk, berkas },
          }),
        );
      }}
      onBerhasil={onBerhasil}
    >
      <Text size="sm" fw={600}>
        {t("etik.kelola.terbitPeringatan")}
      </Text>
      <TextInput
        label={t("etik.kelola.nomorSk")}
        required
        maxLength={120}
        {...form.getInputProps("nomorSk")}
      />
      <TextInput
        label={t("etik.kelola.tanggalSk")}
        type="date"
        required
        {...form.getInputProps("tanggalSk")}
      />
      <FileInput
        label={t("etik.kelola.berkasSk")}
        accept="application/pdf,image/png,image/jpeg"
        clearable
        {...form.getInputProps("berkas")}
      />
    </DialogForm>
  );
}
