/**
 * Simulated campaigns for tests, benchmarks and the demo: a closed campaign
 * on a published form with submitted participants whose answers are drawn
 * from the item bank's provisional generating parameters (domain
 * `simulasikanJawaban`). Written by direct inserts, as test delivery would
 * leave them (docs/hasil.md "Testing").
 */
import {
  type JawabanPegawai,
  parameterAcuan,
  simulasikanJawaban,
  susunNip,
  toTirtDesign,
} from "@nurani/domain";
import { tirtModelFromParams } from "@nurani/irt";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { formulirTerbit } from "../bank-butir/index.ts";

export interface KampanyeSimulasi {
  kampanyeId: string;
  /** Participants in the order of `data`. */
  pesertaIds: string[];
  /** The answers as the domain reads them (`pegawaiId` = the pegawai id). */
  data: JawabanPegawai[];
}

/** Inserts `n` employees spread round-robin over `unitIds` (null = no unit). */
export async function buatPegawaiSimulasi(
  db: Kysely<Database>,
  instansiId: string,
  unitIds: readonly (string | null)[],
  n: number,
  awal = 0,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, n - i) }, (_, j) => {
      const x = awal + i + j;
      const tahun = 1960 + (x % 30);
      const lahir = `${tahun}-0${1 + (x % 9)}-1${x % 10}`;
      // unique per x: the appointment month encodes x / 999, the serial x mod 999
      const blok = Math.floor(x / 999);
      const tmt = `${2010 + (Math.floor(blok / 12) % 15)}-${String(1 + (blok % 12)).padStart(2, "0")}-01`;
      return {
        instansi_id: instansiId,
        nip: susunNip({
          tanggalLahir: lahir,
          tmtCpns: tmt,
          jenisKelamin: x % 2 ? "L" : "P",
          nomorUrut: (x % 999) + 1,
        }),
        nama: `Pegawai Simulasi ${x + 1}`,
        unit_id: unitIds[x % unitIds.length] ?? null,
        jenis_kelamin: (x % 2 ? "L" : "P") as "L" | "P",
        tanggal_lahir: lahir,
        tmt_cpns: tmt,
      };
    });
    const r = await db.insertInto("pegawai").values(rows).returning("id").execute();
    ids.push(...r.map((x) => x.id));
  }
  return ids;
}

/**
 * A closed campaign on form `formulirId` where every pegawai in `pegawaiIds`
 * submitted answers simulated with seed `benih`. Times are 10 s per block.
 */
export async function buatKampanyeSimulasi(
  db: Kysely<Database>,
  o: {
    instansiId: string;
    pegawaiIds: readonly string[];
    formulirId?: string;
    benih: number;
    nama?: string;
    tujuan?: "awal" | "berkala" | "akhir";
    dibuka?: Date;
  },
): Promise<KampanyeSimulasi> {
  const semua = await formulirTerbit(db);
  const f = semua.find((x) => x.formulir.id === (o.formulirId ?? "NAS-1-A"));
  if (!f) throw new Error(`formulir ${o.formulirId} tidak terbit`);
  const dibuka = o.dibuka ?? new Date(Date.now() - 14 * 86400_000);
  const k = await db
    .insertInto("kampanye_asesmen")
    .values({
      instansi_id: o.instansiId,
      nama: o.nama ?? `Asesmen simulasi ${o.benih}`,
      tujuan: o.tujuan ?? "awal",
      formulir_id: f.formulir.id,
      bank_versi: f.bankVersi,
      formulir: JSON.stringify({ formulir: f.formulir, pernyataan: f.pernyataan }),
      populasi: JSON.stringify({ jenis: "semua" }),
      dibuka,
      ditutup: new Date(dibuka.getTime() + 7 * 86400_000),
      status: "aktif",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const model = tirtModelFromParams(
    toTirtDesign(f.formulir, f.pernyataan),
    parameterAcuan(f.formulir, f.pernyataan),
  );
  const { data: sim } = simulasikanJawaban(f.formulir, model, { n: o.pegawaiIds.length, benih: o.benih });
  const data = sim.map((d, i) => ({ ...d, pegawaiId: o.pegawaiIds[i] }));
  const pesertaIds: string[] = [];
  const selesai = new Date(dibuka.getTime() + 86400_000);
  for (let i = 0; i < o.pegawaiIds.length; i += 1000) {
    const potong = o.pegawaiIds.slice(i, i + 1000);
    const r = await db
      .insertInto("peserta_asesmen")
      .values(
        potong.map((pegawaiId, j) => ({
          instansi_id: o.instansiId,
          kampanye_id: k.id,
          pegawai_id: pegawaiId,
          benih: (o.benih * 7919 + i + j) % 2147483647,
          mulai: dibuka,
          selesai,
        })),
      )
      .returning("id")
      .execute();
    pesertaIds.push(...r.map((x) => x.id));
    const jawaban = potong.flatMap((_, j) =>
      data[i + j].jawaban.map((b, u) => ({
        instansi_id: o.instansiId,
        peserta_id: r[j].id,
        blok: b.blok,
        paling_sesuai: b.palingSesuai,
        paling_tidak_sesuai: b.palingTidakSesuai,
        urutan_klien: u,
        detik: 10,
      })),
    );
    // ≤ 3,000 rows × 7 values per statement: PGlite's protocol parser takes at most 32,767 parameters
    for (let x = 0; x < jawaban.length; x += 3000)
      await db
        .insertInto("jawaban_asesmen")
        .values(jawaban.slice(x, x + 3000))
        .execute();
  }
  return { kampanyeId: k.id, pesertaIds, data };
}
