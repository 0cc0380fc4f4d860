import { z } from "zod";
import { barisAudit } from "../../audit/log.ts";
import { periksaKebijakanPassword } from "../../auth/kebijakan-password.ts";
import { type CatatanLogin, periksaLogin } from "../../auth/login.ts";
import { cocokPassword, hashPassword } from "../../auth/password.ts";
import { bacaSesi, buatSesi, hapusSesi, hapusSesiLain, type SesiAktif } from "../../auth/sesi.ts";
import { langkahTotp, rahasiaTotpBaru } from "../../auth/totp.ts";
import { hapusCookieSesi, pasangCookieSesi } from "../cookies.ts";
import { GalatApi } from "../errors.ts";
import { defineRoute, type KonteksRute } from "../route.ts";

export const SkemaSesi = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    nama: z.string(),
    bahasa: z.enum(["id", "en"]),
    totpAktif: z.boolean(),
    harusGantiPassword: z.boolean(),
  }),
  peran: z.array(
    z.object({ instansiId: z.uuid(), instansiKode: z.string(), instansiNama: z.string(), peran: z.string() }),
  ),
  csrfToken: z.string(),
});

export function jawabanSesi(s: SesiAktif): z.input<typeof SkemaSesi> {
  return {
    user: s.pengguna,
    peran: s.peran.map(({ instansiId, instansiKode, instansiNama, peran }) => ({
      instansiId,
      instansiKode,
      instansiNama,
      peran,
    })),
    csrfToken: s.csrfToken,
  };
}

const password = z.string().min(1).max(200);

/** The NIP of the employee linked to the session's account (the password may not contain it). */
async function nipPengguna(ctx: KonteksRute<unknown, unknown, unknown>): Promise<string | null> {
  const r = await ctx.db
    .selectFrom("pengguna as g")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "g.pegawai_instansi_id").onRef("p.id", "=", "g.pegawai_id"),
    )
    .select("p.nip")
    .where("g.id", "=", (ctx.sesi as SesiAktif).pengguna.id)
    .executeTakeFirst();
  return r?.nip ?? null;
}

/** Opens a session for a user and sets the cookies; returns the `Sesi` answer. */
export async function masukkan(
  ctx: KonteksRute<unknown, unknown, unknown>,
  penggunaId: string,
): Promise<SesiAktif> {
  const { token, csrfToken } = await buatSesi(ctx.db, penggunaId, {
    ip: ctx.req.ip,
    userAgent: ctx.req.headers["user-agent"] ?? null,
  });
  pasangCookieSesi(ctx.reply, token, csrfToken, ctx.config.cookieSecure);
  const sesi = await bacaSesi(ctx.db, token);
  if (!sesi) throw new Error("sesi baru tidak terbaca");
  return sesi;
}

/**
 * Writes a login attempt's outcome to the audit log: one entry in each agency
 * where the account holds a role (so that agency's log shows it), or one
 * without an agency for a username that names no account.
 */
async function catatLogin(ctx: KonteksRute<unknown, unknown, unknown>, c: CatatanLogin): Promise<void> {
  const dasar = ctx.entriAudit();
  const instansi = c.penggunaId
    ? (
        await ctx.db
          .selectFrom("peran_pengguna")
          .select("instansi_id")
          .distinct()
          .where("pengguna_id", "=", c.penggunaId)
          .execute()
      ).map((r) => r.instansi_id)
    : [];
  const baris = (instansiId: string | null) =>
    barisAudit({
      ...dasar,
      aksi: c.aksi,
      instansiId,
      penggunaId: c.penggunaId ?? null,
      objekJenis: c.penggunaId ? "pengguna" : null,
      objekId: c.penggunaId ?? null,
      rincian: c.rincian ?? {},
    });
  await ctx.db
    .insertInto("audit_log")
    .values(instansi.length > 0 ? instansi.map(baris) : [baris(null)])
    .execute();
  ctx.auditTertulis();
}

export const ruteAuth = [
  defineRoute({
    method: "POST",
    url: "/api/auth/login",
    akses: "publik",
    tag: "auth",
    ringkasan: "Masuk dengan nama pengguna dan kata sandi (dan kode TOTP bila aktif)",
    tanpaCsrf: true,
    aksi: "login",
    // the attempt counters commit before the password is verified (auth/batas-login.ts)
    transaksiSendiri: true,
    body: z.strictObject({
      username: z.string().min(1).max(64),
      password,
      totp: z
        .string()
        .regex(/^\d{6}$/)
        .optional(),
    }),
    response: SkemaSesi,
    handler: async (ctx) => {
      const hasil: CatatanLogin[] = [];
      try {
        const id = await periksaLogin(
          ctx.db,
          { ...ctx.body, ip: ctx.req.ip },
          ctx.config.loginGagalPerAlamat,
          (c) => hasil.push(c),
        );
        return jawabanSesi(await masukkan(ctx, id));
      } finally {
        for (const c of hasil) await catatLogin(ctx, c);
      }
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/logout",
    akses: "login",
    tag: "auth",
    ringkasan: "Keluar (mengakhiri sesi)",
    aksi: "logout",
    saatHarusGantiPassword: true,
    handler: async (ctx) => {
      if (ctx.sesi) await hapusSesi(ctx.db, ctx.sesi.sesiId);
      hapusCookieSesi(ctx.reply);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/auth/me",
    akses: "login",
    tag: "auth",
    ringkasan: "Sesi yang sedang berjalan",
    saatHarusGantiPassword: true,
    response: SkemaSesi,
    handler: async (ctx) => jawabanSesi(ctx.sesi as SesiAktif),
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/password",
    akses: "login",
    tag: "auth",
    ringkasan: "Mengganti kata sandi sendiri (mengakhiri sesi lain)",
    aksi: "password.ganti",
    saatHarusGantiPassword: true,
    body: z.strictObject({ passwordLama: password, passwordBaru: password }),
    handler: async (ctx) => {
      const sesi = ctx.sesi as SesiAktif;
      const p = await ctx.db
        .selectFrom("pengguna")
        .select("password_hash")
        .where("id", "=", sesi.pengguna.id)
        .executeTakeFirstOrThrow();
      if (!(await cocokPassword(p.password_hash, ctx.body.passwordLama))) {
        throw new GalatApi(400, "PASSWORD_LAMA_SALAH");
      }
      const baru = ctx.body.passwordBaru;
      if (baru === ctx.body.passwordLama) throw new GalatApi(400, "PASSWORD_SAMA");
      periksaKebijakanPassword(baru, { username: sesi.pengguna.username, nip: await nipPengguna(ctx) });
      await ctx.db
        .updateTable("pengguna")
        .set({ password_hash: await hashPassword(baru), harus_ganti_password: false, diubah: new Date() })
        .where("id", "=", sesi.pengguna.id)
        .execute();
      await hapusSesiLain(ctx.db, sesi.pengguna.id, sesi.sesiId);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/totp/setup",
    akses: "login",
    tag: "auth",
    ringkasan: "Membuat rahasia TOTP baru (aktif setelah dikonfirmasi)",
    aksi: "totp.siapkan",
    response: z.object({ secret: z.string(), otpauthUrl: z.string() }),
    handler: async (ctx) => {
      const sesi = ctx.sesi as SesiAktif;
      const baru = rahasiaTotpBaru(sesi.pengguna.username);
      await ctx.db
        .updateTable("pengguna")
        .set({ totp_rahasia_baru: baru.secret })
        .where("id", "=", sesi.pengguna.id)
        .execute();
      return baru;
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/totp/aktifkan",
    akses: "login",
    tag: "auth",
    ringkasan: "Mengaktifkan TOTP dengan kode dari aplikasi autentikator",
    aksi: "totp.aktifkan",
    body: z.strictObject({ kode: z.string().regex(/^\d{6}$/) }),
    handler: async (ctx) => {
      const sesi = ctx.sesi as SesiAktif;
      const p = await ctx.db
        .selectFrom("pengguna")
        .select("totp_rahasia_baru")
        .where("id", "=", sesi.pengguna.id)
        .executeTakeFirstOrThrow();
      if (!p.totp_rahasia_baru) throw new GalatApi(400, "TOTP_BELUM_DISIAPKAN");
      const langkah = langkahTotp(p.totp_rahasia_baru, ctx.body.kode);
      if (langkah === null) throw new GalatApi(400, "TOTP_SALAH");
      await ctx.db
        .updateTable("pengguna")
        .set({
          totp_rahasia: p.totp_rahasia_baru,
          totp_rahasia_baru: null,
          totp_aktif: true,
          // the confirming code is spent: it cannot also log in
          totp_langkah: langkah,
        })
        .where("id", "=", sesi.pengguna.id)
        .execute();
    },
  }),
];
