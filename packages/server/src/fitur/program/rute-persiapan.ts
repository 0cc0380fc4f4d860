/**
 * Preparation (Tabel 3; BAB III.B.1): the six steps, in order, each recorded
 * only when the domain accepts its output (`catatKeluaranPersiapan`). The
 * request bodies are checked for shape here (types, lengths); every rule of
 * the regulation (order, dates, completeness, SMART) is the domain's.
 *
 * Two steps wait on something outside the form: the declaration (step 2) is
 * stored before anyone signs and is done once a leader has signed in the app;
 * the initial assessment (step 3) is a linked campaign, done when its results
 * are released. Those "pending" refusals are the only ones tolerated on save.
 */
import {
  catatKeluaranPersiapan,
  draftModulPelatihan,
  type FaktaSiklus,
  type Galat,
  hitungPenandatangan,
  type KeluaranPersiapan,
  KODE_LANGKAH_PERSIAPAN,
  type KodeLangkahPersiapan,
  nilaiIndikator,
  PERAN,
  PERAN_TIM,
  type TargetSmart,
} from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { jsonBebas } from "../../http/json-bebas.ts";
import { defineRoute, type KonteksRute } from "../../http/route.ts";
import { terapkanSk } from "../peran-sk/index.ts";
import {
  Bebas,
  DASAR,
  PERAN_BACA,
  PERAN_CATAT,
  paramSiklus,
  pastikanBerkas,
  pastikanPegawai,
  pegawaiPengguna,
  skemaTanggal,
} from "./bersama.ts";
import {
  bacaKampanye,
  galatDomain,
  keluaranAsesmen,
  muatSiklus,
  pastikanTerbuka,
  type SiklusTersimpan,
} from "./fakta.ts";
import { statusSiklus } from "./status.ts";

const teks = (n: number) => z.string().max(n);
const id = z.string().max(36);

const SkemaSk = z.strictObject({ nomor: teks(100), tanggal: skemaTanggal, dokumenId: id });

const SkemaTim = z.strictObject({
  nama: teks(200),
  sk: SkemaSk,
  anggota: z
    .array(
      z.strictObject({
        pegawaiId: z.uuid(),
        peranTim: z.enum(PERAN_TIM),
        anggotaTimRB: z.boolean().optional(),
      }),
    )
    .max(100),
  timReformasiBirokrasi: z.strictObject({ nomorSk: teks(100) }),
});

const SkemaDeklarasi = z.strictObject({
  judul: teks(300),
  dokumenId: id,
  tanggal: skemaTanggal,
  selarasZonaIntegritas: z.boolean(),
});

const SkemaTarget = z.strictObject({
  kode: teks(40),
  uraian: teks(1000).optional(),
  indikator: z.strictObject({
    jenis: z.enum(["proporsi_minimal_level", "rerata_level"]),
    levelMinimal: z.number().int().min(1).max(4).optional(),
  }),
  sasaran: z.union([z.literal("instansi"), z.array(z.uuid()).max(500)]),
  /** Omitted or null: taken from the initial assessment map. */
  garisDasar: z.number().nullable().optional(),
  nilaiTarget: z.number(),
  tenggat: teks(10),
  penanggungJawab: z.strictObject({ peran: z.enum(PERAN), pegawaiId: z.uuid().optional() }),
});

const SkemaRencanaAksi = z.strictObject({
  dokumenId: id,
  tanggal: skemaTanggal,
  target: z.array(SkemaTarget).max(100),
});

const daftarTeks = z.array(teks(1000)).max(30);
const SkemaModul = z.strictObject({
  kode: teks(40),
  judul: teks(300),
  subtahap: z.number().int(),
  templat: teks(20).optional(),
  tujuan: daftarTeks,
  cara: daftarTeks,
  media: daftarTeks,
  sasaranUnit: z.array(z.uuid()).max(500),
  jadwal: z.strictObject({ mulai: skemaTanggal, selesai: skemaTanggal }),
});
const SkemaRencanaPelatihan = z.strictObject({
  dokumenId: id,
  tanggal: skemaTanggal,
  modul: z.array(SkemaModul).max(200),
});

const SkemaAgen = z.strictObject({
  kriteriaSeleksi: z.array(teks(500)).max(50),
  nominasi: z
    .array(
      z.strictObject({
        pegawaiId: z.uuid(),
        /** Omitted: the employee's current unit. */
        unitKerjaId: z.uuid().optional(),
        keputusan: z.enum(["terpilih", "tidak_terpilih"]),
      }),
    )
    .max(2000),
  sk: SkemaSk,
  ditetapkan: z.array(z.uuid()).max(2000),
});

type Ctx = KonteksRute<{ instansiId: string; id: string }, unknown, unknown>;

/** Stores a step's output once the domain accepts it (refusals in `tertunda` are tolerated: waiting). */
async function catatLangkah<K extends KodeLangkahPersiapan>(
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

async function jawab(ctx: Ctx, peringatan: Galat[]) {
  const st = await statusSiklus(ctx.db, await muatSiklus(ctx.db, ctx.params.instansiId, ctx.params.id));
  return { ...st, peringatanSimpan: peringatan };
}

/** The initial assessment map, once step 3 is recorded (else 409). */
function petaAwal(f: FaktaSiklus) {
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

const langkahRute = <S extends z.ZodType>(o: {
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

export const rutePersiapan = [
  langkahRute({
    jalur: "pembentukan_tim",
    akses: ["ppk"],
    ringkasan: "Langkah 1: Tim Supervisi dibentuk PPK/PyB (anggota, SK, tautan tim RB) — Tabel 3 no. 1",
    body: SkemaTim,
    simpan: async (ctx, s) => {
      const b = ctx.body;
      await pastikanPegawai(
        ctx.db,
        s.instansiId,
        b.anggota.map((a) => a.pegawaiId),
        "anggota",
      );
      await pastikanBerkas(ctx.db, s.instansiId, s.id, [b.sk.dokumenId], "sk.dokumenId");
      const p = await catatLangkah(ctx, s, "pembentukan_tim", b);
      // the decree grants its members the supervision team's role (Tabel 3 no. 1)
      await terapkanSk(ctx.db, {
        instansiId: s.instansiId,
        siklusId: s.id,
        langkah: "pembentukan_tim",
        nomor: b.sk.nomor,
        tanggal: b.sk.tanggal || null,
        pegawaiIds: b.anggota.map((a) => a.pegawaiId),
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      return p;
    },
  }),

  langkahRute({
    jalur: "deklarasi_komitmen",
    akses: PERAN_CATAT,
    ringkasan:
      "Langkah 2: dokumen deklarasi komitmen bersama; selesai setelah paling sedikit satu pimpinan menandatangani — Tabel 3 no. 2",
    body: SkemaDeklarasi,
    simpan: async (ctx, s) => {
      const b = ctx.body;
      await pastikanBerkas(ctx.db, s.instansiId, s.id, [b.dokumenId], "dokumenId");
      const lama = s.fakta.persiapan.deklarasi_komitmen;
      // signatures belong to a document: a different document starts without them
      const ttd = lama && lama.dokumenId === b.dokumenId ? lama.penandatangan : [];
      const p = await catatLangkah(
        ctx,
        s,
        "deklarasi_komitmen",
        { ...b, penandatangan: ttd },
        { tertunda: (g) => g.kode === "DEKLARASI_TANPA_PIMPINAN", isiSimpan: b },
      );
      if (lama && lama.dokumenId !== b.dokumenId)
        await ctx.db
          .deleteFrom("tanda_tangan_deklarasi")
          .where("instansi_id", "=", s.instansiId)
          .where("siklus_id", "=", s.id)
          .execute();
      return p;
    },
  }),

  langkahRute({
    jalur: "asesmen_awal",
    akses: ["tim_supervisi"],
    ringkasan:
      "Langkah 3: menautkan kampanye asesmen awal; selesai ketika hasilnya dirilis (peta asesmen) — Tabel 3 no. 3",
    body: z.strictObject({ kampanyeId: z.uuid() }),
    simpan: async (ctx, s) => {
      const k = await bacaKampanye(ctx.db, s.instansiId, ctx.body.kampanyeId);
      if (k?.tujuan !== "awal")
        throw new GalatApi(400, "KAMPANYE_BUKAN_AWAL", {
          pesan: {
            id: "Pilih kampanye asesmen instansi ini dengan tujuan 'asesmen awal'.",
            en: "Choose one of this agency's assessment campaigns whose purpose is 'initial assessment'.",
          },
        });
      const keluaran = await keluaranAsesmen(ctx.db, s.instansiId, k.id, s.zona);
      return catatLangkah(ctx, s, "asesmen_awal", keluaran, {
        tertunda: (g) => g.kode === "ASESMEN_BELUM_DIRILIS" || (g.kode === "PETA_KOSONG" && !k.hasilDirilis),
        isiSimpan: { kampanyeId: k.id },
      });
    },
  }),

  langkahRute({
    jalur: "rencana_aksi",
    akses: ["tim_supervisi"],
    ringkasan:
      "Langkah 4: Rencana Aksi dan roadmap dengan target SMART (garis dasar dari peta asesmen awal) — Tabel 3 no. 4",
    body: SkemaRencanaAksi,
    simpan: async (ctx, s) => {
      const b = ctx.body;
      await pastikanBerkas(ctx.db, s.instansiId, s.id, [b.dokumenId], "dokumenId");
      await pastikanPegawai(
        ctx.db,
        s.instansiId,
        b.target.flatMap((t) => (t.penanggungJawab.pegawaiId ? [t.penanggungJawab.pegawaiId] : [])),
        "target.penanggungJawab",
      );
      const aw = s.fakta.persiapan.asesmen_awal;
      const target = b.target.map((t) => {
        let garisDasar = t.garisDasar ?? undefined;
        if (garisDasar === undefined && aw) {
          // "baseline from the initial assessment": the indicator's value on the step-3 map
          const v = nilaiIndikator(t.indikator as TargetSmart["indikator"], aw.peta, t.sasaran).nilai;
          if (v !== undefined) garisDasar = Math.round(v * 10000) / 10000;
        }
        return { ...t, garisDasar } as TargetSmart;
      });
      const p = await catatLangkah(ctx, s, "rencana_aksi", { ...b, target });
      // later steps rest on the initial map now: freeze it (docs/program.md)
      if (aw)
        await ctx.db
          .updateTable("langkah_persiapan")
          .set({ isi: JSON.stringify(aw) })
          .where("instansi_id", "=", s.instansiId)
          .where("siklus_id", "=", s.id)
          .where("langkah", "=", "asesmen_awal")
          .execute();
      return p;
    },
  }),

  langkahRute({
    jalur: "rencana_pelatihan",
    akses: ["tim_supervisi"],
    ringkasan:
      "Langkah 5: rencana pelatihan dan kurikulum — modul per subtahap dari templat Tabel 5–8 — Tabel 3 no. 5",
    body: SkemaRencanaPelatihan,
    simpan: async (ctx, s) => {
      await pastikanBerkas(ctx.db, s.instansiId, s.id, [ctx.body.dokumenId], "dokumenId");
      return catatLangkah(
        ctx,
        s,
        "rencana_pelatihan",
        ctx.body as unknown as KeluaranPersiapan["rencana_pelatihan"],
      );
    },
  }),

  langkahRute({
    jalur: "agen_perubahan",
    akses: ["ppk"],
    ringkasan:
      "Langkah 6: kriteria, nominasi, keputusan seleksi dan SK penetapan Agen Perubahan oleh pimpinan — Tabel 3 no. 6",
    body: SkemaAgen,
    simpan: async (ctx, s) => {
      const b = ctx.body;
      await pastikanPegawai(
        ctx.db,
        s.instansiId,
        [...b.nominasi.map((n) => n.pegawaiId), ...b.ditetapkan],
        "nominasi",
      );
      await pastikanBerkas(ctx.db, s.instansiId, s.id, [b.sk.dokumenId], "sk.dokumenId");
      const tanpaUnit = b.nominasi.filter((n) => !n.unitKerjaId).map((n) => n.pegawaiId);
      const unit = new Map<string, string>();
      if (tanpaUnit.length > 0) {
        const rows = await ctx.db
          .selectFrom("pegawai")
          .select(["id", "unit_id"])
          .where("instansi_id", "=", s.instansiId)
          .where("id", "in", tanpaUnit)
          .execute();
        for (const r of rows) if (r.unit_id) unit.set(r.id, r.unit_id);
      }
      const nominasi = b.nominasi.map((n) => ({
        pegawaiId: n.pegawaiId,
        unitKerjaId: n.unitKerjaId ?? unit.get(n.pegawaiId) ?? "",
        keputusan: n.keputusan,
      }));
      const p = await catatLangkah(ctx, s, "agen_perubahan", { ...b, nominasi });
      // the decree grants the appointed agents their role (Tabel 3 no. 6)
      await terapkanSk(ctx.db, {
        instansiId: s.instansiId,
        siklusId: s.id,
        langkah: "agen_perubahan",
        nomor: b.sk.nomor,
        tanggal: b.sk.tanggal || null,
        pegawaiIds: b.ditetapkan,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      return p;
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${DASAR}/siklus/:id/persiapan/:langkah/draf`,
    akses: PERAN_CATAT,
    tag: "program",
    ringkasan: "Menyimpan draf isian sebuah langkah persiapan (tidak dinilai; langkah belum selesai)",
    aksi: "program.persiapan.draf",
    params: z.strictObject({ id: z.uuid(), langkah: z.enum(KODE_LANGKAH_PERSIAPAN) }),
    body: z.strictObject({ draf: jsonBebas() }),
    handler: async (ctx) => {
      const { instansiId, id, langkah } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id);
      pastikanTerbuka(s);
      const draf = JSON.stringify(ctx.body.draf);
      await ctx.db
        .insertInto("langkah_persiapan")
        .values({ instansi_id: instansiId, siklus_id: id, langkah, draf })
        .onConflict((oc) =>
          oc.columns(["instansi_id", "siklus_id", "langkah"]).doUpdateSet({ draf, diubah: sql<Date>`now()` }),
        )
        .execute();
      ctx.audit({ objekJenis: "siklus_program", rincian: { langkah } });
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/persiapan/rencana_pelatihan/draf-modul`,
    akses: PERAN_BACA,
    tag: "program",
    ringkasan:
      "Draf modul pelatihan dari peta asesmen awal dan templat Tabel 5–8 (untuk disesuaikan dan dijadwalkan)",
    params: paramSiklus,
    response: z.array(Bebas),
    handler: async (ctx) => {
      const s = await muatSiklus(ctx.db, ctx.params.instansiId, ctx.params.id);
      return draftModulPelatihan(petaAwal(s.fakta), s.konfigurasi.panduan).map((m) => ({ ...m }));
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/garis-dasar`,
    akses: PERAN_BACA,
    tag: "program",
    ringkasan: "Nilai indikator target pada peta asesmen awal (garis dasar usulan)",
    params: paramSiklus,
    query: z.strictObject({
      jenis: z.enum(["proporsi_minimal_level", "rerata_level"]),
      levelMinimal: z.coerce.number().int().min(2).max(4).optional(),
      /** Comma-separated unit ids; empty = the whole agency. */
      sasaran: z.string().max(20_000).optional(),
    }),
    response: z.object({ nilai: z.number().nullable(), jumlahPegawai: z.number() }),
    handler: async (ctx) => {
      const s = await muatSiklus(ctx.db, ctx.params.instansiId, ctx.params.id);
      const peta = petaAwal(s.fakta);
      const q = ctx.query;
      const sasaran = q.sasaran ? q.sasaran.split(",").filter(Boolean) : "instansi";
      const ind =
        q.jenis === "rerata_level"
          ? ({ jenis: "rerata_level" } as const)
          : ({ jenis: "proporsi_minimal_level", levelMinimal: (q.levelMinimal ?? 2) as 2 | 3 | 4 } as const);
      const r = nilaiIndikator(ind, peta, sasaran);
      return { nilai: r.nilai ?? null, jumlahPegawai: r.jumlahPegawai };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/deklarasi`,
    akses: "login",
    tag: "program",
    ringkasan:
      "Deklarasi komitmen bersama: judul, tanggal, jumlah penandatangan, apakah saya sudah menandatangani",
    params: paramSiklus,
    response: Bebas,
    handler: async (ctx) => {
      const s = await muatSiklus(ctx.db, ctx.params.instansiId, ctx.params.id);
      const d = s.fakta.persiapan.deklarasi_komitmen;
      const pegawaiId = ctx.sesi ? await pegawaiPengguna(ctx.db, ctx.sesi.pengguna.id, s.instansiId) : null;
      return {
        siklus: { id: s.id, nama: s.nama },
        deklarasi: d
          ? {
              judul: d.judul,
              tanggal: d.tanggal,
              adaDokumen: d.dokumenId !== "",
              jumlahPenandatangan: hitungPenandatangan(d),
            }
          : null,
        pegawaiTertaut: pegawaiId !== null,
        sudahMenandatangani: pegawaiId !== null && !!d?.penandatangan.some((p) => p.pegawaiId === pegawaiId),
        bolehMenandatangani: d !== undefined && !s.fakta.ditutup && pegawaiId !== null,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/deklarasi/dokumen`,
    akses: "login",
    tag: "program",
    ringkasan: "Mengunduh dokumen deklarasi komitmen bersama (untuk dibaca sebelum menandatangani)",
    params: paramSiklus,
    handler: async (ctx) => {
      const s = await muatSiklus(ctx.db, ctx.params.instansiId, ctx.params.id);
      const d = s.fakta.persiapan.deklarasi_komitmen;
      if (!d?.dokumenId) throw tidakDitemukan();
      const r = await ctx.db
        .selectFrom("berkas_program")
        .select(["nama", "mime", "isi"])
        .where("instansi_id", "=", s.instansiId)
        .where("siklus_id", "=", s.id)
        .where("id", "=", d.dokumenId)
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.reply.header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(r.nama)}`);
      ctx.reply.header("x-content-type-options", "nosniff");
      return ctx.reply.type(r.mime).send(Buffer.from(r.isi));
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/siklus/:id/deklarasi/tanda-tangan`,
    akses: "login",
    tag: "program",
    ringkasan:
      "Menandatangani deklarasi komitmen bersama (pengguna yang tertaut ke data pegawai; pimpinan/PPK sebagai pimpinan)",
    aksi: "program.deklarasi.tanda_tangan",
    params: paramSiklus,
    response: Bebas,
    handler: async (ctx) => {
      const s = await muatSiklus(ctx.db, ctx.params.instansiId, ctx.params.id, { kunci: true });
      pastikanTerbuka(s);
      const d = s.fakta.persiapan.deklarasi_komitmen;
      if (!d)
        throw new GalatApi(409, "DEKLARASI_BELUM_ADA", {
          pesan: {
            id: "Dokumen deklarasi komitmen bersama belum dicatat; belum ada yang dapat ditandatangani.",
            en: "The joint commitment declaration has not been recorded yet; there is nothing to sign.",
          },
        });
      const pengguna = ctx.sesi?.pengguna.id as string;
      const pegawaiId = await pegawaiPengguna(ctx.db, pengguna, s.instansiId);
      if (!pegawaiId)
        throw new GalatApi(403, "PENGGUNA_TANPA_PEGAWAI", {
          pesan: {
            id: "Akun Anda belum tertaut ke data pegawai instansi ini; minta admin instansi menautkannya.",
            en: "Your account is not linked to an employee record of this agency; ask the agency admin to link it.",
          },
        });
      const sebagai = ctx.peran.some((p) => p === "pimpinan" || p === "ppk") ? "pimpinan" : "pegawai";
      await ctx.db
        .insertInto("tanda_tangan_deklarasi")
        .values({
          instansi_id: s.instansiId,
          siklus_id: s.id,
          pegawai_id: pegawaiId,
          sebagai,
          pengguna_id: pengguna,
        })
        .onConflict((oc) => oc.columns(["instansi_id", "siklus_id", "pegawai_id"]).doNothing())
        .execute();
      ctx.audit({ objekJenis: "siklus_program", rincian: { sebagai } });
      const baru = await muatSiklus(ctx.db, s.instansiId, s.id);
      const dd = baru.fakta.persiapan.deklarasi_komitmen;
      return { sebagai, jumlahPenandatangan: dd ? hitungPenandatangan(dd) : null };
    },
  }),
];
