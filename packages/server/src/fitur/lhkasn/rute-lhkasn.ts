/**
 * LHKPN/LHKASN compliance (Tabel 2 II "kepatuhan LHKPN/LHKASN";
 * docs/gratifikasi.md "LHKPN/LHKASN"): the yearly list imported after a
 * per-row check, compliance per unit (k applied) and agency, the named list
 * for the admin and APIP (audited), and each employee's own status.
 */
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { kMinimum } from "../disiplin/index.ts";
import { hariIniDi } from "../gratifikasi/index.ts";
import { bacaTabel, validasi } from "./baca.ts";
import { rekamJejakLhkasn } from "./rekam-jejak.ts";
import {
  BodyImpor,
  JawabanImpor,
  JawabanKepatuhan,
  KueriDaftar,
  KueriTahun,
  SkemaKewajiban,
  SkemaKewajibanPegawai,
  UKURAN_MAKS,
} from "./skema.ts";

export const PENGELOLA = ["admin_instansi", "apip"] as const;
export const PEMBACA_STATISTIK = ["admin_instansi", "apip", "ppk", "pimpinan", "tim_supervisi"] as const;

type Db = Parameters<typeof kMinimum>[0];

const persen = (lapor: number, wajib: number) =>
  wajib === 0 ? null : Math.round((1000 * lapor) / wajib) / 10;

async function tahunTerakhir(db: Db, instansiId: string): Promise<number | null> {
  const r = await db
    .selectFrom("kewajiban_lhkasn")
    .select(sql<number | null>`max(tahun)`.as("t"))
    .where("instansi_id", "=", instansiId)
    .executeTakeFirst();
  return r?.t ?? null;
}

export async function kepatuhanLhkasn(db: Db, instansiId: string, diminta?: number) {
  const tahun = diminta ?? (await tahunTerakhir(db, instansiId));
  const k = await kMinimum(db, instansiId);
  const rows = await db
    .selectFrom("kewajiban_lhkasn as w")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "w.instansi_id").onRef("p.id", "=", "w.pegawai_id"),
    )
    .leftJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
    )
    .where("w.instansi_id", "=", instansiId)
    .where("w.tahun", "=", tahun ?? -1)
    .select([
      "u.id",
      "u.kode",
      "u.nama",
      sql<number>`count(*)::int`.as("wajib"),
      sql<number>`(count(*) filter (where w.tanggal_lapor is not null))::int`.as("lapor"),
    ])
    .groupBy(["u.id", "u.kode", "u.nama"])
    .orderBy("u.kode")
    .execute();
  const wajib = rows.reduce((s, r) => s + r.wajib, 0);
  const lapor = rows.reduce((s, r) => s + r.lapor, 0);
  return {
    tahun,
    k,
    instansi: { wajib, lapor, persen: wajib >= k ? persen(lapor, wajib) : null },
    unit: rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        id: r.id as string,
        kode: r.kode as string,
        nama: r.nama as string,
        kepatuhan: r.wajib >= k ? { wajib: r.wajib, lapor: r.lapor, persen: persen(r.lapor, r.wajib) } : null,
      })),
  };
}

export const ruteLhkasn = grupRute("/api/instansi/:instansiId/lhkasn", [
  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/lhkasn/impor",
    akses: PENGELOLA,
    tag: "lhkasn",
    ringkasan:
      "Impor daftar wajib LHKPN/LHKASN setahun (CSV/XLSX: NIP, jenis kewajiban, tanggal lapor): diperiksa per baris dulu; `terapkan` mengganti daftar tahun itu bila semua baris sah",
    aksi: "lhkasn.impor",
    body: BodyImpor,
    bodyLimit: 8 * 1024 * 1024,
    response: JawabanImpor,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { tahun, format, terapkan } = ctx.body;
      const berkas = Buffer.from(ctx.body.isi, "base64");
      const tolak = (id: string, en: string) => new GalatApi(400, "BERKAS_TIDAK_SAH", { pesan: { id, en } });
      if (berkas.length === 0 || berkas.length > UKURAN_MAKS)
        throw tolak("Berkas kosong atau lebih dari 5 MB.", "The file is empty or over 5 MB.");
      const tabel = await bacaTabel(berkas, format);
      if (typeof tabel === "string") throw tolak(tabel, "The file cannot be read.");
      const nip = await ctx.db
        .selectFrom("pegawai")
        .select(["id", "nip"])
        .where("instansi_id", "=", instansiId)
        .execute();
      const idNip = new Map(nip.map((p) => [p.nip, p.id]));
      const { sah, galat } = validasi(tabel, new Set(idNip.keys()));
      const diterapkan = terapkan && galat.length === 0 && sah.length > 0;
      if (diterapkan) {
        await ctx.db
          .deleteFrom("kewajiban_lhkasn")
          .where("instansi_id", "=", instansiId)
          .where("tahun", "=", tahun)
          .execute();
        for (let i = 0; i < sah.length; i += 1000)
          await ctx.db
            .insertInto("kewajiban_lhkasn")
            .values(
              sah.slice(i, i + 1000).map((r) => ({
                instansi_id: instansiId,
                tahun,
                pegawai_id: idNip.get(r.nip) as string,
                jenis: r.jenis,
                tanggal_lapor: r.tanggalLapor,
              })),
            )
            .execute();
        await rekamJejakLhkasn(
          ctx.db,
          instansiId,
          tahun,
          sah.map((r) => ({
            pegawaiId: idNip.get(r.nip) as string,
            jenis: r.jenis,
            tanggalLapor: r.tanggalLapor,
          })),
          await hariIniDi(ctx.db, instansiId),
          ctx.sesi?.pengguna.id ?? null,
        );
      }
      ctx.audit({ rincian: { tahun, baris: sah.length + galat.length, galat: galat.length, diterapkan } });
      return {
        tahun,
        baris: sah.length + galat.length,
        sah: sah.length,
        galat: galat.slice(0, 500),
        diterapkan,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/lhkasn/kepatuhan",
    akses: PEMBACA_STATISTIK,
    tag: "lhkasn",
    ringkasan:
      "Kepatuhan LHKPN/LHKASN instansi dan per unit (unit dengan wajib lapor < k tidak ditampilkan); tanpa nama",
    query: KueriTahun,
    response: JawabanKepatuhan,
    handler: async (ctx) => kepatuhanLhkasn(ctx.db, ctx.params.instansiId, ctx.query.tahun),
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/lhkasn",
    akses: PENGELOLA,
    tag: "lhkasn",
    ringkasan:
      "Daftar wajib lapor LHKPN/LHKASN dengan nama (saring tahun, yang belum lapor; berhalaman; diaudit)",
    aksi: "lhkasn.daftar",
    query: KueriDaftar,
    response: skemaDaftar(SkemaKewajibanPegawai),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { page, pageSize, tahun, belumLapor } = ctx.query;
      let q = ctx.db
        .selectFrom("kewajiban_lhkasn as w")
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "w.instansi_id").onRef("p.id", "=", "w.pegawai_id"),
        )
        .leftJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
        )
        .where("w.instansi_id", "=", instansiId)
        .where("w.tahun", "=", tahun ?? (await tahunTerakhir(ctx.db, instansiId)) ?? -1);
      if (belumLapor) q = q.where("w.tanggal_lapor", "is", null);
      const h = await ambilHalaman(
        ctx.db,
        q
          .select(["w.tahun", "w.jenis", "w.tanggal_lapor", "p.id", "p.nip", "p.nama", "u.nama as unit"])
          .orderBy("p.nama")
          .orderBy("w.jenis"),
        { page, pageSize },
      );
      ctx.audit({ rincian: { jumlah: h.items.length, pegawai: h.items.map((r) => r.id) } });
      return {
        ...h,
        items: h.items.map((r) => ({
          tahun: r.tahun,
          jenis: r.jenis,
          tanggalLapor: r.tanggal_lapor,
          pegawai: { id: r.id, nip: r.nip, nama: r.nama, unit: r.unit },
        })),
      };
    },
  }),
]);

export const ruteLhkasnSaya = grupRute("/api/instansi/:instansiId/lhkasn-saya", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/lhkasn-saya",
    akses: "login",
    tag: "lhkasn",
    ringkasan: "Status kewajiban LHKPN/LHKASN saya per tahun",
    response: z.array(SkemaKewajiban),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const u = await ctx.db
        .selectFrom("pengguna")
        .select("pegawai_id")
        .where("id", "=", ctx.sesi?.pengguna.id ?? "")
        .where("pegawai_instansi_id", "=", instansiId)
        .executeTakeFirst();
      if (!u?.pegawai_id) return [];
      const rows = await ctx.db
        .selectFrom("kewajiban_lhkasn")
        .select(["tahun", "jenis", "tanggal_lapor"])
        .where("instansi_id", "=", instansiId)
        .where("pegawai_id", "=", u.pegawai_id)
        .orderBy("tahun", "desc")
        .execute();
      return rows.map((r) => ({ tahun: r.tahun, jenis: r.jenis, tanggalLapor: r.tanggal_lapor }));
    },
  }),
]);
