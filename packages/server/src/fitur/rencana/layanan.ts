/**
 * The individual development plan (docs/agen-perubahan.md "Rencana saya"):
 * an employee's profile (the latest released result's level = sub-stage,
 * BAB III.B.2 / Tabel 3 no. 3 keluaran 4; the weakest sub-dimensions) becomes
 * a plan of Tabel 5–8 activities and guided assignments for that sub-stage,
 * and the sub-stage's criteria (BAB III.B.2 a–d) are tracked per person:
 * the employee checks, the superior or the supervision team confirms.
 */
import {
  itemDaftarPeriksa,
  KODE_SUBDIMENSI,
  type KodeSubDimensi,
  kegiatanSubtahap,
  type LevelKematangan,
  subDimensi,
  tingkatKematangan,
} from "@nurani/domain";
import type { z } from "zod";
import type { Db } from "../../db/factory.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { hasilSkorJson } from "../../umum/skor-tersimpan.ts";
import { kehadiranPegawai } from "./kehadiran.ts";
import type { BodyRencana, SkemaRencana } from "./skema.ts";

export async function pegawaiSaya(db: Db, instansiId: string, penggunaId: string | undefined) {
  if (!penggunaId) return null;
  const r = await db
    .selectFrom("pengguna")
    .select("pegawai_id")
    .where("id", "=", penggunaId)
    .where("pegawai_instansi_id", "=", instansiId)
    .executeTakeFirst();
  return r?.pegawai_id ?? null;
}

export function wajibPegawai(id: string | null): string {
  if (!id)
    throw new GalatApi(403, "PENGGUNA_TANPA_PEGAWAI", {
      pesan: {
        id: "Akun Anda belum tertaut ke data pegawai instansi ini; minta admin instansi menautkannya.",
        en: "Your account is not linked to an employee record of this agency; ask the agency admin to link it.",
      },
    });
  return id;
}

/**
 * May this user manage this employee's plan? The supervision team: anyone;
 * a leader (`pimpinan`): employees of their own unit or of units below it.
 */
export async function pastikanAtasan(
  db: Db,
  o: { instansiId: string; pegawaiId: string; peran: readonly string[]; saya: string | null },
) {
  const p = await db
    .selectFrom("pegawai")
    .select(["id", "unit_id"])
    .where("instansi_id", "=", o.instansiId)
    .where("id", "=", o.pegawaiId)
    .executeTakeFirst();
  if (!p) throw tidakDitemukan();
  if (o.peran.includes("tim_supervisi")) return;
  const tolak = () =>
    new GalatApi(403, "BUKAN_ATASAN", {
      pesan: {
        id: "Hanya atasan di unit pegawai ini (atau unit di atasnya) atau Tim Supervisi yang dapat melakukannya.",
        en: "Only a superior in this employee's unit (or a unit above it) or the supervision team may do this.",
      },
    });
  if (!o.saya || o.saya === o.pegawaiId || !p.unit_id) throw tolak();
  const aku = await db
    .selectFrom("pegawai")
    .select("unit_id")
    .where("instansi_id", "=", o.instansiId)
    .where("id", "=", o.saya)
    .executeTakeFirst();
  if (!aku?.unit_id) throw tolak();
  const unit = await db
    .selectFrom("unit_kerja")
    .select(["id", "induk_id"])
    .where("instansi_id", "=", o.instansiId)
    .execute();
  const induk = new Map(unit.map((u) => [u.id, u.induk_id]));
  for (let u: string | null | undefined = p.unit_id, n = 0; u && n < 50; u = induk.get(u), n++)
    if (u === aku.unit_id) return;
  throw tolak();
}

/** The latest released result: level and the three weakest sub-dimensions (by T score). */
async function profil(db: Db, instansiId: string, pegawaiId: string, b: Bahasa) {
  const r = await db
    .selectFrom("skor_asesmen as s")
    .innerJoin("kampanye_asesmen as k", (j) =>
      j.onRef("k.instansi_id", "=", "s.instansi_id").onRef("k.id", "=", "s.kampanye_id"),
    )
    .select(["s.level", hasilSkorJson("s").as("hasil"), "k.nama"])
    .where("s.instansi_id", "=", instansiId)
    .where("s.pegawai_id", "=", pegawaiId)
    .where("k.hasil_dirilis", "is not", null)
    .orderBy("k.hasil_dirilis", "desc")
    .executeTakeFirst();
  const sd =
    ((r?.hasil ?? {}) as { subDimensi?: Partial<Record<KodeSubDimensi, { t?: number }>> }).subDimensi ?? {};
  const terlemah = KODE_SUBDIMENSI.flatMap((k) => {
    const t = sd[k]?.t;
    return typeof t === "number"
      ? [{ kode: k, nama: subDimensi(k).nama[b], t: Math.round(t * 10) / 10 }]
      : [];
  })
    .sort((x, y) => x.t - y.t)
    .slice(0, 3);
  return { level: r?.level ?? null, kampanye: r?.nama ?? null, subDimensiTerlemah: terlemah };
}

export async function muatRencana(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  b: Bahasa,
): Promise<z.input<typeof SkemaRencana>> {
  const p = await db
    .selectFrom("pegawai as p")
    .leftJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
    )
    .select(["p.id", "p.nama", "u.nama as unit"])
    .where("p.instansi_id", "=", instansiId)
    .where("p.id", "=", pegawaiId)
    .executeTakeFirst();
  if (!p) throw tidakDitemukan();
  const pr = await profil(db, instansiId, pegawaiId, b);
  const r = await db
    .selectFrom("rencana_individu")
    .select("subtahap")
    .where("instansi_id", "=", instansiId)
    .where("pegawai_id", "=", pegawaiId)
    .executeTakeFirst();
  const subtahap = (r?.subtahap ?? Math.min(4, Math.max(1, pr.level ?? 1))) as LevelKematangan;
  const kegiatan = await db
    .selectFrom("kegiatan_rencana as k")
    .leftJoin("pegawai as m", (j) =>
      j.onRef("m.instansi_id", "=", "k.instansi_id").onRef("m.id", "=", "k.pembimbing_id"),
    )
    .select([
      "k.id",
      "k.jenis",
      "k.kode_templat",
      "k.judul",
      "m.nama as pembimbing",
      "k.pembimbing_id",
      "k.tenggat",
      "k.status",
    ])
    .where("k.instansi_id", "=", instansiId)
    .where("k.pegawai_id", "=", pegawaiId)
    .orderBy("k.dibuat")
    .orderBy("k.jenis")
    .orderBy("k.judul")
    .orderBy("k.id")
    .execute();
  const centang = await db
    .selectFrom("kriteria_individu")
    .select(["kode_item", "dikonfirmasi"])
    .where("instansi_id", "=", instansiId)
    .where("pegawai_id", "=", pegawaiId)
    .execute();
  const c = new Map(centang.map((x) => [x.kode_item, x.dikonfirmasi !== null]));
  return {
    pegawai: { id: p.id, nama: p.nama, unit: p.unit },
    profil: pr,
    subtahap,
    namaSubtahap: tingkatKematangan(subtahap).subtahap.nama[b],
    ditetapkan: r !== undefined,
    kegiatan: kegiatan.map((k) => ({
      id: k.id,
      jenis: k.jenis,
      kodeTemplat: k.kode_templat,
      judul: k.judul,
      pembimbing: k.pembimbing,
      pembimbingId: k.pembimbing_id,
      tenggat: k.tenggat,
      status: k.status,
    })),
    usulan: kegiatanSubtahap(subtahap).map((k) => ({
      kode: k.kode,
      kegiatan: k.kegiatan[b],
      tujuan: k.tujuan.map((x) => x[b]),
      sumber: k.sumber,
    })),
    kriteria: itemDaftarPeriksa(subtahap).map((i) => ({
      kode: i.kode,
      teks: i.teks[b],
      sumber: i.sumber,
      dicentang: c.has(i.kode),
      dikonfirmasi: c.get(i.kode) === true,
    })),
    kehadiran: await kehadiranPegawai(db, instansiId, pegawaiId),
  };
}

/** Sets the plan: its sub-stage and its activities (replacing the earlier list). */
export async function tetapkanRencana(
  db: Db,
  o: {
    instansiId: string;
    pegawaiId: string;
    body: z.output<typeof BodyRencana>;
    oleh: string | null;
    b: Bahasa;
  },
) {
  const pr = await profil(db, o.instansiId, o.pegawaiId, o.b);
  const subtahap = (o.body.subtahap ?? Math.min(4, Math.max(1, pr.level ?? 1))) as LevelKematangan;
  const templat = new Map(kegiatanSubtahap(subtahap).map((k) => [k.kode, k]));
  const baris = o.body.kegiatan.map((k) => {
    if (k.jenis === "modul") {
      const t = k.kodeTemplat ? templat.get(k.kodeTemplat) : undefined;
      if (!t)
        throw new GalatApi(400, "TEMPLAT_BUKAN_SUBTAHAP", {
          pesan: {
            id: `Modul harus salah satu kegiatan Tabel ${4 + subtahap} (subtahap ${subtahap}).`,
            en: `A module must be one of the Tabel ${4 + subtahap} activities (sub-stage ${subtahap}).`,
          },
        });
      return {
        jenis: k.jenis,
        kode_templat: t.kode,
        judul: k.judul ?? t.kegiatan[o.b],
        pembimbing_id: null,
        tenggat: k.tenggat ?? null,
      };
    }
    if (!k.judul || !k.pembimbingId)
      throw new GalatApi(400, "PENUGASAN_TANPA_PEMBIMBING", {
        pesan: {
          id: "Penugasan terbimbing memerlukan judul dan pembimbing.",
          en: "A guided assignment needs a title and a supervisor.",
        },
      });
    return {
      jenis: k.jenis,
      kode_templat: null,
      judul: k.judul,
      pembimbing_id: k.pembimbingId,
      tenggat: k.tenggat ?? null,
    };
  });
  const pembimbing = baris.flatMap((x) => (x.pembimbing_id ? [x.pembimbing_id] : []));
  if (pembimbing.length > 0) {
    const ada = await db
      .selectFrom("pegawai")
      .select("id")
      .where("instansi_id", "=", o.instansiId)
      .where("id", "in", pembimbing)
      .where("aktif", "=", true)
      .execute();
    if (ada.length !== new Set(pembimbing).size || pembimbing.includes(o.pegawaiId))
      throw new GalatApi(400, "PEMBIMBING_TIDAK_SAH", {
        pesan: {
          id: "Pembimbing harus pegawai aktif instansi ini, bukan pegawai itu sendiri.",
          en: "The supervisor must be an active employee of this agency, not the employee themself.",
        },
      });
  }
  await db
    .insertInto("rencana_individu")
    .values({ instansi_id: o.instansiId, pegawai_id: o.pegawaiId, subtahap, ditetapkan_oleh: o.oleh })
    .onConflict((oc) =>
      oc
        .columns(["instansi_id", "pegawai_id"])
        .doUpdateSet({ subtahap, ditetapkan_oleh: o.oleh, diubah: new Date() }),
    )
    .execute();
  await db
    .deleteFrom("kegiatan_rencana")
    .where("instansi_id", "=", o.instansiId)
    .where("pegawai_id", "=", o.pegawaiId)
    .execute();
  if (baris.length > 0)
    await db
      .insertInto("kegiatan_rencana")
      .values(
        baris.map((x) => ({ ...x, instansi_id: o.instansiId, pegawai_id: o.pegawaiId, dibuat_oleh: o.oleh })),
      )
      .execute();
}

/** The criterion code must belong to the plan's sub-stage. */
export async function pastikanKriteria(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  kode: string,
  b: Bahasa,
) {
  const r = await muatRencana(db, instansiId, pegawaiId, b);
  const k = r.kriteria.find((x) => x.kode === kode);
  if (!k)
    throw new GalatApi(400, "KRITERIA_BUKAN_SUBTAHAP", {
      pesan: {
        id: `Kriteria ${kode} bukan kriteria subtahap ${r.subtahap} (BAB III.B.2).`,
        en: `Criterion ${kode} is not a criterion of sub-stage ${r.subtahap} (BAB III.B.2).`,
      },
    });
  return k;
}
