/** The results operations the routes share: the scoring job's state, a campaign's map (kept per app instance), an employee's own results, cut scores. */
import {
  type BatasLevel,
  batasKelompokKontras,
  K_BAKU,
  type LevelKematangan,
  PenilaianError,
  periksaBatas,
} from "@nurani/domain";
import { sql } from "kysely";
import type { z } from "zod";
import type { JsonSiap } from "../../http/json-siap.ts";
import { keadaan } from "../../http/keadaan.ts";
import { SimpananInstansi } from "../../http/simpanan-instansi.ts";
import { hasilSkorJson } from "../../umum/skor-tersimpan.ts";
import { levelAkhirKampanye } from "../nontes/index.ts";
import { type Ctx, type Db, jumlahSkor, kampanye, PERAN_KELOLA, pegawaiSaya } from "./bersama.ts";
import { normaUntuk } from "./norma.ts";
import { parameterVersi } from "./parameter.ts";
import { galat } from "./pesan.ts";
import { type ProfilPegawai, susunProfil } from "./profil.ts";
import { bacaPetaMentah, type PetaMentah, petaDariRingkasan, TINJAUAN_DILAPORKAN } from "./ringkasan.ts";
import type { SkemaPenetapan } from "./skema.ts";
import { type HasilTersimpan, JOB_SKOR, JUMLAH_PV } from "./skor.ts";
import { pernyataanBelumDitelaah, tahapInstrumen } from "./tahap.ts";

export const bolehSebelumRilis = (ctx: Ctx) =>
  ctx.peran.some((p) => (PERAN_KELOLA as readonly string[]).includes(p));

export async function jobSkorTerakhir(db: Db, instansiId: string, kampanyeId: string) {
  return db
    .selectFrom("job")
    .select(["id", "status", "progres_selesai", "progres_total", "hasil", "galat", "dibuat", "selesai"])
    .where("instansi_id", "=", instansiId)
    .where("jenis", "=", JOB_SKOR)
    .where(sql<string>`muatan->>'kampanyeId'`, "=", kampanyeId)
    .orderBy("dibuat", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** A campaign's assembled map, as kept between reads (`PETA`). */
export interface PetaKampanye {
  kampanye: Omit<PetaMentah, "ringkasan" | "unit">;
  peta: ReturnType<typeof petaDariRingkasan>;
  /** No person counts in the map yet (none scored, or all flagged and waiting). */
  kosong: boolean;
  /** The `/hasil/peta` answer, once serialised. */
  json?: JsonSiap;
}

/**
 * Assembled maps, kept per (instansi, campaign) for 30 s (8 campaigns per
 * instansi, 200 instansi). A map of 100,000 people over 1,110 units costs a
 * query of every unit's sums and the tree plus the subtree sums and indexes
 * in JS; between two scorings or review decisions it does not change. Any
 * write in the instansi through this process drops it, and so does the end
 * of a scoring job. Who may see a map is still checked on every read.
 */
export const PETA = keadaan("hasil.peta", () => new SimpananInstansi<PetaKampanye>(30_000, 8, 200));

/** The map of a campaign, checked for who may see it now. */
export async function petaKampanye(ctx: Ctx, kampanyeId: string): Promise<PetaKampanye> {
  const { instansiId } = ctx.params;
  const simpananPeta = ctx.keadaan(PETA);
  const simpan = await simpananPeta.ambil(ctx.db, instansiId, kampanyeId);
  let hasil = simpan.nilai;
  if (!hasil) {
    const k = await bacaPetaMentah(ctx.db, instansiId, kampanyeId);
    if (!k) throw galat(404, "KAMPANYE_TIDAK_ADA");
    const { ringkasan, unit: daftarUnit, ...kampanye } = k;
    const instansi = ctx.instansi as { id: string; nama: string };
    const unit = [
      { id: instansi.id, nama: instansi.nama, indukId: null },
      ...(daftarUnit ?? []).map((u) => ({ id: u.id, nama: u.nama, indukId: u.induk_id ?? instansi.id })),
    ];
    const akhir = await levelAkhirKampanye(ctx.db, instansiId, kampanyeId);
    const peta = petaDariRingkasan(unit, ringkasan ?? [], { k: k.k_minimum ?? K_BAKU, m: JUMLAH_PV }, akhir);
    hasil = { kampanye, peta, kosong: (ringkasan ?? []).every((x) => x.n === 0) };
    simpananPeta.simpan(instansiId, kampanyeId, hasil, simpan.versi);
  }
  // a pilot is in no map or index, for anyone (docs/norma-batas.md "Pilot campaigns")
  if (hasil.kampanye.uji_coba) throw galat(409, "KAMPANYE_UJI_COBA");
  if (!hasil.kampanye.hasil_dirilis && !bolehSebelumRilis(ctx)) throw galat(409, "BELUM_DIRILIS");
  if (hasil.kosong) {
    const j = await jumlahSkor(ctx.db, instansiId, kampanyeId);
    if (j.dinilai === 0) throw galat(409, "BELUM_ADA_SKOR");
  }
  return hasil;
}

export const ringkasKampanye = (k: Awaited<ReturnType<typeof kampanye>>) => ({
  id: k.id,
  nama: k.nama,
  tujuan: k.tujuan,
  formulirId: k.formulir_id,
  ditutup: new Date(k.ditutup).toISOString(),
  hasilDirilis: k.hasil_dirilis ? new Date(k.hasil_dirilis).toISOString() : null,
});

/** Released, reported results of one pegawai, newest campaign first. */
export async function hasilPegawai(db: Db, instansiId: string, pegawaiId: string, kampanyeId?: string) {
  let q = db
    .selectFrom("skor_asesmen as s")
    .innerJoin("kampanye_asesmen as k", (j) =>
      j.onRef("k.instansi_id", "=", "s.instansi_id").onRef("k.id", "=", "s.kampanye_id"),
    )
    .select([
      hasilSkorJson("s").as("hasil"),
      "s.dihitung",
      "s.parameter_versi",
      "k.id",
      "k.nama",
      "k.tujuan",
      "k.dibuka",
      "k.hasil_dirilis",
    ])
    .where("s.instansi_id", "=", instansiId)
    .where("s.pegawai_id", "=", pegawaiId)
    .where("k.hasil_dirilis", "is not", null)
    .where("k.uji_coba", "=", false)
    .where("s.tinjauan", "in", TINJAUAN_DILAPORKAN)
    .orderBy("k.dibuka", "desc");
  if (kampanyeId) q = q.where("k.id", "=", kampanyeId);
  return q.execute();
}

export async function profilSaya(ctx: Ctx, kampanyeId?: string) {
  const { instansiId } = ctx.params;
  const saya = await pegawaiSaya(ctx);
  const rows = await hasilPegawai(ctx.db, instansiId, saya.id, kampanyeId);
  ctx.audit({ objekJenis: "hasil_asesmen", objekId: saya.id, rincian: { kampanyeId: kampanyeId ?? null } });
  const kelompok = await ctx.db
    .selectFrom("pegawai as p")
    .innerJoin("instansi as i", "i.id", "p.instansi_id")
    .select(["i.jenis", "p.jenis_jabatan"])
    .where("p.instansi_id", "=", instansiId)
    .where("p.id", "=", saya.id)
    .executeTakeFirstOrThrow();
  const profil: ProfilPegawai[] = [];
  for (const r of rows) {
    const h = (typeof r.hasil === "string" ? JSON.parse(r.hasil) : r.hasil) as HasilTersimpan;
    const param = await parameterVersi(ctx.db, r.parameter_versi);
    const norma = await normaUntuk(
      ctx.db,
      r.parameter_versi,
      kelompok.jenis,
      kelompok.jenis_jabatan,
      ctx.bahasa,
    );
    const tahap = tahapInstrumen({
      belumDitelaah: await pernyataanBelumDitelaah(ctx.db, instansiId, r.id),
      sumberSampel: param?.acuan.sampel?.sumber,
      normaNyata: norma.dataNyata,
      versiBatas: h.batas?.versi,
    });
    profil.push(
      susunProfil(
        h,
        param,
        {
          id: r.id,
          nama: r.nama,
          tujuan: r.tujuan,
          dirilis: r.hasil_dirilis ? new Date(r.hasil_dirilis).toISOString() : null,
        },
        new Date(r.dihitung),
        ctx.bahasa,
        { norma, tahap },
      ),
    );
  }
  return { saya, profil };
}

export async function hitungBatas(ctx: Ctx, body: z.output<typeof SkemaPenetapan>) {
  const { instansiId } = ctx.params;
  if (body.metode === "baku") return { batas: null, rincian: {} };
  if (body.metode === "manual") {
    const b: BatasLevel = { skala: "derajat", batas: body.batas, metode: `manual: ${body.alasan}` };
    try {
      periksaBatas(b);
    } catch (e) {
      if (e instanceof PenilaianError) throw galat(400, "BATAS_TIDAK_VALID", { alasan: e.message });
      throw e;
    }
    return { batas: b, rincian: { alasan: body.alasan } };
  }
  await kampanye(ctx.db, instansiId, body.kampanyeId);
  const ids = body.panel.map((p) => p.pesertaId);
  if (new Set(ids).size !== ids.length)
    throw galat(400, "BATAS_TIDAK_VALID", { alasan: "peserta yang sama dinilai lebih dari sekali." });
  const skor = await ctx.db
    .selectFrom("skor_asesmen")
    .select(["peserta_id", "derajat"])
    .where("instansi_id", "=", instansiId)
    .where("kampanye_id", "=", body.kampanyeId)
    .where("peserta_id", "in", ids)
    .execute();
  const d = new Map(skor.map((s) => [s.peserta_id, s.derajat]));
  const hilang = ids.filter((id) => !d.has(id));
  if (hilang.length > 0)
    throw galat(400, "BATAS_TIDAK_VALID", {
      alasan: `${hilang.length} peserta panel belum diskor di kampanye ini.`,
    });
  try {
    const r = batasKelompokKontras(
      body.panel.map((p) => ({ skor: d.get(p.pesertaId) as number, level: p.level as LevelKematangan })),
      "derajat",
    );
    return {
      batas: r.batas,
      rincian: {
        kampanyeId: body.kampanyeId,
        panel: body.panel.length,
        salahKlasifikasi: r.salahKlasifikasi,
      },
    };
  } catch (e) {
    if (e instanceof PenilaianError) throw galat(400, "BATAS_TIDAK_VALID", { alasan: e.message });
    throw e;
  }
}
