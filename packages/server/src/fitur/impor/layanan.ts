/**
 * The employee import, step by step (used by the HTTP routes' background jobs
 * and by `nurani import-pegawai`):
 *   1. `buatImpor`      — record the upload (status `memvalidasi`);
 *   2. `validasiImpor…` — stream-read the whole file, stage valid rows and
 *                         store every error; status `siap` or `ditolak`;
 *   3. `tulisImpor`     — after the user confirms: upsert every staged row into
 *                         `pegawai` by (instansi, NIP) in ONE transaction,
 *                         in batches; all or nothing; status `selesai`/`gagal`.
 */
import { sql } from "kysely";
import { tulisAudit } from "../../audit/log.ts";
import type { Db } from "../../db/factory.ts";
import type { StatusImpor } from "../../db/schema-impor.ts";
import { BATAS_BAWAAN, type BatasBaca, bacaBerkasPegawai } from "./baca.ts";
import type { GalatBerkas } from "./galat-berkas.ts";
import { type GalatBaris, validasiImpor } from "./validasi.ts";
import "./skema.ts";

export type Progres = (selesai: number, total: number) => void | Promise<void>;

export interface RingkasanImpor {
  baris: number;
  valid: number;
  galat: number;
  /** At validation: rows whose NIP is new to the agency; after writing: rows inserted. */
  baru: number;
  /** At validation: rows whose NIP exists already; after writing: rows actually changed. */
  diperbarui: number;
}

const UKURAN_BATCH = 1000;

export async function buatImpor(
  db: Db,
  o: {
    instansiId: string;
    penggunaId: string | null;
    namaBerkas: string;
    berkas: Buffer;
    simpanBerkas: boolean;
  },
): Promise<string> {
  const r = await db
    .insertInto("impor_pegawai")
    .values({
      instansi_id: o.instansiId,
      pengguna_id: o.penggunaId,
      nama_berkas: o.namaBerkas.slice(0, 255),
      ukuran: o.berkas.length,
      berkas: o.simpanBerkas ? o.berkas : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Rough row count for progress: newlines of a CSV (0 = unknown, e.g. XLSX). */
function perkiraanBaris(berkas: Buffer): number {
  if (berkas[0] === 0x50 && berkas[1] === 0x4b) return 0;
  let n = 0;
  for (let i = berkas.indexOf(10); i !== -1; i = berkas.indexOf(10, i + 1)) n++;
  return Math.max(n - 1, 0);
}

/**
 * Validates the whole file and stages its valid rows. Writes nothing to `pegawai`.
 * `berkas` defaults to the bytes stored by `buatImpor`, which are then dropped.
 */
export async function validasiImporTersimpan(
  db: Db,
  instansiId: string,
  imporId: string,
  opsi: { berkas?: Buffer; onProgres?: Progres; hariIni?: Date; batas?: BatasBaca } = {},
): Promise<{ status: StatusImpor; ringkasan: RingkasanImpor; galatBerkas: GalatBerkas | null }> {
  const impor = await db
    .selectFrom("impor_pegawai")
    .select(["nama_berkas", "berkas"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", imporId)
    .executeTakeFirstOrThrow();
  // PGlite returns bytea as a plain Uint8Array: view it as a Buffer without copying.
  const tersimpan = impor.berkas
    ? Buffer.from(impor.berkas.buffer, impor.berkas.byteOffset, impor.berkas.byteLength)
    : null;
  const berkas = opsi.berkas ?? tersimpan;
  if (!berkas) throw new Error(`impor ${imporId}: berkas tidak tersimpan`);

  const unit = new Map(
    (
      await db
        .selectFrom("unit_kerja")
        .select(["kode", "id"])
        .where("instansi_id", "=", instansiId)
        .where("aktif", "=", true)
        .execute()
    ).map((u) => [u.kode.toUpperCase(), u.id] as const),
  );

  // A retried job starts from scratch.
  await db
    .deleteFrom("impor_pegawai_baris")
    .where("instansi_id", "=", instansiId)
    .where("impor_id", "=", imporId)
    .execute();
  await db
    .deleteFrom("impor_pegawai_galat")
    .where("instansi_id", "=", instansiId)
    .where("impor_id", "=", imporId)
    .execute();

  const total = perkiraanBaris(berkas);
  const r: RingkasanImpor = { baris: 0, valid: 0, galat: 0, baru: 0, diperbarui: 0 };
  let galatBerkas: GalatBerkas | null = null;
  let format: "csv" | "xlsx" | null = null;
  let enkoding: string | null = null;
  let antreBaris: Record<string, unknown>[] = [];
  let antreGalat: (GalatBaris & { urutan: number })[] = [];
  let urutanGalat = 0;

  const kirimBaris = async () => {
    if (antreBaris.length === 0) return;
    await db
      .insertInto("impor_pegawai_baris")
      .values(antreBaris as never)
      .execute();
    antreBaris = [];
  };
  const kirimGalat = async () => {
    if (antreGalat.length === 0) return;
    await db
      .insertInto("impor_pegawai_galat")
      .values(
        antreGalat.map((g) => ({
          instansi_id: instansiId,
          impor_id: imporId,
          urutan: g.urutan,
          baris: g.baris,
          kolom: g.kolom.slice(0, 100),
          kode: g.kode,
          isian: g.isian ? JSON.stringify(g.isian) : null,
        })),
      )
      .execute();
    antreGalat = [];
  };

  const kejadian = (async function* () {
    for await (const k of bacaBerkasPegawai(berkas, impor.nama_berkas, opsi.batas ?? BATAS_BAWAAN)) {
      if (k.jenis === "judul") {
        format = k.format;
        enkoding = k.enkoding;
      }
      yield k;
    }
  })();

  for await (const h of validasiImpor(kejadian, { unit, hariIni: opsi.hariIni })) {
    if (h.jenis === "berkas") {
      galatBerkas = h.galat;
      break;
    }
    r.baris++;
    if (h.jenis === "valid") {
      r.valid++;
      const d = h.data;
      antreBaris.push({
        instansi_id: instansiId,
        impor_id: imporId,
        baris: h.baris,
        nip: d.nip,
        nama: d.nama,
        unit_id: h.unitId,
        jabatan: d.jabatan,
        jenis_jabatan: d.jenisJabatan,
        golongan: d.golongan,
        email: d.email,
        telepon: d.telepon,
        jenis_kelamin: d.jenisKelamin,
        tanggal_lahir: d.tanggalLahir,
        tmt_cpns: d.tmtCpns,
      });
      if (antreBaris.length >= UKURAN_BATCH) await kirimBaris();
    } else {
      r.galat++;
      for (const g of h.galat) antreGalat.push({ ...g, urutan: ++urutanGalat });
      if (antreGalat.length >= UKURAN_BATCH) await kirimGalat();
    }
    if (r.baris % UKURAN_BATCH === 0) {
      await db
        .updateTable("impor_pegawai")
        .set({ progres_selesai: r.baris, progres_total: Math.max(total, r.baris) })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", imporId)
        .execute();
      await opsi.onProgres?.(r.baris, Math.max(total, r.baris));
    }
  }
  await kirimBaris();
  await kirimGalat();

  if (!galatBerkas && r.galat === 0) {
    const ada = await db
      .selectFrom("impor_pegawai_baris as b")
      .innerJoin("pegawai as p", (j) =>
        j.onRef("p.instansi_id", "=", "b.instansi_id").onRef("p.nip", "=", "b.nip"),
      )
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("b.instansi_id", "=", instansiId)
      .where("b.impor_id", "=", imporId)
      .executeTakeFirstOrThrow();
    r.diperbarui = Number(ada.n);
    r.baru = r.valid - r.diperbarui;
  }
  const status: StatusImpor = galatBerkas || r.galat > 0 ? "ditolak" : "siap";
  await db
    .updateTable("impor_pegawai")
    .set({
      status,
      berkas: null,
      format,
      enkoding,
      galat_berkas: galatBerkas ? JSON.stringify(galatBerkas) : null,
      progres_selesai: r.baris,
      progres_total: r.baris,
      ...r,
      diubah: new Date(),
    })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", imporId)
    .execute();
  await opsi.onProgres?.(r.baris, r.baris);
  return { status, ringkasan: r, galatBerkas };
}

/** Thrown when confirmation finds a problem that did not exist at validation. */
export class GalatTulisImpor extends Error {
  constructor(
    readonly kode: "STATUS_BUKAN_SIAP" | "UNIT_DITUTUP",
    pesan: string,
  ) {
    super(pesan);
  }
}

/**
 * Writes every staged row to `pegawai` in one transaction (all or nothing),
 * batch by batch; an existing NIP of the agency is updated, an unchanged one
 * left alone, so re-importing the same file changes nothing.
 * The import must be in status `menulis` (set by the confirmation) or `siap`.
 */
export async function tulisImpor(
  db: Db,
  instansiId: string,
  imporId: string,
  opsi: { onProgres?: Progres; penggunaId?: string | null } = {},
): Promise<RingkasanImpor> {
  try {
    return await db.transaction().execute(async (trx) => {
      const impor = await trx
        .selectFrom("impor_pegawai")
        .select(["status", "baris", "valid", "galat", "pengguna_id"])
        .where("instansi_id", "=", instansiId)
        .where("id", "=", imporId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (impor.status !== "menulis" && impor.status !== "siap") {
        throw new GalatTulisImpor("STATUS_BUKAN_SIAP", `status impor ${impor.status}, bukan siap`);
      }
      const ditutup = await trx
        .selectFrom("impor_pegawai_baris as b")
        .innerJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "b.instansi_id").onRef("u.id", "=", "b.unit_id"),
        )
        .select("u.kode")
        .where("b.instansi_id", "=", instansiId)
        .where("b.impor_id", "=", imporId)
        .where("u.aktif", "=", false)
        .limit(1)
        .executeTakeFirst();
      if (ditutup) {
        throw new GalatTulisImpor("UNIT_DITUTUP", `unit ${ditutup.kode} ditutup setelah validasi`);
      }

      let baru = 0;
      let diperbarui = 0;
      let selesai = 0;
      let setelah = 0;
      for (;;) {
        const batas = await trx
          .selectFrom("impor_pegawai_baris")
          .select("baris")
          .where("instansi_id", "=", instansiId)
          .where("impor_id", "=", imporId)
          .where("baris", ">", setelah)
          .orderBy("baris")
          .offset(UKURAN_BATCH - 1)
          .limit(1)
          .executeTakeFirst();
        const sampai = batas?.baris ?? 2_147_483_647;
        const r = await sql<{ baru: boolean }>`
          insert into pegawai (instansi_id, nip, nama, unit_id, jabatan, jenis_jabatan, golongan, email, telepon,
                               jenis_kelamin, tanggal_lahir, tmt_cpns)
          select instansi_id, nip, nama, unit_id, jabatan, jenis_jabatan, golongan, email, telepon,
                 jenis_kelamin, tanggal_lahir, tmt_cpns
          from impor_pegawai_baris
          where instansi_id = ${instansiId} and impor_id = ${imporId} and baris > ${setelah} and baris <= ${sampai}
          on conflict (instansi_id, nip) do update set
            nama = excluded.nama, unit_id = excluded.unit_id, jabatan = excluded.jabatan,
            jenis_jabatan = excluded.jenis_jabatan, golongan = excluded.golongan, email = excluded.email,
            telepon = excluded.telepon, jenis_kelamin = excluded.jenis_kelamin,
            tanggal_lahir = excluded.tanggal_lahir, tmt_cpns = excluded.tmt_cpns, diubah = now()
          where (pegawai.nama, pegawai.unit_id, pegawai.jabatan, pegawai.jenis_jabatan, pegawai.golongan,
                 pegawai.email, pegawai.telepon, pegawai.jenis_kelamin, pegawai.tanggal_lahir, pegawai.tmt_cpns)
            is distinct from
                (excluded.nama, excluded.unit_id, excluded.jabatan, excluded.jenis_jabatan, excluded.golongan,
                 excluded.email, excluded.telepon, excluded.jenis_kelamin, excluded.tanggal_lahir, excluded.tmt_cpns)
          returning (xmax = 0) as baru`.execute(trx);
        for (const x of r.rows) {
          if (x.baru) baru++;
          else diperbarui++;
        }
        selesai = Math.min(selesai + UKURAN_BATCH, impor.valid);
        await opsi.onProgres?.(batas ? selesai : impor.valid, impor.valid);
        if (!batas) break;
        setelah = sampai;
      }

      await trx
        .deleteFrom("impor_pegawai_baris")
        .where("instansi_id", "=", instansiId)
        .where("impor_id", "=", imporId)
        .execute();
      const ringkasan: RingkasanImpor = {
        baris: impor.baris,
        valid: impor.valid,
        galat: impor.galat,
        baru,
        diperbarui,
      };
      await trx
        .updateTable("impor_pegawai")
        .set({
          status: "selesai",
          baru,
          diperbarui,
          progres_selesai: impor.valid,
          progres_total: impor.valid,
          diubah: new Date(),
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", imporId)
        .execute();
      await tulisAudit(trx, {
        aksi: "pegawai.impor",
        instansiId,
        penggunaId: opsi.penggunaId ?? impor.pengguna_id,
        objekJenis: "impor_pegawai",
        objekId: imporId,
        rincian: { baris: impor.valid, baru, diperbarui },
      });
      return ringkasan;
    });
  } catch (e) {
    const galat: GalatBerkas | { kode: string; isian: Record<string, string> } =
      e instanceof GalatTulisImpor
        ? { kode: e.kode, isian: { pesan: e.message } }
        : {
            kode: "GAGAL_MENULIS",
            isian: { pesan: e instanceof Error ? e.message.slice(0, 500) : String(e) },
          };
    if (!(e instanceof GalatTulisImpor && e.kode === "STATUS_BUKAN_SIAP")) {
      await db
        .updateTable("impor_pegawai")
        .set({ status: "gagal", galat_berkas: JSON.stringify(galat), diubah: new Date() })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", imporId)
        .execute();
    }
    throw e;
  }
}
