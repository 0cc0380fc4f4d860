/** Editing a draft version: its statements, the linter, forms and blocks, and assembling forms. */
import type {} from "@fastify/multipart";
import {
  type Formulir,
  type HasilSusunNasional,
  type Pernyataan,
  polaKunci,
  susunFormulirNasional,
} from "@nurani/domain";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import {
  BACA,
  idPernyataan,
  idVersi,
  ringkasTemuan,
  SkemaSunting,
  SkemaTemuan,
  TAG,
  TULIS,
} from "./bersama.ts";
import {
  bacaRegister,
  bacaVersi,
  muatBank,
  muatFormulir,
  wajibDraf,
  wajibEvaluatorNasional,
} from "./kueri.ts";
import { bolehLihatKunci } from "./kunci.ts";
import {
  lintSatuPernyataan,
  lintVersi,
  periksaRegister,
  sentuh,
  simpanPernyataan,
  temuanApi,
} from "./layanan.ts";
import { catatKeinginanSosialPanel } from "./panel.ts";
import { PESAN_BANK } from "./pesan.ts";
import { type PernyataanBank, SkemaPernyataan } from "./skema.ts";

export const rutePernyataan = grupRute("/api/bank-butir", [
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
      const bank = await catatKeinginanSosialPanel(ctx.db, v, await muatBank(ctx.db, v));
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
]);
