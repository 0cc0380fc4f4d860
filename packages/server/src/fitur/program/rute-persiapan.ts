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
  draftModulPelatihan,
  hitungPenandatangan,
  type KeluaranPersiapan,
  KODE_LANGKAH_PERSIAPAN,
  nilaiIndikator,
  type TargetSmart,
} from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { jsonBebas } from "../../http/json-bebas.ts";
import { defineRoute } from "../../http/route.ts";
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
} from "./bersama.ts";
import { bacaKampanye, keluaranAsesmen, muatSiklus, pastikanTerbuka } from "./fakta.ts";
import { catatLangkah, langkahRute, petaAwal } from "./layanan-persiapan.ts";
import {
  SkemaAgen,
  SkemaDeklarasi,
  SkemaRencanaAksi,
  SkemaRencanaPelatihan,
  SkemaTim,
} from "./skema-persiapan.ts";

export const rutePersiapan = grupRute(DASAR, [
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
]);
