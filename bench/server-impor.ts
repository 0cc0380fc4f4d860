/**
 * Import of 50,000 employee rows (CSV, UTF-8): validation (stream-read and
 * stage) and the confirmed write (one transaction, batches of 1000), on
 * PGlite and — with DATABASE_URL / TEST_DATABASE_URL — PostgreSQL.
 * Prints rows/s per phase and the peak resident memory of the process.
 *
 *   npx tsx bench/server-impor.ts        env: BENCH_BARIS (default 50000), BENCH_DB=pglite|postgres
 */

import { Acak } from "../packages/server/src/demo/acak.ts";
import { buatPegawaiDemo } from "../packages/server/src/demo/pegawai.ts";
import { KABUPATEN_CONTOH, ratakanUnit } from "../packages/server/src/demo/struktur.ts";
import { buatImpor, tulisImpor, validasiImporTersimpan } from "../packages/server/src/fitur/impor/layanan.ts";
import { basisdataBench, daftarBasisdata } from "./server-basisdata.ts";

const BARIS = Number(process.env.BENCH_BARIS ?? 50_000);

const unit = ratakanUnit(KABUPATEN_CONTOH.unit);
const pegawai = buatPegawaiDemo({ ...KABUPATEN_CONTOH, jumlahPegawai: BARIS }, unit, new Acak(7), new Date());
const q = (s: string) => (/[",;\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const csv = Buffer.from(
  [
    "NIP;Nama;Kode Unit;Jabatan;Jenis Jabatan;Golongan;Email;Telepon",
    ...pegawai.map((p) =>
      [p.nip, p.nama, p.unitKode, p.jabatan, p.jenisJabatan, p.golongan, p.email, p.telepon].map(q).join(";"),
    ),
  ].join("\r\n"),
);
console.log(`berkas CSV: ${BARIS} baris, ${(csv.length / 1024 / 1024).toFixed(1)} MiB`);

let puncak = 0;
let puncakHeap = 0;
const sampel = setInterval(() => {
  const m = process.memoryUsage();
  puncak = Math.max(puncak, m.rss);
  puncakHeap = Math.max(puncakHeap, m.heapUsed);
}, 20);
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;

for (const jenis of daftarBasisdata()) {
  const b = await basisdataBench(jenis);
  try {
    const { id: instansiId } = await b.db
      .insertInto("instansi")
      .values({ kode: "BENCH", nama: "Instansi Bench", jenis: "kabupaten" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await b.db
      .insertInto("unit_kerja")
      .values(unit.map((u) => ({ instansi_id: instansiId, kode: u.kode, nama: u.nama, eselon: u.eselon })))
      .execute();
    global.gc?.();
    const rssAwal = process.memoryUsage().rss;
    const heapAwal = process.memoryUsage().heapUsed;
    puncak = rssAwal;
    puncakHeap = heapAwal;

    const imporId = await buatImpor(b.db, {
      instansiId,
      penggunaId: null,
      namaBerkas: "bench.csv",
      berkas: csv,
      simpanBerkas: true,
    });
    let t = performance.now();
    const v = await validasiImporTersimpan(b.db, instansiId, imporId);
    const detikValidasi = (performance.now() - t) / 1000;
    if (v.status !== "siap") throw new Error(`validasi: ${v.status} ${JSON.stringify(v.ringkasan)}`);
    t = performance.now();
    const w = await tulisImpor(b.db, instansiId, imporId);
    const detikTulis = (performance.now() - t) / 1000;
    if (w.baru !== BARIS) throw new Error(`tulis: ${JSON.stringify(w)}`);
    t = performance.now();
    const ulang = await buatImpor(b.db, {
      instansiId,
      penggunaId: null,
      namaBerkas: "bench.csv",
      berkas: csv,
      simpanBerkas: true,
    });
    await validasiImporTersimpan(b.db, instansiId, ulang);
    const w2 = await tulisImpor(b.db, instansiId, ulang);
    const detikUlang = (performance.now() - t) / 1000;

    console.log(
      `[${jenis}] validasi ${detikValidasi.toFixed(1)} s (${(BARIS / detikValidasi).toFixed(0)} baris/s) · ` +
        `tulis ${detikTulis.toFixed(1)} s (${(BARIS / detikTulis).toFixed(0)} baris/s) · ` +
        `total ${(BARIS / (detikValidasi + detikTulis)).toFixed(0)} baris/s · ` +
        `impor ulang (tanpa perubahan: ${w2.baru} baru, ${w2.diperbarui} diubah) ${detikUlang.toFixed(1)} s · ` +
        `RSS awal ${mib(rssAwal)}, puncak ${mib(puncak)} · heap JS awal ${mib(heapAwal)}, puncak ${mib(puncakHeap)}`,
    );
  } finally {
    await b.tutup();
  }
}
clearInterval(sampel);
console.log(`puncak RSS proses (getrusage maxRSS): ${mib(process.resourceUsage().maxRSS * 1024)}`);
