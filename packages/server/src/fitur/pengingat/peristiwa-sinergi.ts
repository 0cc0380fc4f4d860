/**
 * The institutional-synergy reminders (docs/pengingat.md):
 * a gift received and reported to the UPG but not yet forwarded or handled,
 * whose KPK deadline (30 working days, UU 31/1999 jo. UU 20/2001 Pasal 12C;
 * the `hari_libur` calendar) is within the warning window or past — to the
 * employee and to the agency's UPG officers; and a conflict-of-interest
 * declaration awaiting its decision, due within 3 days or late — to the
 * superior who decides. Read from the registers' state: once forwarded or
 * decided, the reminder stops.
 */
import { tenggatGratifikasi } from "@nurani/domain";
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import { batasTerimaPeringatan, muatLibur } from "../gratifikasi/index.ts";
import type { Peristiwa } from "./peristiwa.ts";

export async function peristiwaSinergi(
  db: Db,
  instansiId: string,
  hariIni: string,
  tigaHari: string,
  penggunaBerperan: (peran: readonly string[]) => Promise<string[]>,
  hanya?: string,
): Promise<Peristiwa[]> {
  const out: Peristiwa[] = [];
  const libur = await muatLibur(db);
  const hadiah = await db
    .selectFrom("gratifikasi as x")
    .leftJoin("pengguna as g", (j) =>
      j.onRef("g.pegawai_instansi_id", "=", "x.instansi_id").onRef("g.pegawai_id", "=", "x.pegawai_id"),
    )
    .select(["x.id", "x.nomor", "x.tanggal_terima", "g.id as pengguna_id"])
    .where("x.instansi_id", "=", instansiId)
    .where("x.status", "=", "dilaporkan")
    .where("x.jenis", "=", "diterima")
    .where("x.tanggal_terima", "<=", batasTerimaPeringatan(hariIni, libur))
    .execute();
  const upg = hadiah.length > 0 ? await penggunaBerperan(["pengelola_upg"]) : [];
  for (const h of hadiah) {
    const t = tenggatGratifikasi(h.tanggal_terima, hariIni, libur);
    const lewat = t.sisaHariKerja < 0;
    const judul = lewat
      ? {
          id: `Gratifikasi ${h.nomor} melewati batas lapor KPK (${t.batas})`,
          en: `Gift ${h.nomor} is past its KPK reporting deadline (${t.batas})`,
        }
      : {
          id: `Batas lapor KPK gratifikasi ${h.nomor}: ${t.batas} (${t.sisaHariKerja} hari kerja lagi)`,
          en: `KPK deadline of gift ${h.nomor}: ${t.batas} (${t.sisaHariKerja} working days left)`,
        };
    const isi = {
      id: "Pasal 12C UU 31/1999 jo. UU 20/2001: 30 hari kerja sejak diterima.",
      en: "Pasal 12C UU 31/1999 jo. UU 20/2001: 30 working days from receipt.",
    };
    const penerima: [string, string][] = [
      ...(h.pengguna_id ? [[h.pengguna_id, "/gratifikasi-saya"] as [string, string]] : []),
      ...upg.map((u) => [u, "/gratifikasi"] as [string, string]),
    ];
    const sudah = new Set<string>();
    for (const [penggunaId, tautan] of penerima) {
      if (sudah.has(penggunaId) || (hanya !== undefined && penggunaId !== hanya)) continue;
      sudah.add(penggunaId);
      out.push({
        penggunaId,
        kunci: `gratifikasi:${h.id}`,
        harian: true,
        jenis: "gratifikasi.tenggat",
        judul,
        isi,
        tautan,
        batas: t.batas,
      });
    }
  }

  const bk = await db
    .selectFrom("bk_deklarasi as d")
    .innerJoin("pengguna as g", (j) =>
      j
        .onRef("g.pegawai_instansi_id", "=", "d.instansi_id")
        .onRef("g.pegawai_id", "=", "d.atasan_pegawai_id"),
    )
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "d.instansi_id").onRef("p.id", "=", "d.pegawai_id"),
    )
    .select(["d.id", "d.tenggat", "p.nama", "g.id as pengguna_id"])
    .where("d.instansi_id", "=", instansiId)
    .where("d.status", "=", "menunggu")
    .where("d.tenggat", "<=", sql<string>`${tigaHari}::date`)
    .where("g.aktif", "=", true)
    .$if(hanya !== undefined, (q) => q.where("g.id", "=", hanya as string))
    .execute();
  for (const d of bk) {
    const tenggat = String(d.tenggat).slice(0, 10);
    const lewat = tenggat < hariIni;
    out.push({
      penggunaId: d.pengguna_id,
      kunci: `benturan:${d.id}`,
      harian: true,
      jenis: "benturan.tenggat",
      judul: lewat
        ? {
            id: `Keputusan benturan kepentingan terlambat (tenggat ${tenggat}): ${d.nama}`,
            en: `Conflict-of-interest decision late (due ${tenggat}): ${d.nama}`,
          }
        : {
            id: `Putuskan deklarasi benturan kepentingan sebelum ${tenggat}: ${d.nama}`,
            en: `Decide the conflict-of-interest declaration by ${tenggat}: ${d.nama}`,
          },
      tautan: "/etik/keputusan",
      batas: tenggat,
    });
  }
  return out;
}
