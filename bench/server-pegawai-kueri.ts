/**
 * The employee list's SQL alone (no HTTP, one connection, sequential), on an
 * agency of 100,000 employees: median and p99 of 30 runs per scenario. Tells
 * the database's share of the list API's latency (bench/server-pegawai-list.ts).
 *
 *   npx tsx bench/server-pegawai-kueri.ts      env: BENCH_PEGAWAI, BENCH_DB=pglite|postgres, TEST_DATABASE_URL
 */
import { sql } from "kysely";
import { cariPegawai, type SaringPegawai } from "../packages/server/src/fitur/pegawai/kueri.ts";
import { basisdataBench, daftarBasisdata } from "./server-basisdata.ts";

const JUMLAH = Number(process.env.BENCH_PEGAWAI ?? 100_000);
const DEPAN = [
  "Siti",
  "Budi",
  "Togar",
  "Ni Luh",
  "Yohanes",
  "Andi",
  "Sri",
  "Asep",
  "Dewi",
  "Muhammad",
  "Rahmawati",
  "Ketut",
];
const BELAKANG = [
  "Lestari",
  "Simanjuntak",
  "Wenda",
  "Tenri",
  "Suryana",
  "Hidayat",
  "Tanjung",
  "Siregar",
  "Putri",
  "Santoso",
];

for (const jenis of daftarBasisdata()) {
  const b = await basisdataBench(jenis);
  try {
    const { id } = await b.db
      .insertInto("instansi")
      .values({ kode: "B", nama: "B", jenis: "kementerian" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const induk = await b.db
      .insertInto("unit_kerja")
      .values({ instansi_id: id, kode: "INDUK", nama: "Induk", eselon: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    const anak = await b.db
      .insertInto("unit_kerja")
      .values(
        Array.from({ length: 40 }, (_, i) => ({
          instansi_id: id,
          kode: `U${i}`,
          nama: `Unit ${i}`,
          eselon: 2,
          induk_id: i < 10 ? induk.id : null,
        })),
      )
      .returning("id")
      .execute();
    const unitIds = anak.map((u) => u.id);
    const t0 = performance.now();
    await sql`
      insert into pegawai (instansi_id, nip, nama, unit_id, jabatan, jenis_jabatan, jenis_kelamin, tanggal_lahir, tmt_cpns, aktif)
      select ${id}, '19800101200501' || (1 + g % 2)::text || lpad((g / 2)::text, 3, '0') || '',
             (${sql.val(DEPAN)}::text[])[1 + g % 12] || ' ' || (${sql.val(BELAKANG)}::text[])[1 + (g / 12) % 10] || ' ' || g,
             (${sql.val(unitIds)}::uuid[])[1 + g % 40], 'Pelaksana', 'pelaksana', case when g % 2 = 0 then 'L' else 'P' end,
             '1980-01-01', '2005-01-01', g % 50 <> 0
      from generate_series(1, ${JUMLAH}) g`
      .execute(b.db)
      .catch(async () => {
        // NIP must be 18 digits: fall back to a plain serial NIP
        await sql`
        insert into pegawai (instansi_id, nip, nama, unit_id, jabatan, jenis_jabatan, jenis_kelamin, tanggal_lahir, tmt_cpns, aktif)
        select ${id}, lpad(g::text, 18, '0'),
               (${sql.val(DEPAN)}::text[])[1 + g % 12] || ' ' || (${sql.val(BELAKANG)}::text[])[1 + (g / 12) % 10] || ' ' || g,
               (${sql.val(unitIds)}::uuid[])[1 + g % 40], 'Pelaksana', 'pelaksana', 'L', '1980-01-01', '2005-01-01', g % 50 <> 0
        from generate_series(1, ${JUMLAH}) g`.execute(b.db);
      });
    await sql`vacuum analyze`.execute(b.db);
    console.log(
      `[${jenis}] ${JUMLAH} pegawai dimuat dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const skenario: [string, SaringPegawai, number][] = [
      ["halaman 1, aktif", { aktif: true }, 1],
      ["halaman 200", {}, 200],
      ["cari nama 'siti'", { q: "siti" }, 1],
      [
        "cari 'tanjung' + unit+sub-unit + aktif",
        { q: "tanjung", unitId: induk.id, subUnit: true, aktif: true },
        1,
      ],
      ["awalan NIP 10 digit", { q: "0000000012" }, 1],
      ["satu unit, halaman 3", { unitId: unitIds[5] }, 3],
    ];
    for (const [nama, saring, page] of skenario) {
      const waktu: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t = performance.now();
        await cariPegawai(b.db, id, saring, page, 50);
        waktu.push(performance.now() - t);
      }
      waktu.sort((x, y) => x - y);
      console.log(
        `[${jenis}] ${nama.padEnd(40)} median ${waktu[15].toFixed(1).padStart(6)} ms   p99 ${waktu[29].toFixed(1).padStart(6)} ms`,
      );
    }
  } finally {
    await b.tutup();
  }
}
