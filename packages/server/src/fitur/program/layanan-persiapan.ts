/** Recording a preparation step and answering with its warnings; the route factory of the six steps (rute-persiapan.ts). */
import {
  catatKeluaranPersiapan,
  type FaktaSiklus,
  type Galat,
  type KeluaranPersiapan,
  type KodeLangkahPersiapan,
} from "@nurani/domain";
import { sql } from "kysely";
import type { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { defineRoute, type KonteksRute } from "../../http/route.ts";
import { Bebas, DASAR, paramSiklus } from "./bersama.ts";
import { galatDomain, muatSiklus, type SiklusTersimpan } from "./fakta.ts";
import { statusSiklus } from "./status.ts";

export type Ctx = KonteksRute<{ instansiId: string; id: string }, unknown, unknown>;

/** Stores a step's output once the domain accepts it (refusals in `tertunda` are tolerated: waiting). */
export async function catatLangkah<K extends KodeLangkahPersiapan>(
  ctx: Ctx,
  s: SiklusTersimpan,
  kode: K,
  keluaran: KeluaranPersiapan[K],
  o: { tertunda?: (g: Galat) => boolean; isiSimpan?: unknown } = {},
) {
  const h = catatKeluaranPersiapan(s.fakta, kode, keluaran, s.hariIni);
  if (!h.ok) {
    const sisa = h.galat.filter((g) => !o.tertunda?.(g));
    if (sisa.length > 0) throw galatDomain(sisa);
  }
  const isi = JSON.stringify(o.isiSimpan ?? keluaran);
  await ctx.db
    .insertInto("langkah_persiapan")
    .values({
      instansi_id: s.instansiId,
      siklus_id: s.id,
      langkah: kode,
      isi,
      draf: null,
      dicatat_oleh: ctx.sesi?.pengguna.id ?? null,
      dicatat: new Date(),
    })
    .onConflict((oc) =>
      oc.columns(["instansi_id", "siklus_id", "langkah"]).doUpdateSet({
        isi,
        draf: null,
        dicatat_oleh: ctx.sesi?.pengguna.id ?? null,
        dicatat: new Date(),
        diubah: sql<Date>`now()`,
      }),
    )
    .execute();
  ctx.audit({ objekJenis: "siklus_program", objekId: s.id, rincian: { langkah: kode } });
  return h.ok ? h.peringatan : [];
}

export async function jawab(ctx: Ctx, peringatan: Galat[]) {
  const st = await statusSiklus(ctx.db, await muatSiklus(ctx.db, ctx.params.instansiId, ctx.params.id));
  return { ...st, peringatanSimpan: peringatan };
}

/** The initial assessment map, once step 3 is recorded (else 409). */
export function petaAwal(f: FaktaSiklus) {
  const aw = f.persiapan.asesmen_awal;
  if (!aw || aw.dirilis === undefined)
    throw new GalatApi(409, "ASESMEN_AWAL_BELUM_ADA", {
      pesan: {
        id: "Peta asesmen awal belum tersedia: tautkan kampanye asesmen awal dan tunggu hasilnya dirilis (langkah 3).",
        en: "The initial assessment map is not available yet: link the initial campaign and wait for its release (step 3).",
      },
    });
  return aw.peta;
}

export const langkahRute = <S extends z.ZodType>(o: {
  jalur: string;
  akses: readonly ("ppk" | "tim_supervisi")[];
  ringkasan: string;
  body: S;
  simpan: (ctx: Ctx & { body: z.output<S> }, s: SiklusTersimpan) => Promise<Galat[]>;
}) =>
  defineRoute({
    method: "PUT",
    url: `${DASAR}/siklus/:id/persiapan/${o.jalur}`,
    akses: o.akses,
    tag: "program",
    ringkasan: o.ringkasan,
    aksi: `program.persiapan.${o.jalur}`,
    params: paramSiklus,
    body: o.body,
    response: Bebas,
    handler: async (ctx) => {
      const s = await muatSiklus(ctx.db, ctx.params.instansiId, ctx.params.id, { kunci: true });
      const p = await o.simpan(ctx as Ctx & { body: z.output<S> }, s);
      return jawab(ctx as Ctx, p);
    },
  });
