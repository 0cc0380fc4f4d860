/** Operations of the non-test area: opening a period with proposed raters, adjusting, rating, reviewing. */
import {
  agregatPerJenis,
  instrumenBars,
  type JenisPenilai,
  MIN_PENILAI_AGREGAT,
  pohonPenilai,
} from "@nurani/domain";
import type { Transaction } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { tidakDitemukan } from "../../http/errors.ts";
import { hasilApi } from "./kueri.ts";
import { galat } from "./pesan.ts";
import type { SkemaBukaPeriode, SkemaTambahTugas } from "./skema.ts";

type Trx = Transaction<Database>;

/** The caller's employee id in this agency, or 403 when the account is not linked to one. */
export async function pegawaiSaya(
  db: Trx,
  instansiId: string,
  penggunaId: string | undefined,
): Promise<string> {
  const r = await db
    .selectFrom("pengguna")
    .select("pegawai_id")
    .where("id", "=", penggunaId ?? "")
    .where("pegawai_instansi_id", "=", instansiId)
    .executeTakeFirst();
  if (!r?.pegawai_id) throw galat(403, "BUKAN_PEGAWAI");
  return r.pegawai_id;
}

/** Seeded choice of `n` of `xs` (mulberry32), so a sample can be redrawn. */
function sampel<T>(xs: readonly T[], n: number, benih: number): T[] {
  let h = benih >>> 0;
  const acak = () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(acak() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

/**
 * Opens a period as a draft: the employees within its scope and, for each,
 * the raters proposed from the unit tree (`pohonPenilai`). The team then
 * adjusts the assignments and opens it to the raters.
 */
export async function buatPeriode(
  db: Trx,
  instansiId: string,
  penggunaId: string | null,
  b: z.output<typeof SkemaBukaPeriode>,
): Promise<string> {
  if (b.kampanyeId) {
    const k = await db
      .selectFrom("kampanye_asesmen")
      .select("id")
      .where("instansi_id", "=", instansiId)
      .where("id", "=", b.kampanyeId)
      .executeTakeFirst();
    if (!k) throw galat(400, "KAMPANYE_TIDAK_DIKENAL");
  }
  const unit = (
    await db
      .selectFrom("unit_kerja")
      .select(["id", "induk_id"])
      .where("instansi_id", "=", instansiId)
      .where("aktif", "=", true)
      .execute()
  ).map((u) => ({ id: u.id, indukId: u.induk_id }));
  const pegawai = (
    await db
      .selectFrom("pegawai")
      .select(["id", "unit_id", "jenis_jabatan"])
      .where("instansi_id", "=", instansiId)
      .where("aktif", "=", true)
      .where("unit_id", "is not", null)
      .orderBy("id")
      .execute()
  ).map((p) => ({ id: p.id, unitId: p.unit_id, struktural: p.jenis_jabatan === "struktural" }));

  let sasaran = pegawai;
  const c = b.cakupan;
  if (c.jenis === "unit") {
    const dikenal = new Set(unit.map((u) => u.id));
    if (c.unitIds.some((u) => !dikenal.has(u))) throw galat(400, "UNIT_TIDAK_DIKENAL");
    const pilih = new Set(c.unitIds);
    if (c.denganSubUnit) {
      let tambah = true;
      while (tambah) {
        tambah = false;
        for (const u of unit)
          if (u.indukId && pilih.has(u.indukId) && !pilih.has(u.id)) {
            pilih.add(u.id);
            tambah = true;
          }
      }
    }
    sasaran = pegawai.filter((p) => p.unitId && pilih.has(p.unitId));
  } else if (c.jenis === "sampel") {
    sasaran = sampel(pegawai, c.ukuran, c.benih);
  }
  if (sasaran.length === 0) throw galat(400, "SASARAN_KOSONG");

  const { id } = await db
    .insertInto("periode_nontes")
    .values({
      instansi_id: instansiId,
      judul: b.judul,
      kampanye_id: b.kampanyeId ?? null,
      cakupan: JSON.stringify({ ...c, benihPenilai: undefined }),
      aturan_gabung: b.aturanGabung,
      tenggat: b.tenggat,
      dibuat_oleh: penggunaId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const pohon = pohonPenilai(unit, pegawai, { benih: b.benih });
  const baris = sasaran.map((p) => ({
    instansi_id: instansiId,
    periode_id: id,
    pegawai_id: p.id,
    pimpinan: pohon.adalahPimpinan(p.id),
  }));
  const tugas = sasaran.flatMap((p) =>
    pohon.usulkan(p.id).map((u) => ({
      instansi_id: instansiId,
      periode_id: id,
      pegawai_id: u.pegawaiId,
      penilai_id: u.penilaiId,
      jenis: u.jenis,
    })),
  );
  for (let i = 0; i < baris.length; i += 1000)
    await db
      .insertInto("sasaran_nontes")
      .values(baris.slice(i, i + 1000))
      .execute();
  for (let i = 0; i < tugas.length; i += 1000)
    await db
      .insertInto("tugas_penilai")
      .values(tugas.slice(i, i + 1000))
      .execute();
  return id;
}

export async function periodeAtau404(db: Trx, instansiId: string, id: string) {
  const p = await db
    .selectFrom("periode_nontes")
    .select(["id", "status", "tenggat"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!p) throw tidakDitemukan();
  return p;
}

export async function tambahTugas(
  db: Trx,
  instansiId: string,
  periodeId: string,
  b: z.output<typeof SkemaTambahTugas>,
) {
  const p = await periodeAtau404(db, instansiId, periodeId);
  if (p.status === "ditutup") throw galat(409, "PERIODE_BUKAN_DRAF");
  const s = await db
    .selectFrom("sasaran_nontes")
    .select("pegawai_id")
    .where("instansi_id", "=", instansiId)
    .where("periode_id", "=", periodeId)
    .where("pegawai_id", "=", b.pegawaiId)
    .executeTakeFirst();
  if (!s) throw galat(400, "BUKAN_SASARAN");
  const r = await db
    .selectFrom("pegawai")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("id", "=", b.penilaiId)
    .where("aktif", "=", true)
    .executeTakeFirst();
  if (!r || b.penilaiId === b.pegawaiId) throw galat(400, "PENILAI_TIDAK_SAH");
  const ada = await db
    .selectFrom("tugas_penilai")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("periode_id", "=", periodeId)
    .where("pegawai_id", "=", b.pegawaiId)
    .where("penilai_id", "=", b.penilaiId)
    .executeTakeFirst();
  if (ada) throw galat(409, "SUDAH_DITUGASKAN");
  const { id } = await db
    .insertInto("tugas_penilai")
    .values({
      instansi_id: instansiId,
      periode_id: periodeId,
      ...{ pegawai_id: b.pegawaiId, penilai_id: b.penilaiId, jenis: b.jenis },
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function hapusTugas(db: Trx, instansiId: string, periodeId: string, tugasId: string) {
  const t = await db
    .selectFrom("tugas_penilai")
    .select(["id", "dikirim"])
    .where("instansi_id", "=", instansiId)
    .where("periode_id", "=", periodeId)
    .where("id", "=", tugasId)
    .executeTakeFirst();
  if (!t) throw tidakDitemukan();
  if (t.dikirim) throw galat(409, "PERIODE_BUKAN_DRAF");
  await db
    .deleteFrom("tugas_penilai")
    .where("instansi_id", "=", instansiId)
    .where("id", "=", tugasId)
    .execute();
}

export async function aturStatus(db: Trx, instansiId: string, id: string, status: "dibuka" | "ditutup") {
  await periodeAtau404(db, instansiId, id);
  await db
    .updateTable("periode_nontes")
    .set({ status, diubah: new Date() })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .execute();
}

/** The rater's assignment (404 for anyone else's: a rater sees only their own). */
export async function tugasMilik(db: Trx, instansiId: string, penilaiId: string, tugasId: string) {
  const t = await db
    .selectFrom("tugas_penilai as t")
    .innerJoin("periode_nontes as p", (j) =>
      j.onRef("p.instansi_id", "=", "t.instansi_id").onRef("p.id", "=", "t.periode_id"),
    )
    .select(["t.id", "t.jenis", "p.status", "p.tenggat"])
    .where("t.instansi_id", "=", instansiId)
    .where("t.id", "=", tugasId)
    .where("t.penilai_id", "=", penilaiId)
    .executeTakeFirst();
  if (!t) throw tidakDitemukan();
  return t;
}

export async function nilaiTugas(
  db: Trx,
  instansiId: string,
  tugasId: string,
): Promise<Record<string, number | null>> {
  const rows = await db
    .selectFrom("nilai_nontes")
    .select(["butir", "skor"])
    .where("instansi_id", "=", instansiId)
    .where("tugas_id", "=", tugasId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.butir, r.skor]));
}

/** Saves a rater's answers: every scale of their instrument, each a level's anchor or "tidak dapat mengamati". */
export async function kirimNilai(
  db: Trx,
  instansiId: string,
  penilaiId: string,
  tugasId: string,
  nilai: Record<string, number | null>,
  hariIni: string,
) {
  const t = await tugasMilik(db, instansiId, penilaiId, tugasId);
  if (t.status !== "dibuka") throw galat(409, "PERIODE_TIDAK_DIBUKA");
  if (hariIni > t.tenggat) throw galat(409, "TENGGAT_LEWAT", { tenggat: t.tenggat });
  const kode = instrumenBars(t.jenis as JenisPenilai).map((s) => s.kode as string);
  const asing = Object.keys(nilai).find((k) => !kode.includes(k));
  if (asing) throw galat(400, "BUTIR_TIDAK_DIKENAL", { butir: asing });
  const kurang = kode.filter((k) => !(k in nilai));
  if (kurang.length) throw galat(400, "BUTIR_TIDAK_LENGKAP", { butir: kurang.join(", ") });
  await db
    .deleteFrom("nilai_nontes")
    .where("instansi_id", "=", instansiId)
    .where("tugas_id", "=", tugasId)
    .execute();
  await db
    .insertInto("nilai_nontes")
    .values(kode.map((k) => ({ instansi_id: instansiId, tugas_id: tugasId, butir: k, skor: nilai[k] })))
    .execute();
  await db
    .updateTable("tugas_penilai")
    .set({ dikirim: new Date() })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", tugasId)
    .execute();
}

/**
 * What the rated person sees: per period, aggregates per rater kind (withheld
 * under the minimum of 3; no rater's identity or single rating) and the
 * combined result once the correction has run.
 */
export async function hasilSaya(db: Trx, instansiId: string, pegawaiId: string) {
  const periode = await db
    .selectFrom("sasaran_nontes as s")
    .innerJoin("periode_nontes as p", (j) =>
      j.onRef("p.instansi_id", "=", "s.instansi_id").onRef("p.id", "=", "s.periode_id"),
    )
    .leftJoin("hasil_nontes as h", (j) =>
      j
        .onRef("h.instansi_id", "=", "s.instansi_id")
        .onRef("h.periode_id", "=", "s.periode_id")
        .onRef("h.pegawai_id", "=", "s.pegawai_id"),
    )
    .select([
      "p.id",
      "p.judul",
      "h.pegawai_id",
      "h.hasil",
      "h.perlu_tinjauan",
      "h.tinjauan",
      "h.catatan_tinjauan",
      "h.dihitung",
    ])
    .where("s.instansi_id", "=", instansiId)
    .where("s.pegawai_id", "=", pegawaiId)
    .where("p.status", "!=", "draf")
    .orderBy("p.dibuat", "desc")
    .execute();
  const out = [];
  for (const p of periode) {
    const nilai = await db
      .selectFrom("nilai_nontes as n")
      .innerJoin("tugas_penilai as t", (j) =>
        j.onRef("t.instansi_id", "=", "n.instansi_id").onRef("t.id", "=", "n.tugas_id"),
      )
      .select(["t.penilai_id as penilaiId", "t.jenis", "n.butir", "n.skor"])
      .where("n.instansi_id", "=", instansiId)
      .where("t.periode_id", "=", p.id)
      .where("t.pegawai_id", "=", pegawaiId)
      .where("t.dikirim", "is not", null)
      .execute();
    out.push({
      id: p.id,
      judul: p.judul,
      agregat: agregatPerJenis(nilai),
      hasil:
        p.pegawai_id && p.dihitung
          ? hasilApi({
              pegawai_id: p.pegawai_id,
              hasil: p.hasil,
              perlu_tinjauan: p.perlu_tinjauan ?? false,
              tinjauan: p.tinjauan ?? "tidak_perlu",
              catatan_tinjauan: p.catatan_tinjauan,
              dihitung: p.dihitung,
            })
          : null,
    });
  }
  return { minimalPenilai: MIN_PENILAI_AGREGAT, periode: out };
}

/** The supervision team settles a review: the level it decides, with its reason. */
export async function putusTinjauan(
  db: Trx,
  instansiId: string,
  periodeId: string,
  pegawaiId: string,
  level: number,
  catatan: string,
) {
  const h = await db
    .selectFrom("hasil_nontes")
    .select(["hasil", "tinjauan"])
    .where("instansi_id", "=", instansiId)
    .where("periode_id", "=", periodeId)
    .where("pegawai_id", "=", pegawaiId)
    .executeTakeFirst();
  if (!h) throw tidakDitemukan();
  if (h.tinjauan === "tidak_perlu") throw galat(409, "TIDAK_PERLU_TINJAUAN");
  const isi = {
    ...((typeof h.hasil === "string" ? JSON.parse(h.hasil) : h.hasil) as object),
    levelTinjauan: level,
  };
  await db
    .updateTable("hasil_nontes")
    .set({ hasil: JSON.stringify(isi), tinjauan: "selesai", catatan_tinjauan: catatan })
    .where("instansi_id", "=", instansiId)
    .where("periode_id", "=", periodeId)
    .where("pegawai_id", "=", pegawaiId)
    .execute();
}
