/**
 * Public feedback on service integrity (PermenPANRB 60/2020 Tabel 2 I.4
 * monitoring and evaluation; docs/komunitas.md "Public survey: abuse protection"): a short anonymous
 * survey per agency, open without login at `/survei/<agency code>`.
 *
 * The public routes are not agency-scoped (no RLS fence, no session): every
 * query here names the agency by its code itself. Abuse protection: length
 * limits (schemas), a proof-of-work challenge signed by the server and usable
 * once (bukti-kerja.ts, replay refused through `survei_tantangan_terpakai`),
 * and at most `BATAS_PER_JAM` submissions per client address per hour,
 * counted under an HMAC of the address — no address is stored in clear,
 * and the audit entry of the submission carries none either.
 */
import { createHmac, randomBytes } from "node:crypto";
import { sql, type Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../halaman.ts";
import { galat, iso, PESAN_KOMUNITAS, teksBebas } from "./bersama.ts";
import { buatTantangan, KESULITAN_BAWAAN, periksaKerja } from "./bukti-kerja.ts";

type Trx = Transaction<Database>;

/** Submissions per client address per hour (all agencies together). */
export const BATAS_PER_JAM = 10;

/** The five statements, answered 1 (strongly disagree) … 5 (strongly agree). */
export const PERTANYAAN_SURVEI = [
  {
    kode: "p1",
    id: "Petugas tidak meminta atau menerima imbalan di luar ketentuan.",
    en: "Staff did not ask for or accept payments beyond the official fees.",
  },
  {
    kode: "p2",
    id: "Persyaratan, biaya, dan waktu layanan jelas dan diumumkan.",
    en: "Requirements, fees and service times were clear and published.",
  },
  {
    kode: "p3",
    id: "Saya dilayani secara adil, tanpa diskriminasi atau perlakuan istimewa.",
    en: "I was treated fairly, without discrimination or favouritism.",
  },
  {
    kode: "p4",
    id: "Layanan selesai sesuai waktu yang dijanjikan.",
    en: "The service was completed in the promised time.",
  },
  {
    kode: "p5",
    id: "Saya tahu cara melaporkan pelanggaran integritas di instansi ini.",
    en: "I know how to report an integrity violation at this agency.",
  },
] as const;

const KODE_INSTANSI = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/);

/** The server secret for challenge signatures and address hashes (created on first use, shared by all processes). */
export async function rahasiaKomunitas(db: Trx): Promise<string> {
  await db
    .insertInto("kunci_komunitas")
    .values({ nama: "survei", nilai: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("nama").doNothing())
    .execute();
  const r = await db
    .selectFrom("kunci_komunitas")
    .select("nilai")
    .where("nama", "=", "survei")
    .executeTakeFirstOrThrow();
  return r.nilai;
}

async function instansiPublik(db: Trx, kode: string) {
  const i = await db
    .selectFrom("instansi")
    .select(["id", "kode", "nama"])
    .where("kode", "=", kode)
    .where("nasional", "=", false)
    .executeTakeFirst();
  if (!i) throw tidakDitemukan();
  return i;
}

/** Counts one submission for the address; refuses (429, counted and committed) beyond the hourly limit. */
async function hitungAlamat(db: Trx, rahasia: string, alamat: string, sekarang: Date) {
  const jam = Math.floor(sekarang.getTime() / 3_600_000);
  const kunci = createHmac("sha256", rahasia).update(`batas|${alamat}|${jam}`).digest("base64url");
  await db.deleteFrom("survei_batas").where("kedaluwarsa", "<", sekarang).execute();
  const r = await db
    .insertInto("survei_batas")
    .values({ kunci, jumlah: 1, kedaluwarsa: new Date((jam + 1) * 3_600_000) })
    .onConflict((oc) => oc.column("kunci").doUpdateSet({ jumlah: sql<number>`survei_batas.jumlah + 1` }))
    .returning("jumlah")
    .executeTakeFirstOrThrow();
  return r.jumlah;
}

const SkemaTantangan = z.object({ tantangan: z.string(), kesulitan: z.number(), kedaluwarsa: z.string() });

export const ruteSurvei = [
  defineRoute({
    method: "GET",
    url: "/api/publik/survei/:kode",
    akses: "publik",
    tanpaAlamat: true,
    tag: "survei-publik",
    ringkasan:
      "Survei publik integritas layanan sebuah instansi: pertanyaan dan tantangan proof-of-work (tanpa login)",
    params: z.strictObject({ kode: KODE_INSTANSI }),
    response: z.object({
      instansi: z.object({ kode: z.string(), nama: z.string() }),
      pertanyaan: z.array(z.object({ kode: z.string(), id: z.string(), en: z.string() })),
      tantangan: SkemaTantangan,
      batas: z.object({ layanan: z.number(), komentar: z.number() }),
    }),
    handler: async (ctx) => {
      const i = await instansiPublik(ctx.db, ctx.params.kode);
      const rahasia = await rahasiaKomunitas(ctx.db);
      ctx.reply.header("cache-control", "no-store");
      return {
        instansi: { kode: i.kode, nama: i.nama },
        pertanyaan: PERTANYAAN_SURVEI.map((p) => ({ ...p })),
        tantangan: buatTantangan(rahasia, i.kode, Date.now()),
        batas: { layanan: 100, komentar: 1000 },
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/publik/survei/:kode",
    akses: "publik",
    tag: "survei-publik",
    ringkasan:
      "Mengirim jawaban survei publik (anonim): tantangan bertanda tangan + nonce proof-of-work, sekali pakai, dibatasi per alamat",
    aksi: "survei_publik.kirim",
    // anonymous: neither the audit entry nor the request log keeps the address
    tanpaAlamat: true,
    params: z.strictObject({ kode: KODE_INSTANSI }),
    body: z.strictObject({
      tantangan: z.string().max(400),
      nonce: z.string().max(40),
      jawaban: z.array(z.number().int().min(1).max(5)).length(5),
      layanan: teksBebas(100).optional(),
      komentar: teksBebas(1000).optional(),
    }),
    response: z.object({ diterima: z.literal(true) }),
    status: 201,
    bodyLimit: 16 * 1024,
    handler: async (ctx) => {
      const alamat = ctx.req.ip ?? "";
      const i = await instansiPublik(ctx.db, ctx.params.kode);
      const rahasia = await rahasiaKomunitas(ctx.db);
      const b = ctx.body;
      const sekarang = new Date();
      const cek = periksaKerja(rahasia, i.kode, b.tantangan, b.nonce, sekarang.getTime(), KESULITAN_BAWAAN);
      if (!cek.ok) throw galat(400, "TANTANGAN_TIDAK_SAH");
      if ((await hitungAlamat(ctx.db, rahasia, alamat, sekarang)) > BATAS_PER_JAM) {
        throw new GalatApi(429, "TERLALU_BANYAK", {
          pesan: PESAN_KOMUNITAS.TERLALU_BANYAK,
          tetapSimpan: true,
        });
      }
      await ctx.db.deleteFrom("survei_tantangan_terpakai").where("kedaluwarsa", "<", sekarang).execute();
      const pakai = await ctx.db
        .insertInto("survei_tantangan_terpakai")
        .values({ hash: cek.hash, kedaluwarsa: cek.kedaluwarsa })
        .onConflict((oc) => oc.column("hash").doNothing())
        .returning("hash")
        .executeTakeFirst();
      if (!pakai) throw galat(409, "TANTANGAN_TERPAKAI");
      const [p1, p2, p3, p4, p5] = b.jawaban;
      const r = await ctx.db
        .insertInto("survei_respons")
        .values({
          instansi_id: i.id,
          p1,
          p2,
          p3,
          p4,
          p5,
          layanan: b.layanan ?? null,
          komentar: b.komentar ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "survei_respons", objekId: r.id, rincian: { instansi: i.kode } });
      return { diterima: true as const };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/survei-publik/hasil",
    akses: ["admin_instansi", "tim_supervisi", "ppk", "pimpinan", "apip"],
    tag: "survei-publik",
    ringkasan: "Rekap survei publik integritas layanan: jumlah, rerata dan sebaran per pertanyaan, per bulan",
    query: z.strictObject({ dari: z.iso.date().optional(), sampai: z.iso.date().optional() }),
    response: z.object({
      jumlah: z.number(),
      pertanyaan: z.array(
        z.object({
          kode: z.string(),
          id: z.string(),
          en: z.string(),
          rerata: z.number().nullable(),
          sebaran: z.array(z.number()),
        }),
      ),
      perBulan: z.array(z.object({ bulan: z.string(), jumlah: z.number() })),
    }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { dari, sampai } = ctx.query;
      let k = ctx.db.selectFrom("survei_respons").where("instansi_id", "=", instansiId);
      if (dari) k = k.where("dikirim", ">=", new Date(`${dari}T00:00:00+07:00`));
      if (sampai)
        k = k.where("dikirim", "<", new Date(new Date(`${sampai}T00:00:00+07:00`).getTime() + 86_400_000));
      const sebaran = await k
        .select([
          sql<number>`count(*)::int`.as("n"),
          ...PERTANYAAN_SURVEI.flatMap((p) =>
            [1, 2, 3, 4, 5].map((v) =>
              sql<number>`count(*) filter (where ${sql.ref(p.kode)} = ${v})::int`.as(`${p.kode}_${v}`),
            ),
          ),
        ])
        .executeTakeFirstOrThrow();
      const baris = sebaran as unknown as Record<string, number>;
      const perBulan = await k
        .select([
          sql<string>`to_char(dikirim at time zone 'Asia/Jakarta', 'YYYY-MM')`.as("bulan"),
          sql<number>`count(*)::int`.as("jumlah"),
        ])
        .groupBy(sql`1`)
        .orderBy(sql`1`)
        .execute();
      return {
        jumlah: baris.n,
        pertanyaan: PERTANYAAN_SURVEI.map((p) => {
          const s = [1, 2, 3, 4, 5].map((v) => baris[`${p.kode}_${v}`] ?? 0);
          const n = s.reduce((a, x) => a + x, 0);
          return { ...p, sebaran: s, rerata: n === 0 ? null : s.reduce((a, x, j) => a + x * (j + 1), 0) / n };
        }),
        perBulan,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/survei-publik/komentar",
    akses: ["admin_instansi", "tim_supervisi", "ppk", "pimpinan", "apip"],
    tag: "survei-publik",
    ringkasan: "Komentar survei publik (anonim), terbaru dulu, berhalaman",
    query: z.strictObject({ ...skemaHalaman }),
    response: skemaDaftar(
      z.object({ id: z.uuid(), dikirim: z.string(), layanan: z.string().nullable(), komentar: z.string() }),
    ),
    handler: async (ctx) => {
      const { page, pageSize } = ctx.query;
      const k = ctx.db
        .selectFrom("survei_respons")
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("komentar", "is not", null);
      const total = await k.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      const rows = await k
        .select(["id", "dikirim", "layanan", "komentar"])
        .orderBy("dikirim", "desc")
        .orderBy("id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          dikirim: iso(r.dikirim) ?? "",
          layanan: r.layanan,
          komentar: r.komentar ?? "",
        })),
        total: total.n,
        page,
        pageSize,
      };
    },
  }),
];
