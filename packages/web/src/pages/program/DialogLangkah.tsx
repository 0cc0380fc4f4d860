/** The dialog every preparation step (Tabel 3) is recorded in: "Simpan draf" and "Catat keluaran". */
import { Button, Group, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import type { KodeLangkahPersiapan } from "@nurani/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { DialogForm } from "../../components/kit/index.ts";
import { dasar, kunciProgram, type StatusSiklus } from "./api.ts";
import { GalatProgram, UnggahDokumen } from "./Komponen.tsx";

export type Isi = Record<string, unknown>;

/** A step's starting values: the defaults, then a saved draft, then the recorded output. */
export function awal<T>(s: StatusSiklus, kode: KodeLangkahPersiapan, bawaan: T): T {
  return { ...bawaan, ...((s.draf[kode] as T | undefined) ?? {}), ...((s.keluaran[kode] as T | null) ?? {}) };
}

export interface PropsLangkah {
  s: StatusSiklus;
  onTutup: () => void;
}

export function DialogLangkah<V>({
  kode,
  s,
  form,
  isi,
  onTutup,
  children,
}: PropsLangkah & {
  kode: KodeLangkahPersiapan;
  form: UseFormReturnType<V>;
  /** The body sent for the output and for the draft. */
  isi: (v: V) => Isi;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const b = i18n.language === "en" ? "en" : "id";
  const { instansi } = useSession();
  const qc = useQueryClient();
  const hp = useMediaQuery("(max-width: 48em)");
  const url = `${dasar(instansi.id)}/siklus/${s.id}/persiapan/${kode}`;
  const simpanDraf = useMutation({
    mutationFn: () => api<void>(`${url}/draf`, { method: "PUT", body: { draf: isi(form.getValues()) } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, s.id) }),
  });
  const l = s.posisi.langkahPersiapan.find((x) => x.kode === kode);
  return (
    <DialogForm
      judul={l ? `${l.no}. ${l.kegiatan[b]}` : ""}
      form={form}
      kirim={(v) => api<StatusSiklus>(url, { method: "PUT", body: isi(v) })}
      onBerhasil={(r) => {
        qc.setQueryData(kunciProgram.siklus(instansi.id, s.id), r);
        onTutup();
      }}
      onTutup={onTutup}
      ukuran="xl"
      layarPenuh={hp}
      labelKirim={t("program.catatKeluaran")}
      tampilGalat={(galat) => <GalatProgram error={galat ?? simpanDraf.error} />}
      aksi={
        <Button variant="default" onClick={() => simpanDraf.mutate()} loading={simpanDraf.isPending}>
          {t("program.simpanDraf")}
        </Button>
      }
    >
      {children}
      {simpanDraf.isSuccess && (
        <Text size="sm" c="teal" role="status">
          {t("program.drafTersimpan")}
        </Text>
      )}
    </DialogForm>
  );
}

export interface Sk {
  nomor: string;
  tanggal: string;
  dokumenId: string;
}

export const skKosong = (): Sk => ({ nomor: "", tanggal: "", dokumenId: "" });

/** A decree's number, date and document, at `jalur` of the form ("sk"). */
export function IsiSk<V>({
  s,
  form,
  jalur,
  label,
}: {
  s: StatusSiklus;
  form: UseFormReturnType<V>;
  jalur: string;
  label: string;
}) {
  const { t } = useTranslation();
  const f = form as unknown as UseFormReturnType<Record<string, Sk>>;
  return (
    <Group grow align="flex-start" wrap="wrap">
      <TextInput
        label={`${label}: ${t("program.nomorSk")}`}
        withAsterisk
        maxLength={100}
        {...f.getInputProps(`${jalur}.nomor`)}
      />
      <TanggalDokumen
        s={s}
        form={form}
        jalur={jalur}
        labelTanggal={t("program.tanggalSk")}
        labelDokumen={t("program.dokumenSk")}
      />
    </Group>
  );
}

/**
 * A step's date (not after today) and its required document, at `jalur` of
 * the form ("sk") or at its top level (`tanggal`, `dokumenId`).
 */
export function TanggalDokumen<V>({
  s,
  form,
  jalur,
  labelTanggal,
  labelDokumen,
}: {
  s: StatusSiklus;
  form: UseFormReturnType<V>;
  jalur?: string;
  labelTanggal: string;
  labelDokumen: string;
}) {
  const f = form as unknown as UseFormReturnType<Record<string, unknown>>;
  const di = (nama: keyof Sk) => (jalur ? `${jalur}.${nama}` : nama);
  return (
    <>
      <InputTanggal
        label={labelTanggal}
        withAsterisk
        maxDate={s.hariIni}
        {...f.getInputProps(di("tanggal"))}
        value={f.getInputProps(di("tanggal")).value as string}
      />
      <UnggahDokumen
        siklusId={s.id}
        label={labelDokumen}
        wajib
        nilai={f.getInputProps(di("dokumenId")).value as string}
        onUnggah={(id) => f.setFieldValue(di("dokumenId"), id as never)}
      />
    </>
  );
}
