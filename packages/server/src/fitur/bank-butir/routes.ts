/**
 * Item bank management (docs/item-bank.md "Managing bank versions"):
 * versions of the national bank (draf → tinjauan → terbit), statement editor
 * with the linter, block editing, the design guard as a background job, block
 * preview, JSON and QTI 3.0 import/export. National, not agency-scoped: the
 * national evaluator (held in the national instansi) writes; agency admins
 * read published versions. Regulation: BAB III.B.3.a "Format Penilaian dengan Tes".
 */
import type {} from "@fastify/multipart";
import {
  type Formulir,
  type HasilSusunNasional,
  type Pernyataan,
  periksaDesainFormulir,
  polaKunci,
  susunFormulirNasional,
} from "@nurani/domain";
import { z } from "zod";
import type { Db } from "../../db/factory.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { defineRoute } from "../../http/route.ts";
import { bacaBerkasUnggahan } from "../../http/unggahan.ts";
import { antrekanJob, type JobHandler } from "../../jobs/queue.ts";
import { skemaDaftar, skemaHalaman, teksOpsional } from "../halaman.ts";
import { bankUntuk, bolehLihatKunci, SkemaPernyataanTampil, tanpaKunci } from "./kunci.ts";
import {
  bacaRegister,
  bacaVersi,
  buatVersiDraf,
  catatPengaju,
  daftarVersi,
  halanganEmpatMata,
  halanganTerbit,
  isEvaluatorNasional,
  type LaporanDesain,
  lintSatuPernyataan,
  lintVersi,
  muatBank,
  muatFormulir,
  OPSI_GUARD,
  pastikanBankBawaan,
  periksaRegister,
  salinVersi,
  sentuh,
  sidikIsi,
  simpanPernyataan,
  temuanApi,
  terbitkan,
  type VersiBank,
  wajibDraf,
  wajibEvaluatorNasional,
  wajibTransisi,
} from "./layanan.ts";
import { PESAN_BANK, TEKS_ATURAN } from "./pesan.ts";
import { eksporQti, GalatQti, imporQti } from "./qti.ts";
import { type BankImpor, galatIsian, type PernyataanBank, SkemaBank, SkemaPernyataan } from "./skema.ts";

export const JOB_DESAIN = "bank-butir.desain";

const BACA = ["evaluator_nasional", "admin_instansi"] as const;
const TULIS = ["evaluator_nasional"] as const;
const TAG = "bank-butir";

const idVersi = z.strictObject({ id: z.uuid() });
const idPernyataan = z.string().regex(/^[A-Z]{2}[1-4]-\d{2,3}$/);
const namaVersi = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/);

const SkemaVersi = z.object({
  id: z.uuid(),
  versi: z.string(),
  status: z.enum(["draf", "tinjauan", "terbit"]),
  bawaan: z.boolean(),
  asalId: z.string().nullable(),
  catatan: z.string().nullable(),
  komentarTinjauan: z.string().nullable(),
  dibuat: z.string(),
  diubah: z.string(),
  diajukan: z.string().nullable(),
  diterbitkan: z.string().nullable(),
});

const SkemaTemuan = z.object({
  aturan: z.string(),
  keparahan: z.enum(["galat", "peringatan"]),
  lokasi: z.string(),
  pesan: z.string(),
  rincian: z.string(),
});

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
// who submitted it stays on the server (the detail says only whether it was the caller)
const versiApi = ({ diajukanOleh: _, ...v }: VersiBank) => ({
  ...v,
  dibuat: new Date(v.dibuat).toISOString(),
  diubah: new Date(v.diubah).toISOString(),
  diajukan: iso(v.diajukan),
  diterbitkan: iso(v.diterbitkan),
});

async function statusDesain(db: Db, v: VersiBank) {
  const r = await db
    .selectFrom("bank_butir_versi as v")
    .leftJoin("job as j", "j.id", "v.job_desain_id")
    .select([
      "v.laporan_desain",
      "v.sidik_desain",
      "j.status as job_status",
      "j.progres_selesai",
      "j.progres_total",
      "j.galat",
    ])
    .where("v.id", "=", v.id)
    .executeTakeFirstOrThrow();
  const bank = await muatBank(db, v);
  const laporan = (r.laporan_desain as LaporanDesain | null) ?? null;
  const mutakhir = !!laporan && r.sidik_desain === sidikIsi(bank);
  return {
    job:
      r.job_status == null
        ? null
        : {
            status: r.job_status as string,
            selesai: r.progres_selesai ?? 0,
            total: r.progres_total ?? 0,
            galat: r.galat ?? null,
          },
    mutakhir,
    layakTerbit: mutakhir && laporan ? laporan.formulir.every((f) => f.layakTerbit) : null,
    laporan,
  };
}

function ringkasTemuan(temuan: { keparahan: string }[]) {
  const galat = temuan.filter((t) => t.keparahan === "galat").length;
  return { galat, peringatan: temuan.length - galat };
}

const SkemaSunting = SkemaPernyataan.omit({ id: true, riwayat: true }).extend({
  /** What changed, for the statement's change log (default: "Diubah di penyunting bank butir."). */
  catatanPerubahan: z.string().trim().min(1).max(1000).optional(),
});

function galatValidasiBank(error: z.ZodError, bahasa: Bahasa): GalatApi {
  const details = galatIsian(error, bahasa);
  return new GalatApi(400, "VALIDASI_BANK", {
    pesan: PESAN_BANK.IMPOR_TIDAK_VALID,
    param: { n: error.issues.length },
    details,
  });
}

/** Duplicate ids the database would refuse, reported per field like the schema's errors. */
function periksaGanda(bank: BankImpor, bahasa: Bahasa): GalatApi | null {
  const details: { lokasi: string; pesan: string }[] = [];
  const ganda = (daftar: { id: string }[], nama: string) => {
    const dilihat = new Set<string>();
    daftar.forEach((x, i) => {
      if (dilihat.has(x.id))
        details.push({
          lokasi: `${nama}[${i}].id`,
          pesan: bahasa === "id" ? `id "${x.id}" sudah dipakai` : `id "${x.id}" is already used`,
        });
      dilihat.add(x.id);
    });
  };
  ganda(bank.pernyataan, "pernyataan");
  ganda(bank.formulir, "formulir");
  if (details.length === 0) return null;
  return new GalatApi(400, "VALIDASI_BANK", {
    pesan: PESAN_BANK.IMPOR_TIDAK_VALID,
    param: { n: details.length },
    details,
  });
}

export const routes = [
  defineRoute({
    method: "GET",
    url: "/api/bank-butir/aturan",
    akses: BACA,
    tag: TAG,
    ringkasan: "Aturan linter bank butir (kode, keparahan tidak termasuk) dalam Bahasa Indonesia dan Inggris",
    response: z.record(z.string(), z.object({ id: z.string(), en: z.string() })),
    handler: async () => TEKS_ATURAN,
  }),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/versi",
    akses: BACA,
    tag: TAG,
    ringkasan: "Daftar versi bank butir (admin instansi: hanya versi terbit), terbaru dulu",
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaVersi),
    handler: async (ctx) => {
      await pastikanBankBawaan(ctx.db);
      const { page, pageSize } = ctx.query;
      const r = await daftarVersi(ctx.db, { hanyaTerbit: !isEvaluatorNasional(ctx.sesi), page, pageSize });
      return { items: r.items.map(versiApi), total: r.total, page, pageSize };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/bank-butir/versi",
    akses: TULIS,
    tag: TAG,
    ringkasan: "Membuat versi draf baru dengan menyalin versi terbit",
    aksi: "bank_butir.versi.buat",
    body: z.strictObject({
      asalId: z.uuid(),
      versi: namaVersi,
      catatan: z.string().trim().max(2000).optional(),
    }),
    response: SkemaVersi,
    status: 201,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      await pastikanBankBawaan(ctx.db);
      const asal = await bacaVersi(ctx.db, ctx.body.asalId, ctx.sesi);
      const id = await salinVersi(ctx.db, asal, {
        versi: ctx.body.versi,
        catatan: ctx.body.catatan || undefined,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      ctx.audit({
        objekJenis: "bank_butir_versi",
        objekId: id,
        rincian: { versi: ctx.body.versi, asal: asal.versi },
      });
      return versiApi(await bacaVersi(ctx.db, id, ctx.sesi));
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/versi/:id",
    akses: BACA,
    tag: TAG,
    ringkasan: "Rincian versi: status, jumlah pernyataan dan formulir, ringkasan lint, status penjaga desain",
    params: idVersi,
    response: SkemaVersi.extend({
      /** The caller sees keys and desirability ratings (kunci.ts); the web shows their columns. */
      lihatKunci: z.boolean(),
      bolehUbah: z.boolean(),
      /** The caller submitted this version for review, so may not publish it (four eyes). */
      diajukanOlehSaya: z.boolean(),
      jumlahPernyataan: z.number(),
      jumlahFormulir: z.number(),
      lint: z.object({ galat: z.number(), peringatan: z.number() }),
      desain: z.object({
        job: z
          .object({
            status: z.string(),
            selesai: z.number(),
            total: z.number(),
            galat: z.string().nullable(),
          })
          .nullable(),
        mutakhir: z.boolean(),
        layakTerbit: z.boolean().nullable(),
        laporan: z.unknown(),
      }),
    }),
    handler: async (ctx) => {
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi);
      const bank = await muatBank(ctx.db, v);
      const temuan = lintVersi(bank, await bacaRegister(ctx.db));
      return {
        ...versiApi(v),
        lihatKunci: bolehLihatKunci(ctx.sesi?.peran ?? []),
        bolehUbah: v.status === "draf" && isEvaluatorNasional(ctx.sesi),
        diajukanOlehSaya:
          v.status === "tinjauan" && ctx.sesi !== null && v.diajukanOleh === ctx.sesi.pengguna.id,
        jumlahPernyataan: bank.pernyataan.length,
        jumlahFormulir: bank.formulir.length,
        lint: ringkasTemuan(temuan),
        desain: await statusDesain(ctx.db, v),
      };
    },
  }),

  defineRoute({
    method: "DELETE",
    url: "/api/bank-butir/versi/:id",
    akses: TULIS,
    tag: TAG,
    ringkasan: "Menghapus versi draf (versi dalam tinjauan atau terbit tidak dapat dihapus)",
    aksi: "bank_butir.versi.hapus",
    params: idVersi,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi, true);
      wajibDraf(v);
      await ctx.db
        .deleteFrom("bank_butir_versi")
        .where("id", "=", v.id)
        .where("status", "=", "draf")
        .execute();
      ctx.audit({ objekJenis: "bank_butir_versi", rincian: { versi: v.versi } });
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/versi/:id/pernyataan",
    akses: BACA,
    tag: TAG,
    ringkasan:
      "Pernyataan sebuah versi (saring sub-dimensi, cari teks atau id; berhalaman) dengan jumlah temuan lint",
    params: idVersi,
    query: z.strictObject({
      ...skemaHalaman,
      subDimensi: teksOpsional(10),
      q: teksOpsional(100),
    }),
    response: skemaDaftar(
      SkemaPernyataanTampil.extend({ lint: z.object({ galat: z.number(), peringatan: z.number() }) }),
    ),
    handler: async (ctx) => {
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi);
      const { page, pageSize, subDimensi, q } = ctx.query;
      let kueri = ctx.db.selectFrom("bank_butir_pernyataan").where("versi_id", "=", v.id);
      if (subDimensi) kueri = kueri.where("sub_dimensi", "=", subDimensi);
      if (q) {
        const pola = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        kueri = kueri.where((eb) => eb.or([eb("teks", "ilike", pola), eb("id", "ilike", pola)]));
      }
      const rows = await kueri
        .select("isi")
        .orderBy("urutan")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const { n } = await kueri.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      const bank = await muatBank(ctx.db, v);
      const temuan = lintVersi(bank, await bacaRegister(ctx.db));
      const lihatKunci = bolehLihatKunci(ctx.sesi?.peran ?? []);
      const items = rows.map((r) => {
        const p = r.isi as PernyataanBank;
        const lint = ringkasTemuan(temuan.filter((t) => t.lokasi === `pernyataan ${p.id}`));
        return { ...(lihatKunci ? p : tanpaKunci(p)), lint };
      });
      return { items, total: Number(n), page, pageSize };
    },
  }),

  defineRoute({
    method: "PUT",
    url: "/api/bank-butir/versi/:id/pernyataan/:pid",
    akses: TULIS,
    tag: TAG,
    ringkasan:
      "Menyimpan (menambah atau mengubah) pernyataan di versi draf; menjawab temuan lint pernyataan itu dan blok-bloknya",
    aksi: "bank_butir.pernyataan.simpan",
    params: z.strictObject({ id: z.uuid(), pid: idPernyataan }),
    body: SkemaSunting,
    response: z.object({
      hasil: z.enum(["baru", "diubah"]),
      pernyataan: SkemaPernyataan,
      temuan: z.array(SkemaTemuan),
    }),
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi, true);
      wajibDraf(v);
      const bank = await muatBank(ctx.db, v);
      const lama = (bank.pernyataan as PernyataanBank[]).find((p) => p.id === ctx.params.pid);
      const { catatanPerubahan, ...isi } = ctx.body;
      const baru: PernyataanBank = {
        ...isi,
        id: ctx.params.pid,
        riwayat: [
          ...(lama?.riwayat ?? []),
          {
            versi: v.versi,
            tanggal: new Date().toISOString().slice(0, 10),
            catatan:
              catatanPerubahan ??
              (lama ? "Diubah di penyunting bank butir." : "Ditulis di penyunting bank butir."),
          },
        ],
      };
      const register = await bacaRegister(ctx.db);
      periksaRegister(baru as Pernyataan, register);
      const hasil = await simpanPernyataan(ctx.db, v.id, baru);
      ctx.audit({
        objekJenis: "bank_butir_versi",
        rincian: {
          versi: v.versi,
          pernyataan: baru.id,
          hasil,
          teksBerubah: lama ? lama.teks !== baru.teks : true,
        },
      });
      const temuan = lintSatuPernyataan(baru as Pernyataan, bank, register);
      return { hasil, pernyataan: baru, temuan: temuan.map((t) => temuanApi(t, ctx.bahasa)) };
    },
  }),

  defineRoute({
    method: "DELETE",
    url: "/api/bank-butir/versi/:id/pernyataan/:pid",
    akses: TULIS,
    tag: TAG,
    ringkasan: "Menghapus pernyataan draf yang belum pernah terbit dan tidak dipakai blok mana pun",
    aksi: "bank_butir.pernyataan.hapus",
    params: z.strictObject({ id: z.uuid(), pid: idPernyataan }),
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi, true);
      wajibDraf(v);
      const { pid } = ctx.params;
      if ((await bacaRegister(ctx.db)).has(pid)) {
        throw new GalatApi(409, "TERBIT_TIDAK_BOLEH_DIHAPUS", {
          pesan: PESAN_BANK.TERBIT_TIDAK_BOLEH_DIHAPUS,
          param: { id: pid },
        });
      }
      for (const f of await muatFormulir(ctx.db, v.id)) {
        const b = f.blok.find((b) => b.pernyataan.includes(pid));
        if (b) {
          throw new GalatApi(409, "PERNYATAAN_DIPAKAI", {
            pesan: PESAN_BANK.PERNYATAAN_DIPAKAI,
            param: { id: pid, blok: `${f.id}/${b.id}` },
          });
        }
      }
      const r = await ctx.db
        .deleteFrom("bank_butir_pernyataan")
        .where("versi_id", "=", v.id)
        .where("id", "=", pid)
        .executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) throw tidakDitemukan();
      await sentuh(ctx.db, v.id);
      ctx.audit({ objekJenis: "bank_butir_versi", rincian: { versi: v.versi, pernyataan: pid } });
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/versi/:id/lint",
    akses: BACA,
    tag: TAG,
    ringkasan:
      "Laporan lint seluruh versi (aturan ITEM-WRITING, register terbit); hanya pemegang kunci (evaluator nasional)",
    params: idVersi,
    response: z.object({ galat: z.number(), peringatan: z.number(), temuan: z.array(SkemaTemuan) }),
    handler: async (ctx) => {
      if (!bolehLihatKunci(ctx.sesi?.peran ?? []))
        throw new GalatApi(403, "KUNCI_TERBATAS", { pesan: PESAN_BANK.KUNCI_TERBATAS });
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi);
      const temuan = lintVersi(await muatBank(ctx.db, v), await bacaRegister(ctx.db));
      return { ...ringkasTemuan(temuan), temuan: temuan.map((t) => temuanApi(t, ctx.bahasa)) };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/versi/:id/formulir",
    akses: BACA,
    tag: TAG,
    ringkasan: "Formulir dan blok sebuah versi, dengan teks pernyataan, untuk pratinjau",
    params: idVersi,
    response: z.array(
      z.object({
        id: z.string(),
        nama: z.object({ id: z.string(), en: z.string() }),
        jenis: z.string(),
        versi: z.string(),
        jangkar: z.array(z.string()),
        blok: z.array(
          z.object({
            id: z.string(),
            /** Keying pattern of the block: only for whoever sees keys. */
            pola: z.string().optional(),
            pernyataan: z.array(
              z.object({
                id: z.string(),
                teks: z.string().nullable(),
                teksEn: z.string().nullable(),
                subDimensi: z.string().nullable(),
                kunci: z.number().nullable().optional(),
                keinginanSosial: z.number().nullable().optional(),
              }),
            ),
          }),
        ),
      }),
    ),
    handler: async (ctx) => {
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi);
      const bank = await muatBank(ctx.db, v);
      const indeks = new Map((bank.pernyataan as PernyataanBank[]).map((p) => [p.id, p]));
      const lihatKunci = bolehLihatKunci(ctx.sesi?.peran ?? []);
      return bank.formulir.map((f) => ({
        id: f.id,
        nama: f.nama,
        jenis: f.jenis,
        versi: f.versi,
        jangkar: f.jangkar,
        blok: f.blok.map((b) => ({
          id: b.id,
          ...(lihatKunci ? { pola: polaKunci(b, indeks) } : {}),
          pernyataan: b.pernyataan.map((pid) => {
            const p = indeks.get(pid);
            const dasar = {
              id: pid,
              teks: p?.teks ?? null,
              teksEn: p?.teksEn ?? null,
              subDimensi: p?.subDimensi ?? null,
            };
            if (!lihatKunci) return dasar;
            return { ...dasar, kunci: p?.kunci ?? null, keinginanSosial: p?.keinginanSosial ?? null };
          }),
        })),
      }));
    },
  }),

  defineRoute({
    method: "PUT",
    url: "/api/bank-butir/versi/:id/formulir/:fid/blok/:bid",
    akses: TULIS,
    tag: TAG,
    ringkasan: "Mengganti tiga pernyataan sebuah blok (di semua formulir versi yang memuat blok itu)",
    aksi: "bank_butir.blok.simpan",
    params: z.strictObject({ id: z.uuid(), fid: z.string().max(40), bid: z.string().max(40) }),
    body: z.strictObject({ pernyataan: z.tuple([idPernyataan, idPernyataan, idPernyataan]) }),
    response: z.object({ temuan: z.array(SkemaTemuan) }),
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi, true);
      wajibDraf(v);
      const { fid, bid } = ctx.params;
      const bank = await muatBank(ctx.db, v);
      const form = bank.formulir.find((f) => f.id === fid);
      if (!form)
        throw new GalatApi(404, "FORMULIR_TIDAK_ADA", {
          pesan: PESAN_BANK.FORMULIR_TIDAK_ADA,
          param: { id: fid },
        });
      const lama = form.blok.find((b) => b.id === bid);
      if (!lama)
        throw new GalatApi(404, "BLOK_TIDAK_ADA", { pesan: PESAN_BANK.BLOK_TIDAK_ADA, param: { id: bid } });
      const isi = ctx.body.pernyataan;
      for (const f of bank.formulir) {
        if (!f.blok.some((b) => b.id === bid)) continue;
        const baru: Formulir = {
          ...f,
          blok: f.blok.map((b) => (b.id === bid ? { id: bid, pernyataan: isi } : b)),
        };
        f.blok = baru.blok;
        await ctx.db
          .updateTable("bank_butir_formulir")
          .set({ isi: JSON.stringify(baru) })
          .where("versi_id", "=", v.id)
          .where("id", "=", f.id)
          .execute();
      }
      await sentuh(ctx.db, v.id);
      ctx.audit({
        objekJenis: "bank_butir_versi",
        rincian: { versi: v.versi, blok: bid, sebelum: lama.pernyataan, sesudah: isi },
      });
      const temuan = lintVersi(bank, await bacaRegister(ctx.db)).filter(
        (t) => t.lokasi.endsWith(`blok ${bid}`) || t.lokasi.startsWith(`formulir ${fid}`),
      );
      return { temuan: temuan.map((t) => temuanApi(t, ctx.bahasa)) };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/bank-butir/versi/:id/susun",
    akses: TULIS,
    tag: TAG,
    ringkasan:
      "Menyusun ulang formulir versi draf dengan perakit (dua formulir lengkap paralel + formulir penyaringan) dari pernyataan yang tidak ditarik",
    aksi: "bank_butir.formulir.susun",
    params: idVersi,
    body: z.strictObject({
      benih: z.number().int().min(0).max(2_147_483_647),
      /** Form version, part of the new form and block ids (`NAS-<v>-A`, `N<v>-J01`). */
      versiFormulir: z.string().regex(/^[A-Za-z0-9]{1,10}$/),
    }),
    response: z.object({
      formulir: z.array(z.string()),
      percobaan: z.number(),
      temuan: z.array(SkemaTemuan),
    }),
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi, true);
      wajibDraf(v);
      const bank = await muatBank(ctx.db, v);
      let hasil: HasilSusunNasional;
      try {
        // typically 0.06–0.2 s (first attempt succeeds on the national bank); capped at 50 attempts
        hasil = susunFormulirNasional(bank.pernyataan, {
          benih: ctx.body.benih,
          versi: ctx.body.versiFormulir,
          percobaanMaks: 50,
        });
      } catch {
        throw new GalatApi(409, "SUSUN_GAGAL", {
          pesan: PESAN_BANK.SUSUN_GAGAL,
          param: { benih: ctx.body.benih },
        });
      }
      await ctx.db.deleteFrom("bank_butir_formulir").where("versi_id", "=", v.id).execute();
      await ctx.db
        .insertInto("bank_butir_formulir")
        .values(
          hasil.formulir.map((f, k) => ({ versi_id: v.id, id: f.id, urutan: k, isi: JSON.stringify(f) })),
        )
        .execute();
      await sentuh(ctx.db, v.id);
      ctx.audit({
        objekJenis: "bank_butir_versi",
        rincian: {
          versi: v.versi,
          benih: ctx.body.benih,
          versiFormulir: ctx.body.versiFormulir,
          percobaan: hasil.percobaan,
        },
      });
      const temuan = lintVersi({ ...bank, formulir: hasil.formulir }, await bacaRegister(ctx.db));
      return {
        formulir: hasil.formulir.map((f) => f.id),
        percobaan: hasil.percobaan,
        temuan: temuan.map((t) => temuanApi(t, ctx.bahasa)),
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/bank-butir/versi/:id/desain",
    akses: TULIS,
    tag: TAG,
    ringkasan:
      "Menjalankan penjaga desain (simulasi reliabilitas setiap formulir) sebagai job latar belakang",
    aksi: "bank_butir.desain.jalankan",
    params: idVersi,
    response: z.object({ jobId: z.uuid() }),
    status: 202,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi, true);
      if (v.status === "terbit") wajibDraf(v);
      const jobId = await antrekanJob(ctx.db, { jenis: JOB_DESAIN, muatan: { versiId: v.id } });
      await ctx.db
        .updateTable("bank_butir_versi")
        .set({ job_desain_id: jobId })
        .where("id", "=", v.id)
        .execute();
      ctx.audit({ objekJenis: "bank_butir_versi", rincian: { versi: v.versi, jobId } });
      return { jobId };
    },
  }),

  ...(["ajukan", "kembalikan", "terbitkan"] as const).map((aksi) =>
    defineRoute({
      method: "POST",
      url: `/api/bank-butir/versi/:id/${aksi}`,
      akses: TULIS,
      tag: TAG,
      ringkasan: {
        ajukan: "Mengajukan versi draf untuk ditinjau (draf → tinjauan)",
        kembalikan: "Mengembalikan versi dalam tinjauan ke draf dengan komentar peninjau (tinjauan → draf)",
        terbitkan:
          "Menerbitkan versi dalam tinjauan (tinjauan → terbit); ditolak bila ada galat lint atau formulir gagal penjaga desain",
      }[aksi],
      aksi: `bank_butir.versi.${aksi}`,
      params: idVersi,
      body: z.strictObject({ komentar: z.string().trim().max(5000).optional() }).optional(),
      response: SkemaVersi,
      handler: async (ctx) => {
        wajibEvaluatorNasional(ctx.sesi);
        const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi, true);
        const ke = wajibTransisi(v, aksi);
        const komentar = ctx.body?.komentar || null;
        const oleh = ctx.sesi?.pengguna.id ?? null;
        if (aksi === "kembalikan" && !komentar) {
          throw new GalatApi(400, "KOMENTAR_WAJIB", { pesan: PESAN_BANK.KOMENTAR_WAJIB });
        }
        if (aksi === "terbitkan") {
          // a refused attempt is audited too
          const tolak = (galat: GalatApi) => {
            ctx.audit({ objekJenis: "bank_butir_versi", rincian: { versi: v.versi, dari: v.status, ke } });
            return new GalatApi(galat.status, galat.code, {
              pesan: galat.teks,
              param: galat.param,
              details: galat.details,
              tetapSimpan: true,
            });
          };
          const empatMata = halanganEmpatMata(v, oleh);
          if (empatMata) throw tolak(empatMata);
          const { bank, galat } = await halanganTerbit(ctx.db, v);
          if (galat) throw tolak(galat);
          await terbitkan(ctx.db, v, bank, oleh);
        } else {
          await ctx.db
            .updateTable("bank_butir_versi")
            .set({
              status: ke,
              diubah: new Date(),
              ...(aksi === "ajukan" ? { diajukan: new Date() } : { komentar_tinjauan: komentar }),
            })
            .where("id", "=", v.id)
            .where("status", "=", v.status)
            .execute();
          // the submitter may not publish (four eyes); back in draft nobody has submitted it
          await catatPengaju(ctx.db, v.id, aksi === "ajukan" ? oleh : null);
        }
        ctx.audit({
          objekJenis: "bank_butir_versi",
          rincian: { versi: v.versi, dari: v.status, ke, ...(komentar ? { komentar } : {}) },
        });
        return versiApi(await bacaVersi(ctx.db, v.id, ctx.sesi));
      },
    }),
  ),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/versi/:id/ekspor",
    akses: BACA,
    tag: TAG,
    ringkasan:
      "Mengekspor versi sebagai JSON (bentuk BankButir) atau paket QTI 3.0 (.zip); tanpa kunci dan keinginan sosial kecuali untuk evaluator nasional",
    aksi: "bank_butir.versi.ekspor",
    params: idVersi,
    query: z.strictObject({ format: z.enum(["json", "qti"]).default("json") }),
    handler: async (ctx) => {
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi);
      const lihatKunci = bolehLihatKunci(ctx.sesi?.peran ?? []);
      const bank = bankUntuk((await muatBank(ctx.db, v)) as BankImpor, lihatKunci);
      const { format } = ctx.query;
      ctx.audit({ objekJenis: "bank_butir_versi", rincian: { versi: v.versi, format, kunci: lihatKunci } });
      const dasar = `bank-butir-${v.versi}`;
      if (format === "json") {
        ctx.reply.header("content-disposition", `attachment; filename="${dasar}.json"`);
        return ctx.reply.type("application/json; charset=utf-8").send(`${JSON.stringify(bank, null, 2)}\n`);
      }
      ctx.reply.header("content-disposition", `attachment; filename="${dasar}-qti3.zip"`);
      return ctx.reply.type("application/zip").send(eksporQti(bank));
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/bank-butir/impor",
    akses: TULIS,
    tag: TAG,
    ringkasan:
      "Mengimpor bank butir sebagai versi draf baru: JSON (bentuk BankButir) sebagai isi permintaan atau berkas multipart `file` (JSON atau paket QTI 3.0 hasil ekspor)",
    aksi: "bank_butir.impor",
    bodyLimit: 5 * 1024 * 1024,
    query: z.strictObject({ versi: namaVersi.optional() }),
    response: SkemaVersi.extend({ galat: z.number(), peringatan: z.number() }),
    status: 201,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      let mentah: unknown;
      let format: "json" | "qti" = "json";
      if (ctx.req.isMultipart?.()) {
        const isi = (await bacaBerkasUnggahan(ctx.req, 5 * 1024 * 1024))?.isi ?? Buffer.alloc(0);
        if (isi.length >= 4 && isi.readUInt32LE(0) === 0x04034b50) {
          format = "qti";
          try {
            mentah = imporQti(isi, new Date().toISOString().slice(0, 10));
          } catch (e) {
            if (!(e instanceof GalatQti)) throw e;
            throw new GalatApi(400, "QTI_TIDAK_TERBACA", {
              pesan: PESAN_BANK.QTI_TIDAK_TERBACA,
              param: { alasan: e.message },
            });
          }
        } else {
          try {
            mentah = JSON.parse(isi.toString("utf8").replace(/^\uFEFF/, ""));
          } catch {
            throw new GalatApi(400, "IMPOR_FORMAT", { pesan: PESAN_BANK.IMPOR_FORMAT });
          }
        }
      } else {
        mentah = ctx.body;
      }
      if (mentah === null || typeof mentah !== "object" || Array.isArray(mentah)) {
        throw new GalatApi(400, "IMPOR_FORMAT", { pesan: PESAN_BANK.IMPOR_FORMAT });
      }
      if (ctx.query.versi) mentah = { ...(mentah as object), versi: ctx.query.versi };
      const hasil = SkemaBank.safeParse(mentah, { reportInput: true });
      if (!hasil.success) throw galatValidasiBank(hasil.error, ctx.bahasa);
      const ganda = periksaGanda(hasil.data, ctx.bahasa);
      if (ganda) throw ganda;
      const bank = hasil.data;
      const id = await buatVersiDraf(ctx.db, bank, {
        versi: bank.versi,
        catatan: `Diimpor dari ${format === "qti" ? "paket QTI 3.0" : "JSON"}.`,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      const temuan = lintVersi(
        {
          versi: bank.versi,
          pernyataan: bank.pernyataan as Pernyataan[],
          formulir: bank.formulir as Formulir[],
        },
        await bacaRegister(ctx.db),
      );
      ctx.audit({
        objekJenis: "bank_butir_versi",
        objekId: id,
        rincian: {
          versi: bank.versi,
          format,
          pernyataan: bank.pernyataan.length,
          formulir: bank.formulir.length,
        },
      });
      return { ...versiApi(await bacaVersi(ctx.db, id, ctx.sesi)), ...ringkasTemuan(temuan) };
    },
  }),
];

export const jobs: Record<string, JobHandler> = {
  [JOB_DESAIN]: async (job, ctx) => {
    const { versiId } = job.muatan as { versiId?: string };
    if (!versiId) throw new Error("muatan job penjaga desain tidak lengkap");
    const v = await ctx.db
      .selectFrom("bank_butir_versi")
      .select(["id", "versi", "status"])
      .where("id", "=", versiId)
      .executeTakeFirst();
    if (!v) throw new Error(`versi bank butir ${versiId} tidak ada`);
    const bank = await muatBank(ctx.db, v);
    const sidik = sidikIsi(bank);
    const mulai = performance.now();
    const total = bank.formulir.length;
    await ctx.progres(0, total);
    const formulir: LaporanDesain["formulir"] = [];
    for (const [i, f] of bank.formulir.entries()) {
      // let the event loop breathe between forms (each simulation takes ~0.2–1 s)
      await new Promise((r) => setImmediate(r));
      if (ctx.signal.aborted) throw new Error("pekerja berhenti");
      try {
        formulir.push(periksaDesainFormulir(f, bank.pernyataan, OPSI_GUARD));
      } catch (e) {
        formulir.push({
          formulir: f.id,
          layakTerbit: false,
          reliabilitas: {} as never,
          reliabilitasFaktor: {} as never,
          biasKorelasiRataRata: Number.NaN,
          biasKorelasiMaks: Number.NaN,
          pembalikanTanda: 0,
          alasan: [
            `Formulir tidak dapat disimulasikan: ${(e as Error).message}. Perbaiki galat lint-nya dulu.`,
          ],
          parameter: "acuan sementara",
        });
      }
      await ctx.progres(i + 1, total);
    }
    const laporan: LaporanDesain = {
      dihitung: new Date().toISOString(),
      ...OPSI_GUARD,
      durasiMs: Math.round(performance.now() - mulai),
      formulir,
    };
    await ctx.db
      .updateTable("bank_butir_versi")
      .set({ laporan_desain: JSON.stringify(laporan), sidik_desain: sidik })
      .where("id", "=", v.id)
      .where("status", "<>", "terbit")
      .where("job_desain_id", "=", job.id)
      .execute();
    return {
      versi: v.versi,
      durasiMs: laporan.durasiMs,
      layak: formulir.filter((f) => f.layakTerbit).map((f) => f.formulir),
      tidakLayak: formulir.filter((f) => !f.layakTerbit).map((f) => f.formulir),
    };
  },
};
