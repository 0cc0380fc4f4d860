/** The worksheet as the API shows it (one read for the agency's page and the evaluator's review). */
import { type IsiLke, periksaKelengkapan } from "@nurani/domain";
import { sql } from "kysely";
import type { InstansiRute } from "../../http/route.ts";
import { isoWaktu } from "../../umum/tanggal.ts";
import {
  type Db,
  hitungSumber,
  isiVersi,
  type LembarTersimpan,
  muatLembar,
  type PeriodeTersimpan,
} from "./kueri.ts";
import { periodeApi, skorLembar } from "./layanan.ts";
import { isiDariRegister } from "./sumber-sinergi.ts";

export async function daftarBerkas(db: Db, instansiId: string, periodeId: string) {
  const rows = await db
    .selectFrom("berkas_evaluasi")
    .select(["id", "kode_indikator", "nama", "jenis", "ukuran", "dibuat"])
    .where("instansi_id", "=", instansiId)
    .where("periode_id", "=", periodeId)
    .orderBy("dibuat")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kodeIndikator: r.kode_indikator,
    nama: r.nama,
    jenis: r.jenis,
    ukuran: r.ukuran,
    dibuat: isoWaktu(r.dibuat),
  }));
}

/**
 * The worksheet with what the system computes: while in draft the computed
 * values are read afresh from the agency's data (they freeze when the
 * worksheet is submitted), and the agency-answered questions a register can
 * answer are prefilled while unanswered (`isiDariRegister`).
 */
export async function muatLembarSegar(
  db: Db,
  instansiId: string,
  p: PeriodeTersimpan,
): Promise<{ isi: IsiLke; lembar: LembarTersimpan }> {
  const isi = await isiVersi(db, p.versiLke);
  const lembar = await muatLembar(db, instansiId, p.id);
  if (lembar.status === "draf") {
    lembar.dihitung = await hitungSumber(db, instansiId, p.tahun);
    isiDariRegister(isi, lembar.isian.jawaban, lembar.dihitung);
  }
  return { isi, lembar };
}

export async function lembarApi(db: Db, instansi: InstansiRute, p: PeriodeTersimpan, bahasa: "id" | "en") {
  const { isi, lembar } = await muatLembarSegar(db, instansi.id, p);
  const skor = skorLembar(isi, lembar.isian, lembar.dihitung);
  const klarifikasi = await db
    .selectFrom("klarifikasi_evaluasi")
    .select(["id", "kode_indikator", "dari", "isi", "dibuat"])
    .where("instansi_id", "=", instansi.id)
    .where("periode_id", "=", p.id)
    .orderBy("dibuat")
    .orderBy(sql`id`)
    .execute();
  const kekurangan =
    lembar.status === "draf"
      ? periksaKelengkapan(isi, lembar.isian).map((g) => ({
          kode: g.kode,
          pesan: g.pesan[bahasa],
          bidang: g.bidang ?? null,
        }))
      : [];
  return {
    periode: periodeApi(p),
    instansi: { id: instansi.id, nama: instansi.nama, kode: instansi.kode },
    status: lembar.status,
    isi,
    jawaban: lembar.isian.jawaban,
    reviu: lembar.isian.reviu ?? {},
    dihitung: lembar.dihitung,
    bukti: await daftarBerkas(db, instansi.id, p.id),
    klarifikasi: klarifikasi.map((k) => ({
      id: k.id,
      kodeIndikator: k.kode_indikator,
      dari: k.dari,
      isi: k.isi,
      dibuat: isoWaktu(k.dibuat),
    })),
    skor: skor.akhir,
    skorMandiri: skor.mandiri,
    kekurangan,
    difinalisasiOleh: lembar.difinalisasiOleh,
    disetujuiOleh: lembar.disetujuiOleh,
    catatanKembali: lembar.catatanKembali,
    dikirim: lembar.dikirim,
  };
}
