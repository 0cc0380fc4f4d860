/**
 * Activation of an account created with a one-time code (the first agency
 * admin, fitur/nasional/layanan.ts): the holder sees whose account the code
 * opens, then sets their own password. No session is needed; the code has
 * 80 random bits, so it cannot be guessed; it is spent on use.
 */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { aktivasi, bacaAktivasi } from "./layanan.ts";
import { BodyAktivasi, KueriAktivasi } from "./skema.ts";

export const ruteAktivasi = grupRute("/api/aktivasi", [
  defineRoute({
    method: "GET",
    url: "/api/aktivasi",
    akses: "publik",
    tag: "nasional",
    ringkasan: "Akun yang dibuka kode aktivasi (nama pengguna, instansi), tanpa memakai kodenya",
    query: KueriAktivasi,
    response: z.object({ username: z.string(), instansi: z.string(), kedaluwarsa: z.string() }),
    handler: async (ctx) => {
      const a = await bacaAktivasi(ctx.db, ctx.query.kode);
      return {
        username: a.username,
        instansi: a.instansi,
        kedaluwarsa: new Date(a.kedaluwarsa).toISOString(),
      };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/aktivasi",
    akses: "publik",
    tag: "nasional",
    ringkasan:
      "Mengaktifkan akun: pemegang kode menetapkan kata sandinya sendiri (kebijakan kata sandi berlaku)",
    aksi: "pengguna.aktivasi",
    body: BodyAktivasi,
    response: z.object({ username: z.string() }),
    handler: async (ctx) => {
      const a = await aktivasi(ctx.db, ctx.body.kode, ctx.body.passwordBaru);
      ctx.audit({
        instansiId: a.instansi_id,
        penggunaId: a.pengguna_id,
        objekJenis: "pengguna",
        objekId: a.pengguna_id,
      });
      return { username: a.username };
    },
  }),
]);
