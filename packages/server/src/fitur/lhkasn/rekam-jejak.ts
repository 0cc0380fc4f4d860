/**
 * The LHKPN/LHKASN list feeds the track record (docs/sinergi.md): an
 * obligation not reported writes a "tidak_lapor" entry (`asal`
 * kewajiban_lhkasn, `rujukan` year:kind:employee, so a re-import keeps one);
 * a later list showing it reported turns that entry into "terlambat".
 * Compliant employees without an earlier entry get none. Never the test result.
 */
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { catatEntriRekamJejak } from "../nontes/index.ts";

export async function rekamJejakLhkasn(
  db: Transaction<Database>,
  instansiId: string,
  tahun: number,
  baris: { pegawaiId: string; jenis: "LHKPN" | "LHKASN"; tanggalLapor: string | null }[],
  hariIni: string,
  olehPenggunaId: string | null,
): Promise<number> {
  const ada = new Set(
    (
      await db
        .selectFrom("entri_rekam_jejak")
        .select("rujukan")
        .where("instansi_id", "=", instansiId)
        .where("asal", "=", "kewajiban_lhkasn")
        .where("rujukan", "like", `${tahun}:%`)
        .execute()
    ).map((r) => r.rujukan),
  );
  let n = 0;
  for (const b of baris) {
    const rujukan = `${tahun}:${b.jenis}:${b.pegawaiId}`;
    if (b.tanggalLapor && !ada.has(rujukan)) continue;
    await catatEntriRekamJejak(
      db,
      instansiId,
      {
        pegawaiId: b.pegawaiId,
        rincian: { jenis: "lhkasn", status: b.tanggalLapor ? "terlambat" : "tidak_lapor" },
        sumber: "kepegawaian",
        tanggal: b.tanggalLapor ?? hariIni,
        keterangan: b.tanggalLapor
          ? `${b.jenis} ${tahun} dilaporkan ${b.tanggalLapor}`
          : `${b.jenis} ${tahun} belum dilaporkan menurut daftar yang diimpor ${hariIni}`,
        asal: "kewajiban_lhkasn",
        rujukan,
      },
      olehPenggunaId,
    );
    n += 1;
  }
  return n;
}
