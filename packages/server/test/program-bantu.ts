/** Fixtures shared by the programme tests (program-*.test.ts). */
import { randomUUID } from "node:crypto";
import type { Peran } from "@nurani/domain";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { Db } from "../src/db/factory.ts";
import {
  buatInstansi,
  buatPengguna,
  type InstansiUji,
  login,
  minta,
  nipUji,
  type SesiUji,
} from "./support/index.ts";

/** A date `hari` days from today in Asia/Jakarta (YYYY-MM-DD). */
export function tgl(hari: number): string {
  const d = new Date(Date.now() + hari * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(d);
}

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);

/** A multipart/form-data body with one file in field `file`. */
export function multipart(nama: string, isi: Buffer, mime = "application/octet-stream") {
  const batas = `----nurani${randomUUID()}`;
  const kepala = Buffer.from(
    `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${nama}"\r\nContent-Type: ${mime}\r\n\r\n`,
  );
  const ekor = Buffer.from(`\r\n--${batas}--\r\n`);
  return {
    payload: Buffer.concat([kepala, isi, ekor]),
    headers: { "content-type": `multipart/form-data; boundary=${batas}` },
  };
}

export interface DuniaProgram {
  instansi: InstansiUji;
  unit: string[];
  pegawai: string[];
  sesi: Record<"ppk" | "tim" | "admin" | "pimpinan" | "agen" | "apip" | "pegawai", SesiUji>;
  /** Employee linked to each session (for signing and leading activities). */
  pegawaiSesi: Record<"ppk" | "tim" | "pimpinan" | "agen" | "pegawai", string>;
}

/** An agency with 3 units × 8 employees and one login per role, each linked to an employee. */
export async function buatDunia(app: FastifyInstance, db: Db): Promise<DuniaProgram> {
  const instansi = await buatInstansi(db);
  const unit: string[] = [];
  const pegawai: string[] = [];
  for (let u = 0; u < 3; u++) {
    const r = await db
      .insertInto("unit_kerja")
      .values({ instansi_id: instansi.id, kode: `U${u}`, nama: `Unit ${u}`, eselon: 2 })
      .returning("id")
      .executeTakeFirstOrThrow();
    unit.push(r.id);
    for (let i = 0; i < 8; i++) {
      const p = await db
        .insertInto("pegawai")
        .values({
          instansi_id: instansi.id,
          nip: nipUji(),
          nama: `Pegawai ${u}-${i}`,
          unit_id: r.id,
          jenis_kelamin: "L",
          tanggal_lahir: "1985-03-12",
          tmt_cpns: "2010-01-01",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      pegawai.push(p.id);
    }
  }
  const peran: [keyof DuniaProgram["sesi"], Peran, number | null][] = [
    ["ppk", "ppk", 0],
    ["tim", "tim_supervisi", 1],
    ["admin", "admin_instansi", null],
    ["pimpinan", "pimpinan", 2],
    ["agen", "agen_perubahan", 3],
    ["apip", "apip", null],
    ["pegawai", "pegawai", 9],
  ];
  const sesi = {} as DuniaProgram["sesi"];
  const pegawaiSesi = {} as DuniaProgram["pegawaiSesi"];
  for (const [k, p, idx] of peran) {
    const u = await buatPengguna(db, [{ instansiId: instansi.id, peran: p }]);
    if (idx !== null) {
      await db
        .updateTable("pengguna")
        .set({ pegawai_instansi_id: instansi.id, pegawai_id: pegawai[idx] })
        .where("id", "=", u.id)
        .execute();
      (pegawaiSesi as Record<string, string>)[k] = pegawai[idx];
    }
    sesi[k] = await login(app, u.username, u.password);
  }
  return { instansi, unit, pegawai, sesi, pegawaiSesi };
}

/**
 * An assessment campaign with one score per employee; levels per unit as given (cycled).
 * `dirilisHariLalu` set = results released that many days ago.
 */
export async function buatKampanye(
  db: Db,
  d: DuniaProgram,
  o: { tujuan: "awal" | "berkala" | "akhir"; level: number[][]; dirilisHariLalu?: number },
): Promise<string> {
  const k = await db
    .insertInto("kampanye_asesmen")
    .values({
      instansi_id: d.instansi.id,
      nama: `Kampanye ${o.tujuan} ${randomUUID().slice(0, 6)}`,
      tujuan: o.tujuan,
      formulir_id: "uji",
      bank_versi: "uji",
      formulir: "{}",
      populasi: JSON.stringify({ jenis: "semua" }),
      dibuka: new Date(Date.now() - 90 * 86_400_000),
      ditutup: new Date(Date.now() - 80 * 86_400_000),
      status: "aktif",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (let u = 0; u < d.unit.length; u++) {
    for (let i = 0; i < 8; i++) {
      const pegawaiId = d.pegawai[u * 8 + i];
      const ps = await db
        .insertInto("peserta_asesmen")
        .values({ instansi_id: d.instansi.id, kampanye_id: k.id, pegawai_id: pegawaiId, benih: i })
        .returning("id")
        .executeTakeFirstOrThrow();
      const lv = o.level[u] ?? [1];
      await db
        .insertInto("skor_asesmen")
        .values({
          instansi_id: d.instansi.id,
          peserta_id: ps.id,
          kampanye_id: k.id,
          pegawai_id: pegawaiId,
          unit_id: d.unit[u],
          parameter_versi: "uji",
          norma: "uji",
          hasil: "{}",
          derajat: 0,
          level: lv[i % lv.length],
          pv: sql<number[]>`'{}'::real[]` as unknown as number[],
        })
        .execute();
    }
  }
  if (o.dirilisHariLalu !== undefined) await rilis(db, d, k.id, o.dirilisHariLalu);
  return k.id;
}

export async function rilis(db: Db, d: DuniaProgram, kampanyeId: string, hariLalu: number) {
  await db
    .updateTable("kampanye_asesmen")
    .set({ hasil_dirilis: new Date(Date.now() - hariLalu * 86_400_000) })
    .where("instansi_id", "=", d.instansi.id)
    .where("id", "=", kampanyeId)
    .execute();
}

export const urlProgram = (d: DuniaProgram, jalur = "") => `/api/instansi/${d.instansi.id}/program${jalur}`;

export async function unggah(
  app: FastifyInstance,
  s: SesiUji,
  d: DuniaProgram,
  siklusId: string,
  nama = "dok.pdf",
  isi = PDF,
) {
  const m = multipart(nama, isi);
  const res = await minta(app, s, {
    method: "POST",
    url: urlProgram(d, `/siklus/${siklusId}/berkas`),
    payload: m.payload,
    headers: m.headers,
  });
  return res;
}

export async function unggahId(
  app: FastifyInstance,
  s: SesiUji,
  d: DuniaProgram,
  siklusId: string,
): Promise<string> {
  const r = await unggah(app, s, d, siklusId);
  if (r.statusCode !== 201) throw new Error(`unggah: ${r.statusCode} ${r.body}`);
  return r.json().id;
}

/** Runs the six preparation steps with valid outputs; returns the cycle id and the campaign id. */
export async function persiapanLengkap(app: FastifyInstance, db: Db, d: DuniaProgram, siklusId: string) {
  const put = (s: SesiUji, jalur: string, payload: unknown) =>
    minta(app, s, {
      method: "PUT",
      url: urlProgram(d, `/siklus/${siklusId}/persiapan/${jalur}`),
      payload: payload as object,
    });
  const cek = async (p: Promise<{ statusCode: number; body: string }>, langkah: string) => {
    const r = await p;
    if (r.statusCode !== 200) throw new Error(`${langkah}: ${r.statusCode} ${r.body}`);
  };
  const dok = () => unggahId(app, d.sesi.tim, d, siklusId);
  await cek(
    put(d.sesi.ppk, "pembentukan_tim", {
      nama: "Tim Supervisi Pembangunan Integritas",
      sk: { nomor: "SK-1/2026", tanggal: tgl(-60), dokumenId: await dok() },
      anggota: [
        { pegawaiId: d.pegawai[1], peranTim: "ketua", anggotaTimRB: true },
        { pegawaiId: d.pegawai[4], peranTim: "anggota" },
      ],
      timReformasiBirokrasi: { nomorSk: "SK-RB-7/2025" },
    }),
    "langkah 1",
  );
  await cek(
    put(d.sesi.tim, "deklarasi_komitmen", {
      judul: "Deklarasi Komitmen Bersama",
      dokumenId: await dok(),
      tanggal: tgl(-55),
      selarasZonaIntegritas: true,
    }),
    "langkah 2",
  );
  await cek(
    minta(app, d.sesi.pimpinan, {
      method: "POST",
      url: urlProgram(d, `/siklus/${siklusId}/deklarasi/tanda-tangan`),
    }),
    "tanda tangan",
  );
  const kampanyeId = await buatKampanye(db, d, {
    tujuan: "awal",
    level: [
      [1, 1, 2],
      [2, 2, 3],
      [3, 4],
    ],
    dirilisHariLalu: 50,
  });
  await cek(put(d.sesi.tim, "asesmen_awal", { kampanyeId }), "langkah 3");
  await cek(
    put(d.sesi.tim, "rencana_aksi", {
      dokumenId: await dok(),
      tanggal: tgl(-45),
      target: [
        {
          kode: "T1",
          indikator: { jenis: "proporsi_minimal_level", levelMinimal: 2 },
          sasaran: [d.unit[0]],
          nilaiTarget: 0.8,
          tenggat: tgl(300).slice(0, 7),
          penanggungJawab: { peran: "tim_supervisi" },
        },
      ],
    }),
    "langkah 4",
  );
  const draf = await minta(app, d.sesi.tim, {
    method: "GET",
    url: urlProgram(d, `/siklus/${siklusId}/persiapan/rencana_pelatihan/draf-modul`),
  });
  const modul = (draf.json() as Record<string, unknown>[]).map((m) => ({
    ...m,
    jadwal: { mulai: tgl(10), selesai: tgl(40) },
  }));
  await cek(
    put(d.sesi.tim, "rencana_pelatihan", { dokumenId: await dok(), tanggal: tgl(-40), modul }),
    "langkah 5",
  );
  await cek(
    put(d.sesi.ppk, "agen_perubahan", {
      kriteriaSeleksi: ["Level integritas ≥ 3 pada asesmen awal", "Tidak sedang menjalani hukuman disiplin"],
      nominasi: [
        { pegawaiId: d.pegawai[3], keputusan: "terpilih" },
        { pegawaiId: d.pegawai[20], keputusan: "terpilih" },
        { pegawaiId: d.pegawai[21], keputusan: "tidak_terpilih" },
      ],
      sk: { nomor: "SK-AP-3/2026", tanggal: tgl(-35), dokumenId: await dok() },
      ditetapkan: [d.pegawai[3], d.pegawai[20]],
    }),
    "langkah 6",
  );
  return { kampanyeId };
}
