/**
 * The assessment sources of the worksheet (component C, BAB III.B.3) read
 * from the released campaigns' per-unit sums (`ringkasan_peta`) with the
 * national figures' own functions (fitur/nasional `indeksKampanye`): the
 * agency as a whole, never a person, and nothing below the agency's k
 * (the map's rule). Keys and definitions: domain `SUMBER_DATA_LKE`.
 */
import { indeksKampanye, kampanyeTerakhirDirilis } from "../nasional/index.ts";
import type { Db, NilaiDihitung } from "./kueri.ts";

const satuDesimal = (x: number) => Math.round(10 * x) / 10;
const angka = (x: number) => satuDesimal(x).toLocaleString("id-ID");

export interface SiklusAsesmen {
  id: string;
  nama: string;
  /** The baseline campaign step 3 rests on (Tabel 3 no. 3). */
  kampanyeAwalId: string | null;
  /** The end-of-programme campaign (Tabel 4 no. 5). */
  kampanyeAkhirId: string | null;
}

/**
 * `asesmen.indeks` and `asesmen.level_atas` from the latest released
 * campaign (the one the national dashboard shows); `asesmen.asesmen_akhir`
 * and `asesmen.perubahan` from the latest cycle's baseline and end
 * campaigns. A key without its data is left out ("belum ada data").
 */
export async function hitungSumberAsesmen(
  db: Db,
  instansiId: string,
  siklus: SiklusAsesmen | undefined,
): Promise<Record<string, NilaiDihitung>> {
  const out: Record<string, NilaiDihitung> = {};
  const k = await kampanyeTerakhirDirilis(db, instansiId);
  if (k) {
    const e = await indeksKampanye(db, instansiId, k.id);
    const bukti = [{ jenis: "kampanye_asesmen", id: k.id, nama: k.nama }];
    if (e.nilai !== null && e.bawah !== null && e.atas !== null && e.n !== null && e.level) {
      out["asesmen.indeks"] = {
        nilai: satuDesimal(e.nilai),
        keterangan: `Indeks integritas "${k.nama}": ${angka(e.nilai)} (interval 95 %: ${angka(e.bawah)}–${angka(e.atas)}; ${e.n} hasil dilaporkan)`,
        bukti,
      };
      const [l1, l2, l3, l4] = e.level;
      out["asesmen.level_atas"] = {
        nilai: satuDesimal((100 * (l3 + l4)) / e.n),
        keterangan: `Distribusi level "${k.nama}": level 1 ${l1}, level 2 ${l2}, level 3 ${l3}, level 4 ${l4} dari ${e.n} dinilai`,
        bukti,
      };
    }
  }
  if (!siklus) return out;
  const akhir = siklus.kampanyeAkhirId ? await kampanyeDirilis(db, instansiId, siklus.kampanyeAkhirId) : null;
  out["asesmen.asesmen_akhir"] = {
    nilai: akhir !== null,
    keterangan: akhir
      ? `Asesmen akhir program "${akhir.nama}" dirilis (siklus "${siklus.nama}")`
      : `Asesmen akhir program belum dirilis pada siklus "${siklus.nama}"`,
    bukti: [
      { jenis: "siklus_program", id: siklus.id, nama: siklus.nama },
      ...(akhir ? [{ jenis: "kampanye_asesmen", id: akhir.id, nama: akhir.nama }] : []),
    ],
  };
  const awal = siklus.kampanyeAwalId ? await kampanyeDirilis(db, instansiId, siklus.kampanyeAwalId) : null;
  if (!akhir || !awal) return out;
  const [ia, ib] = [
    await indeksKampanye(db, instansiId, awal.id),
    await indeksKampanye(db, instansiId, akhir.id),
  ];
  if (ia.nilai === null || ib.nilai === null) return out;
  const beda = ib.nilai - ia.nilai;
  out["asesmen.perubahan"] = {
    nilai: satuDesimal(beda),
    keterangan: `Indeks "${akhir.nama}" ${angka(ib.nilai)} − asesmen awal "${awal.nama}" ${angka(ia.nilai)} = ${angka(beda)} poin derajat`,
    bukti: [
      { jenis: "kampanye_asesmen", id: awal.id, nama: awal.nama },
      { jenis: "kampanye_asesmen", id: akhir.id, nama: akhir.nama },
    ],
  };
  return out;
}

async function kampanyeDirilis(db: Db, instansiId: string, id: string) {
  const r = await db
    .selectFrom("kampanye_asesmen")
    .select(["id", "nama"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .where("hasil_dirilis", "is not", null)
    .where("status", "<>", "dibatalkan")
    .executeTakeFirst();
  return r ?? null;
}
