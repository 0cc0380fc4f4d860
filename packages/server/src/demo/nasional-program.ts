/**
 * The synthetic nation's last phase: each agency's programme cycle
 * (nasional-siklus.ts) and its worksheet in the open national evaluation
 * period (nasional-lembar.ts), with their evidence files, and the national
 * row's stage, steps and activities — `PER_TRANSAKSI` agencies per
 * transaction, every table in multi-row inserts. Resumable: an agency whose
 * synthetic cycle exists is done (the cycle and the worksheet commit
 * together). The computed indicators are the system's own, read from the
 * rows just written (`hitungSumber`), so a worksheet's stored figures are
 * those the app would freeze at submission.
 */
import { createHash, randomUUID } from "node:crypto";
import type { RencanaInstansi } from "@nurani/domain";
import { sql } from "kysely";
import type { Db } from "../db/factory.ts";
import { hitungSumber, isiVersi, seedEvaluasiDemo } from "../fitur/evaluasi/index.ts";
import { tanggalDi } from "../umum/tanggal.ts";
import { lembarSintetis } from "./nasional-lembar.ts";
import { type BarisSiklus, barisSiklus, NAMA_SIKLUS_SINTETIS } from "./nasional-siklus.ts";
import { pdfDemo } from "./program.ts";

/** Agencies per transaction (the most an interruption loses). */
const PER_TRANSAKSI = 50;
/** Rows per insert (at most 11 parameters each). */
const PER_PERNYATAAN = 1_000;
const HARI = 86_400_000;

export interface OpsiProgram {
  hariIni: Date;
  /** Main activities carried out (the national row's figure drawn in phase one). */
  kegiatanTerlaksana: (r: RencanaInstansi) => number;
  /** Agencies per transaction (default `PER_TRANSAKSI`). */
  perTransaksi?: number;
  /** At the start and after each transaction: agencies done of those to do. */
  progres?: (selesai: number, total: number) => void;
}

/** The open period to fill in: the latest unpublished one already open for self-assessment, else the demo's. */
async function periodeTerbuka(db: Db, hariIni: Date) {
  const cari = () =>
    db
      .selectFrom("periode_evaluasi")
      .select(["id", "tahun", "versi_lke", "jenis_peserta"])
      .where("peringkat_terbit", "is", null)
      .where("mandiri_mulai", "<=", tanggalDi(hariIni))
      .orderBy("tahun", "desc")
      .orderBy("kode")
      .executeTakeFirst();
  const ada = await cari();
  if (ada) return ada;
  await seedEvaluasiDemo(db, hariIni);
  const p = await cari();
  if (!p) throw new Error("Tidak ada periode evaluasi terbuka untuk LKE sintetis");
  return p;
}

/** Two national evaluators (finalizer, approver: four eyes), or none recorded when there are not two. */
async function evaluator(
  db: Db,
): Promise<{ domain: [string, string]; simpan: [string | null, string | null] }> {
  const r = await db
    .selectFrom("peran_pengguna")
    .select("pengguna_id")
    .distinct()
    .where("peran", "=", "evaluator_nasional")
    .orderBy("pengguna_id")
    .limit(2)
    .execute();
  if (r.length < 2) return { domain: ["evaluator-sintetis-1", "evaluator-sintetis-2"], simpan: [null, null] };
  return { domain: [r[0].pengguna_id, r[1].pengguna_id], simpan: [r[0].pengguna_id, r[1].pengguna_id] };
}

async function sisipkan<T extends Record<string, unknown>>(
  db: Db,
  tabel: "siklus_program" | "langkah_persiapan" | "kegiatan_program" | "pelaksanaan_kegiatan",
  baris: T[],
) {
  for (let i = 0; i < baris.length; i += PER_PERNYATAAN)
    await db
      .insertInto(tabel)
      .values(baris.slice(i, i + PER_PERNYATAAN) as never)
      .execute();
}

/** Writes the cycles and worksheets still missing; returns how many agencies it wrote. */
export async function muatProgramLembar(db: Db, rencana: readonly RencanaInstansi[], o: OpsiProgram) {
  const periode = await periodeTerbuka(db, o.hariIni);
  const isi = await isiVersi(db, periode.versi_lke);
  const oleh = await evaluator(db);
  const ada = await db
    .selectFrom("instansi as i")
    .select((eb) => [
      "i.kode",
      "i.id",
      eb
        .exists(
          eb
            .selectFrom("siklus_program as s")
            .whereRef("s.instansi_id", "=", "i.id")
            .where("s.nama", "=", NAMA_SIKLUS_SINTETIS),
        )
        .as("selesai"),
      eb
        .selectFrom("kampanye_asesmen as k")
        .whereRef("k.instansi_id", "=", "i.id")
        .where("k.hasil_dirilis", "is not", null)
        .select("k.id")
        .orderBy("k.hasil_dirilis", "desc")
        .limit(1)
        .as("kampanye_id"),
    ])
    .where("i.kode", "like", "S-%")
    .execute();
  const perKode = new Map(ada.map((x) => [x.kode, x]));
  const tugas = rencana.flatMap((r) => {
    const x = perKode.get(r.kode);
    return x && !x.selesai ? [{ r, id: x.id, kampanyeId: x.kampanye_id }] : [];
  });
  const t = o.hariIni.getTime();
  const per = o.perTransaksi ?? PER_TRANSAKSI;
  let selesai = 0;
  o.progres?.(0, tugas.length);
  for (let i = 0; i < tugas.length; i += per) {
    const potong = tugas.slice(i, i + per);
    await db.transaction().execute(async (trx) => {
      const siklus: BarisSiklus[] = potong.map((x) =>
        barisSiklus(x.r, x.id, o.kegiatanTerlaksana(x.r), x.kampanyeId, o.hariIni),
      );
      await sisipkan(
        trx,
        "siklus_program",
        siklus.map((s) => s.siklus),
      );
      await sisipkan(
        trx,
        "langkah_persiapan",
        siklus.flatMap((s) => s.langkah),
      );
      await sisipkan(
        trx,
        "kegiatan_program",
        siklus.flatMap((s) => s.kegiatan),
      );
      await sisipkan(
        trx,
        "pelaksanaan_kegiatan",
        siklus.flatMap((s) => s.pelaksanaan),
      );
      const lembar = [];
      const berkas = [];
      for (const x of potong) {
        if (!periode.jenis_peserta.includes(x.r.jenis)) continue;
        // the system's values from the rows just written, as the worksheet freezes them at submission
        const dihitung = await hitungSumber(trx, x.id, periode.tahun);
        const ls = lembarSintetis(isi, x.r, dihitung, oleh.domain, randomUUID);
        if (!ls) continue;
        for (const b of ls.bukti) {
          const pdf = pdfDemo(`Bukti dukung ${b.kodeIndikator} ${x.r.kode} (sintetis)`);
          berkas.push({
            instansi_id: x.id,
            id: b.id,
            periode_id: periode.id,
            kode_indikator: b.kodeIndikator,
            nama: `Bukti ${b.kodeIndikator}.pdf`,
            jenis: "pdf" as const,
            mime: "application/pdf",
            ukuran: pdf.length,
            sha256: createHash("sha256").update(pdf).digest("hex"),
            isi: pdf,
          });
        }
        const s = ls.lembar.status;
        lembar.push({
          instansi_id: x.id,
          periode_id: periode.id,
          status: s,
          isian: JSON.stringify(ls.lembar.isian),
          dihitung: JSON.stringify(dihitung),
          skor_mandiri: ls.skorMandiri,
          skor_akhir: ls.skorAkhir,
          dikirim: s === "draf" ? null : new Date(t - 3 * HARI),
          difinalisasi_oleh: ls.lembar.difinalisasiOleh ? oleh.simpan[0] : null,
          disetujui_oleh: ls.lembar.disetujuiOleh ? oleh.simpan[1] : null,
        });
      }
      for (let j = 0; j < berkas.length; j += PER_PERNYATAAN)
        await trx
          .insertInto("berkas_evaluasi")
          .values(berkas.slice(j, j + PER_PERNYATAAN))
          .execute();
      if (lembar.length > 0) await trx.insertInto("lembar_evaluasi").values(lembar).execute();
      // the cycle rows' triggers marked the national rows stale: their figures are those just written
      const nilai = siklus.map(
        (s, j) =>
          sql`(${potong[j].id}::uuid, ${potong[j].r.tahap}, ${s.langkah.length}::int, ${
            new Set(s.pelaksanaan.map((p) => p.kegiatan_id)).size
          }::int)`,
      );
      await sql`update ringkasan_instansi as r set basi = false, tahap = v.tahap,
          langkah_persiapan = v.langkah, kegiatan_terlaksana = v.kegiatan, diperbarui = now()
        from (values ${sql.join(nilai)}) as v (instansi_id, tahap, langkah, kegiatan)
        where r.instansi_id = v.instansi_id`.execute(trx);
    });
    selesai += potong.length;
    o.progres?.(selesai, tugas.length);
  }
  return tugas.length;
}
