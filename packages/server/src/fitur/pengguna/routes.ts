/**
 * User administration by an agency admin: list the users holding roles in
 * the instansi, create one with roles, set their roles here, reset a
 * password (temporary, to be changed at next login). A user holding roles in
 * another instansi too is not changed from here, except for this instansi's roles.
 */
import { PERAN, type Peran } from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { hashPassword, passwordSementara } from "../../auth/password.ts";
import { hapusSesiLain } from "../../auth/sesi.ts";
import { KEAMANAN } from "../../config.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import type { InstansiRute, KonteksRute } from "../../http/route.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../halaman.ts";

const SkemaPengguna = z.object({
  id: z.uuid(),
  username: z.string(),
  nama: z.string(),
  pegawaiId: z.uuid().nullable(),
  peran: z.array(z.enum(PERAN)),
  aktif: z.boolean(),
  totpAktif: z.boolean(),
  terkunci: z.boolean(),
  harusGantiPassword: z.boolean(),
});

const skemaPeran = z.array(z.enum(PERAN)).max(PERAN.length);
const params = z.strictObject({ id: z.uuid() });
type Trx = KonteksRute<unknown, unknown, unknown>["db"];

const galat = (status: number, code: string, id: string, en: string) =>
  new GalatApi(status, code, { pesan: { id, en } });

/** The national evaluator role exists only in the national Ministry's instansi (BAB IV). */
function periksaPeran(peran: readonly Peran[], instansi: InstansiRute) {
  if (peran.includes("evaluator_nasional") && !instansi.nasional) {
    throw galat(
      400,
      "PERAN_TIDAK_BERLAKU",
      "Peran evaluator_nasional hanya dapat diberikan di KemenPANRB.",
      "The evaluator_nasional role can only be granted in KemenPANRB.",
    );
  }
}

async function daftarPengguna(db: Trx, instansiId: string, id?: string) {
  let q = db
    .selectFrom("pengguna as g")
    .innerJoin("peran_pengguna as r", "r.pengguna_id", "g.id")
    .where("r.instansi_id", "=", instansiId)
    .select([
      "g.id",
      "g.username",
      "g.nama",
      "g.pegawai_id",
      "g.aktif",
      "g.totp_aktif",
      "g.harus_ganti_password",
      sql<boolean>`coalesce(g.terkunci_sampai > now(), false)`.as("terkunci"),
      sql<Peran[]>`array_agg(r.peran order by r.peran)`.as("peran"),
    ])
    .groupBy("g.id")
    .orderBy("g.username");
  if (id) q = q.where("g.id", "=", id);
  return (await q.execute()).map((g) => ({
    id: g.id,
    username: g.username,
    nama: g.nama,
    pegawaiId: g.pegawai_id,
    peran: g.peran,
    aktif: g.aktif,
    totpAktif: g.totp_aktif,
    terkunci: g.terkunci,
    harusGantiPassword: g.harus_ganti_password,
  }));
}

async function penggunaDiSini(db: Trx, instansiId: string, id: string) {
  const [p] = await daftarPengguna(db, instansiId, id);
  if (!p) throw tidakDitemukan();
  return p;
}

export const routes = [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/pengguna",
    akses: ["admin_instansi"],
    tag: "pengguna",
    ringkasan: "Pengguna yang memegang peran di instansi ini",
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaPengguna),
    handler: async (ctx) => {
      const semua = await daftarPengguna(ctx.db, ctx.params.instansiId);
      const { page, pageSize } = ctx.query;
      return {
        items: semua.slice((page - 1) * pageSize, page * pageSize),
        total: semua.length,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/pengguna",
    akses: ["admin_instansi"],
    tag: "pengguna",
    ringkasan: "Membuat pengguna dengan peran di instansi ini (tanpa password: dibuatkan password sementara)",
    aksi: "pengguna.buat",
    body: z.strictObject({
      username: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9][a-z0-9._@-]{2,63}$/)
        .max(64),
      nama: z.string().trim().min(1).max(200),
      pegawaiId: z.uuid().nullish(),
      peran: skemaPeran.min(1),
      password: z.string().min(KEAMANAN.panjangPasswordMin).max(200).optional(),
    }),
    response: SkemaPengguna.extend({ passwordSementara: z.string().nullable() }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const b = ctx.body;
      periksaPeran(b.peran, ctx.instansi as InstansiRute);
      const ada = await ctx.db
        .selectFrom("pengguna")
        .select("id")
        .where("username", "=", b.username)
        .executeTakeFirst();
      if (ada) throw galat(409, "USERNAME_DIPAKAI", "Nama pengguna sudah dipakai.", "The username is taken.");
      if (b.pegawaiId) {
        const p = await ctx.db
          .selectFrom("pegawai")
          .select("id")
          .where("instansi_id", "=", instansiId)
          .where("id", "=", b.pegawaiId)
          .executeTakeFirst();
        if (!p)
          throw galat(
            400,
            "PEGAWAI_TIDAK_ADA",
            "Pegawai tidak ditemukan di instansi ini.",
            "Employee not found here.",
          );
      }
      const sementara = b.password ? null : passwordSementara();
      const { id } = await ctx.db
        .insertInto("pengguna")
        .values({
          username: b.username,
          nama: b.nama,
          password_hash: await hashPassword(b.password ?? (sementara as string)),
          harus_ganti_password: sementara !== null,
          pegawai_instansi_id: b.pegawaiId ? instansiId : null,
          pegawai_id: b.pegawaiId ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await ctx.db
        .insertInto("peran_pengguna")
        .values([...new Set(b.peran)].map((peran) => ({ instansi_id: instansiId, pengguna_id: id, peran })))
        .execute();
      ctx.audit({ objekJenis: "pengguna", objekId: id, rincian: { peran: b.peran } });
      return { ...(await penggunaDiSini(ctx.db, instansiId, id)), passwordSementara: sementara };
    },
  }),

  defineRoute({
    method: "PUT",
    url: "/api/instansi/:instansiId/pengguna/:id/peran",
    akses: ["admin_instansi"],
    tag: "pengguna",
    ringkasan: "Menetapkan peran pengguna di instansi ini (daftar kosong = mencabut semua)",
    aksi: "pengguna.peran",
    params,
    body: z.strictObject({ peran: skemaPeran }),
    response: SkemaPengguna.nullable(),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const lama = await penggunaDiSini(ctx.db, instansiId, id);
      const peran = [...new Set(ctx.body.peran)];
      periksaPeran(peran, ctx.instansi as InstansiRute);
      if (id === ctx.sesi?.pengguna.id && !peran.includes("admin_instansi")) {
        throw galat(
          409,
          "TIDAK_BOLEH_MENCABUT_SENDIRI",
          "Anda tidak dapat mencabut peran admin instansi Anda sendiri.",
          "You cannot remove your own agency administrator role.",
        );
      }
      await ctx.db
        .deleteFrom("peran_pengguna")
        .where("instansi_id", "=", instansiId)
        .where("pengguna_id", "=", id)
        .execute();
      if (peran.length > 0) {
        await ctx.db
          .insertInto("peran_pengguna")
          .values(peran.map((p) => ({ instansi_id: instansiId, pengguna_id: id, peran: p })))
          .execute();
      }
      ctx.audit({ objekJenis: "pengguna", rincian: { peranLama: lama.peran, peranBaru: peran } });
      const [baru] = await daftarPengguna(ctx.db, instansiId, id);
      return baru ?? null;
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/pengguna/:id/reset-password",
    akses: ["admin_instansi"],
    tag: "pengguna",
    ringkasan: "Reset password oleh admin: password sementara yang wajib diganti saat login berikutnya",
    aksi: "pengguna.reset_password",
    params,
    response: z.object({ passwordSementara: z.string() }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      await penggunaDiSini(ctx.db, instansiId, id);
      // RLS hides other agencies' grants from this transaction; ask the definer function (0002).
      const lain = await sql<{ ada: boolean }>`select nurani_peran_lain(${id}) as ada`.execute(ctx.db);
      if (lain.rows[0]?.ada) {
        throw galat(
          409,
          "PENGGUNA_LINTAS_INSTANSI",
          "Pengguna ini juga memegang peran di instansi lain; password-nya direset oleh administrator sistem (nurani user).",
          "This user also holds roles in another agency; their password is reset by the system administrator.",
        );
      }
      const sementara = passwordSementara();
      await ctx.db
        .updateTable("pengguna")
        .set({
          password_hash: await hashPassword(sementara),
          harus_ganti_password: true,
          gagal_login: 0,
          terkunci_sampai: null,
          diubah: new Date(),
        })
        .where("id", "=", id)
        .execute();
      await hapusSesiLain(ctx.db, id);
      ctx.audit({ objekJenis: "pengguna" });
      return { passwordSementara: sementara };
    },
  }),
];
