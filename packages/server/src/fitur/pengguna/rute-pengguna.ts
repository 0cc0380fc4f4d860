/**
 * User administration by an agency admin: list the users holding roles in
 * the instansi, create one with roles, set their roles here, reset a
 * password. A user holding roles in another instansi too is not changed from
 * here, except for this instansi's roles (docs/server.md "Accounts").
 *
 * - Usernames an agency admin creates live in the agency's namespace,
 *   `<name>@<agency code>`: a taken name can only be one of this agency's, so
 *   the answer tells nothing about other agencies' accounts.
 * - One account per employee; linking one is told to the employee.
 * - Every password set here is temporary: that session can do nothing but
 *   choose the user's own (the guard's `saatHarusGantiPassword`).
 */
import { sql } from "kysely";
import { z } from "zod";
import { lupakanAkun } from "../../auth/batas-login.ts";
import { periksaKebijakanPassword } from "../../auth/kebijakan-password.ts";
import { hashPassword, passwordSementara } from "../../auth/password.ts";
import { hapusSesiLain } from "../../auth/sesi.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute, type InstansiRute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { beritahu } from "../notifikasi/index.ts";
import { selaraskan, tetapkanPeranAdmin } from "../peran-sk/index.ts";
import { daftarPengguna, pegawaiTanpaAkun, penggunaDiSini } from "./kueri.ts";
import { galat, periksaPeran, usernameDiInstansi } from "./layanan.ts";
import { params, SkemaPengguna, skemaPeran } from "./skema.ts";

export const rutePengguna = grupRute("/api/instansi/:instansiId/pengguna", [
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
    ringkasan:
      "Membuat pengguna dengan peran di instansi ini (nama@kode-instansi; kata sandi sementara yang wajib diganti)",
    aksi: "pengguna.buat",
    body: z.strictObject({
      // the name within the agency; `@<agency code>` is added (and may be typed)
      username: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9][a-z0-9._-]{2,}(@[a-z0-9._-]+)?$/)
        .max(64),
      nama: z.string().trim().min(1).max(200),
      pegawaiId: z.uuid().nullish(),
      peran: skemaPeran.min(1),
      /** A temporary password of the admin's choice (else one is generated); the user must change it. */
      password: z.string().min(1).max(200).optional(),
    }),
    response: SkemaPengguna.extend({ passwordSementara: z.string().nullable() }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const b = ctx.body;
      const instansi = ctx.instansi as InstansiRute;
      periksaPeran(b.peran, instansi);
      const username = usernameDiInstansi(b.username, instansi.kode);
      if (!username)
        throw galat(
          400,
          "USERNAME_TIDAK_VALID",
          `Nama pengguna di instansi ini berbentuk nama@${instansi.kode.toLowerCase()} (paling panjang 64 karakter).`,
          `Usernames in this agency have the form name@${instansi.kode.toLowerCase()} (at most 64 characters).`,
        );
      const ada = await ctx.db
        .selectFrom("pengguna")
        .select("id")
        .where("username", "=", username)
        .executeTakeFirst();
      if (ada)
        throw galat(
          409,
          "USERNAME_DIPAKAI",
          "Nama pengguna ini sudah dipakai di instansi ini.",
          "This username is already used in this agency.",
        );
      const pegawai = b.pegawaiId ? await pegawaiTanpaAkun(ctx.db, instansiId, b.pegawaiId) : null;
      if (b.password) periksaKebijakanPassword(b.password, { username, nip: pegawai?.nip });
      const sementara = b.password ?? passwordSementara();
      const { id } = await ctx.db
        .insertInto("pengguna")
        .values({
          username,
          nama: b.nama,
          password_hash: await hashPassword(sementara),
          harus_ganti_password: true,
          pegawai_instansi_id: b.pegawaiId ? instansiId : null,
          pegawai_id: b.pegawaiId ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await ctx.db
        .insertInto("peran_pengguna")
        .values([...new Set(b.peran)].map((peran) => ({ instansi_id: instansiId, pengguna_id: id, peran })))
        .execute();
      if (b.pegawaiId) {
        // a decree in force naming this employee gives the new account its role
        await selaraskan(ctx.db, instansiId, [b.pegawaiId]);
        await beritahu(ctx.db, {
          instansiId,
          penggunaId: id,
          jenis: "akun.ditautkan",
          judul: {
            id: `Akun Nurani dibuat untuk Anda: ${username}`,
            en: `A Nurani account was created for you: ${username}`,
          },
          isi: {
            id: `Administrator ${instansi.nama} membuat akun "${username}" yang terhubung dengan data kepegawaian Anda. Saat pertama masuk Anda wajib mengganti kata sandi sementara. Bila Anda tidak memintanya, segera hubungi administrator atau tim supervisi.`,
            en: `The administrator of ${instansi.nama} created the account "${username}" linked to your employee record. At first login you must replace the temporary password. If you did not ask for it, contact the administrator or the supervision team at once.`,
          },
          tautan: "/akun",
          smtp: ctx.config.smtp,
        });
      }
      ctx.audit({
        objekJenis: "pengguna",
        objekId: id,
        rincian: { peran: b.peran, pegawaiId: b.pegawaiId ?? null, sandiDariAdmin: Boolean(b.password) },
      });
      return {
        ...(await penggunaDiSini(ctx.db, instansiId, id)),
        passwordSementara: b.password ? null : sementara,
      };
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
      // roles held by a decree in force stay (fitur/peran-sk); history records the admin's changes
      await tetapkanPeranAdmin(ctx.db, {
        instansiId,
        penggunaId: id,
        peran,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
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
      const { username } = await ctx.db
        .updateTable("pengguna")
        .set({ password_hash: await hashPassword(sementara), harus_ganti_password: true, diubah: new Date() })
        .where("id", "=", id)
        .returning("username")
        .executeTakeFirstOrThrow();
      await hapusSesiLain(ctx.db, id);
      await lupakanAkun(ctx.db, username);
      await beritahu(ctx.db, {
        instansiId,
        penggunaId: id,
        jenis: "password.direset",
        judul: {
          id: "Kata sandi Anda direset oleh administrator",
          en: "Your password was reset by an administrator",
        },
        isi: {
          id: `Administrator ${(ctx.instansi as InstansiRute).nama} mereset kata sandi akun "${username}"; semua sesi Anda diakhiri. Saat masuk dengan kata sandi sementara Anda wajib menggantinya. Bila Anda tidak memintanya, segera hubungi administrator atau tim supervisi.`,
          en: `The administrator of ${(ctx.instansi as InstansiRute).nama} reset the password of the account "${username}"; all your sessions were ended. When you log in with the temporary password you must replace it. If you did not ask for it, contact the administrator or the supervision team at once.`,
        },
        tautan: "/akun",
        smtp: ctx.config.smtp,
      });
      ctx.audit({ objekJenis: "pengguna" });
      return { passwordSementara: sementara };
    },
  }),
]);
