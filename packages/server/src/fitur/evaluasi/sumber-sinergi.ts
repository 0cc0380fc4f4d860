/**
 * The institutional-synergy sources of the worksheet (Tabel 2 II; docs/sinergi.md
 * "available to the national evaluation worksheet as a computed
 * indicator"; `SUMBER_DATA_LKE` keys `sinergi.*`), computed from the agency's
 * registers for the period's year with the records as evidence. The worksheet
 * v1 asks them as the agency's answers (component D): these values prefill
 * the unanswered ones (`isiDariRegister`), the agency keeps the last word and
 * uploads its evidence as before. A source the registers cannot tell (no
 * merit index entered, no ZI record) gives no value and stays by hand.
 */
import type { HurufSkala, IsiLke } from "@nurani/domain";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { indikatorTahun } from "../sinergi/index.ts";
import type { Db, NilaiDihitung } from "./kueri.ts";

/** KASN's merit categories on the 100–400 scale (Peraturan KASN 9/2019), or the category text entered. */
export function hurufMerit(nilai: number, kategori: string | null): HurufSkala {
  const k = (kategori ?? "").toLowerCase();
  if (k.includes("sangat baik")) return "A";
  if (k.includes("baik")) return "B";
  if (k.includes("kurang")) return "C";
  if (k.includes("buruk")) return "D";
  return nilai >= 325 ? "A" : nilai >= 250 ? "B" : nilai >= 175 ? "C" : "D";
}

const bukti = (jenis: string, id: string, nama: string) => ({ jenis, id, nama });

export async function hitungSumberSinergi(
  db: Db,
  instansiId: string,
  tahun: number,
  kini: string,
  libur: ReadonlySet<string>,
): Promise<Record<string, NilaiDihitung>> {
  // every route runs in its transaction (http/route.ts); the registers' reads are typed for one
  const t = await indikatorTahun(db as Transaction<Database>, instansiId, tahun, kini, libur);
  const out: Record<string, NilaiDihitung> = {};
  const kode = await db
    .selectFrom("kode_etik")
    .select(["id", "versi", "judul", "nomor_sk"])
    .where("instansi_id", "=", instansiId)
    .where("status", "=", "terbit")
    .where(sql<boolean>`extract(year from terbit) <= ${tahun}`)
    .orderBy("versi", "desc")
    .limit(1)
    .executeTakeFirst();
  const buktiKode = kode ? [bukti("kode_etik", kode.id, `${kode.judul} (versi ${kode.versi})`)] : [];
  out["sinergi.kode_etik_ditetapkan"] = {
    nilai: Boolean(kode?.nomor_sk),
    keterangan: kode
      ? `Kode etik "${kode.judul}" versi ${kode.versi} terbit${kode.nomor_sk ? ` dengan SK ${kode.nomor_sk}` : " tanpa nomor SK"}`
      : `Belum ada kode etik yang diterbitkan sampai ${tahun}`,
    bukti: buktiKode,
  };
  out["sinergi.atestasi_kode_etik"] = {
    nilai: t.atestasi.persen,
    keterangan: `${t.atestasi.jumlah} dari ${t.atestasi.pegawai} pegawai aktif menyatakan kode etik tahun ${tahun}`,
    bukti: buktiKode,
  };
  const merit = await db
    .selectFrom("indeks_merit")
    .select(["tahun", sql<number>`nilai::float8`.as("nilai"), "kategori"])
    .where("instansi_id", "=", instansiId)
    .where("tahun", "<=", tahun)
    .orderBy("tahun", "desc")
    .limit(1)
    .executeTakeFirst();
  if (merit) {
    const n = Number(merit.nilai);
    out["sinergi.sistem_merit"] = {
      nilai: hurufMerit(n, merit.kategori),
      keterangan: `Indeks sistem merit ${merit.tahun}: ${n}${merit.kategori ? ` (${merit.kategori})` : ""}`,
      bukti: [bukti("indeks_merit", String(merit.tahun), `Indeks merit ${merit.tahun}`)],
    };
    out["sinergi.indeks_merit"] = { ...out["sinergi.sistem_merit"], nilai: n };
  }
  const unitZi = await db
    .selectFrom("zona_integritas as z")
    .innerJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "z.instansi_id").onRef("u.id", "=", "z.unit_id"),
    )
    .select(["z.unit_id", "u.nama", "z.tahun", "z.status", "z.nomor_sk"])
    .where("z.instansi_id", "=", instansiId)
    .where("z.tahun", "<=", tahun)
    .orderBy("z.tahun", "desc")
    .execute();
  if (unitZi.length > 0) {
    const { wbbm, wbk, diusulkan } = t.zi;
    out["sinergi.zona_integritas"] = {
      nilai: wbbm > 0 ? "A" : wbk > 0 ? "B" : diusulkan > 0 ? "C" : null,
      keterangan: `Unit ZI sampai ${tahun}: ${wbbm} WBBM, ${wbk} WBK, ${diusulkan} diusulkan`,
      bukti: unitZi.map((z) =>
        bukti(
          "zona_integritas",
          `${z.unit_id}:${z.tahun}`,
          `${z.nama} ${z.tahun}: ${z.status.toUpperCase()}`,
        ),
      ),
    };
    out["sinergi.zi_unit"] = { ...out["sinergi.zona_integritas"], nilai: wbbm + wbk };
  }
  if (t.lhkasn.wajib > 0)
    out["sinergi.lhkasn_patuh"] = {
      nilai: t.lhkasn.persen,
      keterangan: `${t.lhkasn.lapor} dari ${t.lhkasn.wajib} wajib lapor LHKPN/LHKASN ${tahun} telah melapor`,
      bukti: [bukti("kewajiban_lhkasn", String(tahun), `Daftar wajib lapor ${tahun}`)],
    };
  const pemegang = async (peran: string) =>
    (
      await db
        .selectFrom("peran_pengguna")
        .select(sql<number>`count(*)::int`.as("n"))
        .where("instansi_id", "=", instansiId)
        .where("peran", "=", peran)
        .executeTakeFirstOrThrow()
    ).n;
  // "100 when there was none" (the question's own rule) only when the register is kept: its handlers exist
  if (t.gratifikasi.jumlah > 0 || (await pemegang("pengelola_upg")) > 0)
    out["sinergi.gratifikasi_tepat_waktu"] = {
      nilai: t.gratifikasi.jumlah === 0 ? 100 : t.gratifikasi.persenTepatWaktu,
      keterangan:
        t.gratifikasi.jumlah === 0
          ? `Tidak ada laporan gratifikasi tahun ${tahun}`
          : `${t.gratifikasi.tepatWaktu} dari ${t.gratifikasi.jumlah} laporan gratifikasi ${tahun} dalam 30 hari kerja`,
      bukti: [bukti("gratifikasi", String(tahun), `Register gratifikasi ${tahun}`)],
    };
  const nWbs = await pemegang("pengelola_wbs");
  out["sinergi.wbs_ada"] = {
    nilai: nWbs > 0,
    keterangan: `Kanal WBS /wbs/<kode instansi> dengan ${nWbs} pengelola WBS`,
    bukti: [bukti("wbs", "kanal", "Kanal pengaduan WBS")],
  };
  if (t.wbs.jumlah > 0 || nWbs > 0)
    out["sinergi.wbs_selesai"] = {
      nilai: t.wbs.jumlah === 0 ? 100 : t.wbs.persenDitutup,
      keterangan:
        t.wbs.jumlah === 0
          ? `Tidak ada pengaduan WBS tahun ${tahun}`
          : `${t.wbs.ditutup} dari ${t.wbs.jumlah} pengaduan WBS ${tahun} ditutup`,
      bukti: [bukti("wbs", String(tahun), `Register WBS ${tahun} (tanpa isi)`)],
    };
  const buktiBk = [bukti("bk_deklarasi", String(tahun), `Register benturan kepentingan ${tahun}`)];
  const terlambat = t.benturan.jatuhTempo - t.benturan.tepatWaktu;
  out["sinergi.benturan_kepentingan"] = {
    nilai: t.benturan.jumlah > 0 && terlambat === 0,
    keterangan: `${t.benturan.jumlah} deklarasi ${tahun}; ${t.benturan.tepatWaktu} dari ${t.benturan.jatuhTempo} jatuh tempo diputuskan tepat waktu`,
    bukti: buktiBk,
  };
  if (t.benturan.jatuhTempo > 0)
    out["sinergi.bk_tepat_waktu"] = {
      nilai: t.benturan.persenTepatWaktu,
      keterangan: out["sinergi.benturan_kepentingan"].keterangan,
      bukti: buktiBk,
    };
  out["sinergi.disiplin_per100"] = {
    nilai: t.disiplin.per100,
    keterangan: `${t.disiplin.jumlah} kasus disiplin ${tahun} atas ${t.disiplin.pegawai} pegawai aktif`,
    bukti: [bukti("kasus_disiplin", String(tahun), `Register disiplin ${tahun}`)],
  };
  return out;
}

/**
 * The worksheet's agency-answered questions that a register can answer get
 * the register's value while unanswered (a draft only): a prefill, the
 * agency may change it. Returns the question codes filled.
 */
export function isiDariRegister(
  isi: IsiLke,
  jawaban: Record<string, unknown>,
  dihitung: Record<string, NilaiDihitung>,
): string[] {
  const diisi: string[] = [];
  for (const k of isi.komponen)
    for (const ind of k.indikator) {
      if (ind.pengisian !== "dijawab") continue;
      for (const p of ind.pertanyaan) {
        const v = p.sumberData ? dihitung[p.sumberData]?.nilai : undefined;
        if (v === undefined || v === null || p.kode in jawaban) continue;
        jawaban[p.kode] = v;
        diisi.push(p.kode);
      }
    }
  return diisi;
}
