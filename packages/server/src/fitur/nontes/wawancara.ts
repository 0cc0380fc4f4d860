/**
 * Structured interviews (BAB III.B.3.b angka 3; docs/nontes.md): the team
 * schedules one for an employee (for an assessment period or the M&E
 * random-interview sample) with one or two interviewers; each interviewer
 * scores every sub-dimension on its BARS and keeps notes. Notes and
 * single scores reach only the interviewers and the supervision team.
 */
import {
  BARS_SUBDIMENSI,
  KODE_SUBDIMENSI,
  type NilaiWawancara,
  PANDUAN_WAWANCARA,
  skorWawancara,
} from "@nurani/domain";
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { aksesDitolak, GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { isoWaktuAtauNull } from "../../umum/tanggal.ts";
import type { SkemaBuatWawancara, SkemaIsiWawancara, SkemaWawancara } from "./skema-lanjut.ts";

type Db = Kysely<Database> | Transaction<Database>;
const json = <T>(x: unknown): T => (typeof x === "string" ? JSON.parse(x) : x) as T;

const galatW = (status: number, kode: string, id: string, en: string) =>
  new GalatApi(status, kode, { pesan: { id, en } });

export async function buatWawancara(
  db: Db,
  instansiId: string,
  oleh: string | null,
  b: z.output<typeof SkemaBuatWawancara>,
): Promise<string> {
  const p = await db
    .selectFrom("pegawai")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("id", "=", b.pegawaiId)
    .where("aktif", "=", true)
    .executeTakeFirst();
  if (!p) throw tidakDitemukan();
  if (b.periodeId) {
    const s = await db
      .selectFrom("sasaran_nontes")
      .select("pegawai_id")
      .where("instansi_id", "=", instansiId)
      .where("periode_id", "=", b.periodeId)
      .where("pegawai_id", "=", b.pegawaiId)
      .executeTakeFirst();
    if (!s)
      throw galatW(
        400,
        "BUKAN_SASARAN",
        "Pegawai ini tidak termasuk sasaran periode.",
        "This employee is not covered by the period.",
      );
  }
  const ids = [...new Set(b.pewawancara)];
  const akun = await db
    .selectFrom("pengguna as u")
    .innerJoin("peran_pengguna as r", "r.pengguna_id", "u.id")
    .select(["u.id", "u.pegawai_id"])
    .where("r.instansi_id", "=", instansiId)
    .where("u.id", "in", ids)
    .where("u.aktif", "=", true)
    .distinct()
    .execute();
  if (akun.length !== ids.length || akun.some((a) => a.pegawai_id === b.pegawaiId))
    throw galatW(
      400,
      "PEWAWANCARA_TIDAK_SAH",
      "Pewawancara harus akun aktif di instansi ini dan bukan pegawai yang diwawancarai.",
      "Interviewers must be active accounts of this agency and not the interviewee.",
    );
  const { id } = await db
    .insertInto("wawancara_nontes")
    .values({
      instansi_id: instansiId,
      pegawai_id: b.pegawaiId,
      tujuan: b.tujuan,
      periode_id: b.periodeId ?? null,
      tanggal: b.tanggal,
      dibuat_oleh: oleh,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("pewawancara_nontes")
    .values(ids.map((u) => ({ instansi_id: instansiId, wawancara_id: id, pengguna_id: u })))
    .execute();
  return id;
}

/** Interviews (all of them for the team, or those `penggunaId` conducts), newest first. */
export function wawancaraQ(
  db: Db,
  instansiId: string,
  f: { penggunaId?: string; tujuan?: "asesmen" | "monev" },
) {
  let q = db
    .selectFrom("wawancara_nontes as w")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "w.instansi_id").onRef("p.id", "=", "w.pegawai_id"),
    )
    .select(["w.id", "w.pegawai_id", "p.nama", "w.tujuan", "w.periode_id", "w.tanggal"])
    .where("w.instansi_id", "=", instansiId)
    .orderBy("w.tanggal", "desc")
    .orderBy("w.id");
  if (f.tujuan) q = q.where("w.tujuan", "=", f.tujuan);
  if (f.penggunaId) {
    const u = f.penggunaId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("pewawancara_nontes as x")
          .select("x.pengguna_id")
          .whereRef("x.instansi_id", "=", "w.instansi_id")
          .whereRef("x.wawancara_id", "=", "w.id")
          .where("x.pengguna_id", "=", u),
      ),
    );
  }
  return q;
}

type BarisW = {
  id: string;
  pegawai_id: string;
  nama: string;
  tujuan: "asesmen" | "monev";
  periode_id: string | null;
  tanggal: string;
};

export async function wawancaraApi(
  db: Db,
  instansiId: string,
  rows: BarisW[],
): Promise<z.input<typeof SkemaWawancara>[]> {
  if (rows.length === 0) return [];
  const pw = await db
    .selectFrom("pewawancara_nontes as x")
    .innerJoin("pengguna as u", "u.id", "x.pengguna_id")
    .select(["x.wawancara_id", "u.id", "u.nama", "x.dikirim"])
    .where("x.instansi_id", "=", instansiId)
    .where(
      "x.wawancara_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("u.nama")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    pegawai: { id: r.pegawai_id, nama: r.nama },
    tujuan: r.tujuan,
    periodeId: r.periode_id,
    tanggal: String(r.tanggal).slice(0, 10),
    pewawancara: pw
      .filter((x) => x.wawancara_id === r.id)
      .map((x) => ({ id: x.id, nama: x.nama, dikirim: isoWaktuAtauNull(x.dikirim) })),
  }));
}

/**
 * One interview with its guide, for an interviewer or the supervision team
 * (anyone else: 403). Notes and each interviewer's scores are included.
 */
export async function isiWawancara(
  db: Db,
  instansiId: string,
  id: string,
  penggunaId: string,
  timSupervisi: boolean,
): Promise<z.input<typeof SkemaIsiWawancara>> {
  const w = await wawancaraQ(db, instansiId, {}).where("w.id", "=", id).executeTakeFirst();
  if (!w) throw tidakDitemukan();
  const pw = await db
    .selectFrom("pewawancara_nontes as x")
    .innerJoin("pengguna as u", "u.id", "x.pengguna_id")
    .select(["u.id", "u.nama", "x.nilai", "x.catatan", "x.dikirim"])
    .where("x.instansi_id", "=", instansiId)
    .where("x.wawancara_id", "=", id)
    .execute();
  const saya = pw.find((x) => x.id === penggunaId);
  if (!saya && !timSupervisi) throw aksesDitolak();
  const [dasar] = await wawancaraApi(db, instansiId, [w]);
  const terkirim = pw.filter((x) => x.dikirim);
  const nilai: NilaiWawancara[] = terkirim.flatMap((x) =>
    Object.entries(json<Record<string, number | null>>(x.nilai) ?? {}).map(([butir, skor]) => ({
      pewawancaraId: x.id,
      butir,
      skor,
    })),
  );
  return {
    ...dasar,
    panduan: PANDUAN_WAWANCARA.map((g) => {
      const s = BARS_SUBDIMENSI.find((b) => b.kode === g.kode);
      return {
        kode: g.kode,
        nama: s?.nama ?? { id: g.kode, en: g.kode },
        pertanyaan: g.pertanyaan,
        lanjutan: g.lanjutan,
        anchor: (s?.anchor ?? []).map((a) => ({ skor: a.skor, level: a.level, teks: a.teks })),
      };
    }),
    saya: saya ? { nilai: json(saya.nilai) ?? null, catatan: saya.catatan } : null,
    catatan: pw.map((x) => ({ pewawancara: x.nama, nilai: json(x.nilai) ?? null, catatan: x.catatan })),
    hasil: terkirim.length ? skorWawancara(nilai) : null,
  };
}

/** An interviewer sends their scores (every sub-dimension: 0…3 or null) and notes. */
export async function kirimWawancara(
  db: Db,
  instansiId: string,
  id: string,
  penggunaId: string,
  nilai: Record<string, number | null>,
  catatan: string | undefined,
) {
  const asing = Object.keys(nilai).find((k) => !(KODE_SUBDIMENSI as readonly string[]).includes(k));
  const kurang = KODE_SUBDIMENSI.filter((k) => !(k in nilai));
  if (asing || kurang.length)
    throw galatW(
      400,
      "BUTIR_TIDAK_LENGKAP",
      `Setiap subdimensi harus diberi skor atau "tidak dapat dinilai"${kurang.length ? `. Kurang: ${kurang.join(", ")}` : `; ${asing} tidak dikenal`}.`,
      `Every sub-dimension needs a score or "cannot rate"${kurang.length ? `. Missing: ${kurang.join(", ")}` : `; ${asing} is unknown`}.`,
    );
  const r = await db
    .updateTable("pewawancara_nontes")
    .set({ nilai: JSON.stringify(nilai), catatan: catatan ?? null, dikirim: new Date() })
    .where("instansi_id", "=", instansiId)
    .where("wawancara_id", "=", id)
    .where("pengguna_id", "=", penggunaId)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) {
    const ada = await db
      .selectFrom("wawancara_nontes")
      .select("id")
      .where("instansi_id", "=", instansiId)
      .where("id", "=", id)
      .executeTakeFirst();
    throw ada ? aksesDitolak() : tidakDitemukan();
  }
}

/** Interview scores of a period's people (submitted only), for the correction job. */
export async function nilaiWawancaraPeriode(
  db: Db,
  instansiId: string,
  periodeId: string,
): Promise<Map<string, NilaiWawancara[]>> {
  const rows = await db
    .selectFrom("pewawancara_nontes as x")
    .innerJoin("wawancara_nontes as w", (j) =>
      j.onRef("w.instansi_id", "=", "x.instansi_id").onRef("w.id", "=", "x.wawancara_id"),
    )
    .select(["w.pegawai_id", "w.id", "x.pengguna_id", "x.nilai"])
    .where("x.instansi_id", "=", instansiId)
    .where("w.periode_id", "=", periodeId)
    .where("x.dikirim", "is not", null)
    .execute();
  const out = new Map<string, NilaiWawancara[]>();
  for (const r of rows) {
    const a = out.get(r.pegawai_id) ?? [];
    for (const [butir, skor] of Object.entries(json<Record<string, number | null>>(r.nilai) ?? {}))
      a.push({ pewawancaraId: `${r.id}:${r.pengguna_id}`, butir, skor });
    out.set(r.pegawai_id, a);
  }
  return out;
}
