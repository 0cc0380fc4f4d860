/**
 * Norms per reference group, the national evaluator's side (docs/norma-batas.md
 * "Norms per reference group"): the groups of the form's parameter version in
 * force with their size against the publication minimum, and recomputing them.
 * Counts only: no person's data leaves these routes.
 */
import { NORMA_MIN_KELOMPOK } from "@nurani/domain";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { hitungNormaKelompok, JENIS_NORMA, type JenisNorma, labelKelompok } from "./norma.ts";
import { parameterBerlaku } from "./parameter.ts";
import { galat } from "./pesan.ts";

const bolehNasional = (ctx: { sesi?: { peran: { instansiNasional: boolean; peran: string }[] } | null }) => {
  if (!(ctx.sesi?.peran ?? []).some((p) => p.instansiNasional && p.peran === "evaluator_nasional"))
    throw galat(403, "BUKAN_NASIONAL");
};

const SkemaNorma = z.object({
  /** The publication rule (NORMA_MIN_KELOMPOK). */
  minimum: z.number(),
  versiParameter: z.string().nullable(),
  items: z.array(
    z.object({
      jenis: z.enum(JENIS_NORMA),
      kunci: z.string(),
      label: z.string(),
      n: z.number(),
      terbit: z.boolean(),
      dihitung: z.string().nullable(),
    }),
  ),
});

const qFormulir = z.strictObject({ formulirId: z.string().min(1).max(60) });

export const ruteNorma = grupRute("/api/asesmen/norma", [
  defineRoute({
    method: "GET",
    url: "/api/asesmen/norma",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan:
      "Norma per kelompok acuan (nasional, jenis instansi, jenis jabatan) untuk versi parameter yang berlaku",
    query: qFormulir,
    response: SkemaNorma,
    handler: async (ctx) => {
      bolehNasional(ctx);
      const p = await parameterBerlaku(ctx.db, ctx.query.formulirId);
      if (!p) return { minimum: NORMA_MIN_KELOMPOK, versiParameter: null, items: [] };
      const rows = await ctx.db
        .selectFrom("norma_kelompok")
        .select(["jenis", "kunci", "n", "dihitung", (eb) => eb("norma", "is not", null).as("terbit")])
        .where("versi_parameter", "=", p.versi)
        .execute();
      const urut = rows.sort((a, b) =>
        a.jenis === b.jenis
          ? a.kunci.localeCompare(b.kunci)
          : JENIS_NORMA.indexOf(a.jenis) - JENIS_NORMA.indexOf(b.jenis),
      );
      return {
        minimum: NORMA_MIN_KELOMPOK,
        versiParameter: p.versi,
        items: urut.map((r) => ({
          jenis: r.jenis,
          kunci: r.kunci,
          label: labelKelompok(r.jenis, r.kunci, ctx.bahasa),
          n: r.n,
          terbit: Boolean(r.terbit),
          dihitung: new Date(r.dihitung).toISOString(),
        })),
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/asesmen/norma/hitung",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan: `Menghitung ulang norma per kelompok dari hasil nyata (tanpa uji coba); terbit bila ≥ ${NORMA_MIN_KELOMPOK} orang`,
    aksi: "asesmen.norma.hitung",
    body: qFormulir,
    response: SkemaNorma,
    handler: async (ctx) => {
      bolehNasional(ctx);
      const r = await hitungNormaKelompok(ctx.db, ctx.body.formulirId, ctx.sesi?.pengguna.id ?? null);
      const kini = new Date().toISOString();
      ctx.audit({
        objekJenis: "parameter_asesmen",
        objekId: r.parameterId,
        rincian: {
          versi: r.versiParameter,
          kelompok: r.kelompok.length,
          terbit: r.kelompok.filter((k) => k.terbit).length,
        },
      });
      return {
        minimum: NORMA_MIN_KELOMPOK,
        versiParameter: r.versiParameter,
        items: r.kelompok.map((k) => ({
          ...k,
          label: labelKelompok(k.jenis as JenisNorma, k.kunci, ctx.bahasa),
          dihitung: kini,
        })),
      };
    },
  }),
]);
