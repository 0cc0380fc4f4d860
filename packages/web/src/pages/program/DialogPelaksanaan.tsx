/** Recording that a planned activity took place: date, attendance, result and evidence (Tabel 4). */
import { NumberInput, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { DialogForm } from "../../components/kit/index.ts";
import { dasar, type Kegiatan, kunciProgram, type Pelaksanaan } from "./api.ts";
import { GalatProgram, PilihPegawai, UnggahDokumen } from "./Komponen.tsx";

interface NilaiPelaksanaan {
  tanggal: string;
  hadir: string[];
  jumlah: number | string;
  hasil: string;
  bukti: { id: string; nama: string }[];
}

export function DialogPelaksanaan({
  siklusId,
  kegiatan,
  hariIni,
  onTutup,
}: {
  siklusId: string;
  kegiatan: Kegiatan;
  hariIni: string;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const hp = useMediaQuery("(max-width: 48em)");
  const qc = useQueryClient();
  const form = useForm<NilaiPelaksanaan>({
    initialValues: { tanggal: hariIni, hadir: [], jumlah: "", hasil: "", bukti: [] },
    validate: {
      tanggal: (v) => (v ? null : t("program.wajibDiisi")),
      hasil: (v) => (v.trim() ? null : t("program.wajibDiisi")),
    },
  });
  const bukti = form.values.bukti;
  return (
    <DialogForm
      judul={kegiatan.judul}
      form={form}
      ukuran="lg"
      layarPenuh={hp}
      kirim={(v) =>
        api<Pelaksanaan>(`${dasar(instansi.id)}/siklus/${siklusId}/kegiatan/${kegiatan.id}/pelaksanaan`, {
          method: "POST",
          body: {
            tanggal: v.tanggal,
            hadir: v.hadir,
            ...(typeof v.jumlah === "number" ? { jumlahPeserta: v.jumlah } : {}),
            hasil: v.hasil,
            bukti: v.bukti.map((x) => x.id),
          },
        })
      }
      onBerhasil={async () => {
        await qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, siklusId) });
        onTutup();
      }}
      onTutup={onTutup}
      tampilGalat={(galat) => <GalatProgram error={galat} />}
    >
      <InputTanggal
        label={t("program.tanggal")}
        withAsterisk
        maxDate={hariIni}
        {...form.getInputProps("tanggal")}
        value={form.getInputProps("tanggal").value as string}
      />
      <PilihPegawai
        label={t("program.kalender.hadir")}
        nilai={form.values.hadir}
        onChange={(ids) => form.setFieldValue("hadir", ids)}
      />
      <NumberInput
        label={t("program.kalender.jumlahPeserta")}
        description={t("program.kalender.jumlahPesertaPetunjuk")}
        min={0}
        {...form.getInputProps("jumlah")}
      />
      <Textarea
        label={t("program.kalender.hasil")}
        withAsterisk
        autosize
        minRows={3}
        maxLength={5000}
        {...form.getInputProps("hasil")}
      />
      <UnggahDokumen
        siklusId={siklusId}
        label={t("program.kalender.bukti")}
        onUnggah={(id, nama) => form.insertListItem("bukti", { id, nama })}
      />
      {bukti.length > 0 && <Text size="sm">{bukti.map((x) => x.nama).join(", ")}</Text>}
    </DialogForm>
  );
}
