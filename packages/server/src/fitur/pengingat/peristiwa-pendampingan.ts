/**
 * Mentoring, coaching and counseling sessions scheduled (Tabel 2 I.3 and III.2; docs/pengingat.md): both people in a session not yet past are told once that it is scheduled
 * (again if its date moves), and once more on the day before or the day itself. The message names
 * the kind, the date and the other person only: never the topic or notes (docs/komunitas.md
 * "Privacy rules").
 */
import type { Db } from "../../db/factory.ts";
import type { Teks } from "../../http/pesan.ts";
import type { Peristiwa } from "./peristiwa.ts";

const NAMA_JENIS: Record<string, Teks> = {
  mentoring: { id: "Mentoring", en: "Mentoring" },
  coaching: { id: "Coaching", en: "Coaching" },
  konseling: { id: "Konseling", en: "Counseling" },
};

const tambahHari = (hari: string, n: number) =>
  new Date(Date.parse(`${hari}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The sessions from `hariIni` on; with `sesiId`, that session only (told at once when recorded). */
export async function peristiwaPendampingan(
  db: Db,
  instansiId: string,
  hariIni: string,
  o: { hanya?: string; sesiId?: string } = {},
): Promise<Peristiwa[]> {
  const sesi = await db
    .selectFrom("sesi_pendampingan as s")
    .innerJoin("pegawai as m", (j) =>
      j.onRef("m.instansi_id", "=", "s.instansi_id").onRef("m.id", "=", "s.pendamping_id"),
    )
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "s.instansi_id").onRef("p.id", "=", "s.pegawai_id"),
    )
    .select([
      "s.id",
      "s.jenis",
      "s.tanggal",
      "s.pendamping_id",
      "s.pegawai_id",
      "m.nama as m_nama",
      "p.nama as p_nama",
    ])
    .where("s.instansi_id", "=", instansiId)
    .where("s.tanggal", ">=", hariIni)
    .$if(o.sesiId !== undefined, (q) => q.where("s.id", "=", o.sesiId as string))
    .execute();
  if (sesi.length === 0) return [];
  const pegawaiIds = [...new Set(sesi.flatMap((s) => [s.pendamping_id, s.pegawai_id]))];
  const akun = await db
    .selectFrom("pengguna")
    .select(["id", "pegawai_id"])
    .where("pegawai_instansi_id", "=", instansiId)
    .where("pegawai_id", "in", pegawaiIds)
    .where("aktif", "=", true)
    .$if(o.hanya !== undefined, (q) => q.where("id", "=", o.hanya as string))
    .execute();
  const penggunaDari = new Map(akun.map((a) => [a.pegawai_id as string, a.id]));
  const besok = tambahHari(hariIni, 1);
  const out: Peristiwa[] = [];
  for (const s of sesi) {
    const tanggal = String(s.tanggal).slice(0, 10);
    const jenis = NAMA_JENIS[s.jenis] ?? { id: s.jenis, en: s.jenis };
    const pihak = [
      { pegawaiId: s.pegawai_id, lawan: s.m_nama, sebagai: { id: "bersama", en: "with" } },
      { pegawaiId: s.pendamping_id, lawan: s.p_nama, sebagai: { id: "mendampingi", en: "mentoring" } },
    ];
    for (const x of pihak) {
      const penggunaId = penggunaDari.get(x.pegawaiId);
      if (!penggunaId) continue;
      const dasar = {
        penggunaId,
        harian: false,
        isi: {
          id: `${jenis.id} ${x.sebagai.id} ${x.lawan}, ${tanggal}.`,
          en: `${jenis.en} ${x.sebagai.en} ${x.lawan}, ${tanggal}.`,
        },
        tautan: "/pendampingan",
        batas: tanggal,
      };
      out.push({
        ...dasar,
        kunci: `pendampingan:${s.id}:${tanggal}`,
        jenis: "pendampingan.dijadwalkan",
        judul: {
          id: `Sesi ${jenis.id.toLowerCase()} dijadwalkan ${tanggal}`,
          en: `${jenis.en} session scheduled for ${tanggal}`,
        },
      });
      if (tanggal <= besok)
        out.push({
          ...dasar,
          kunci: `pendampingan_dekat:${s.id}:${tanggal}`,
          jenis: "pendampingan.segera",
          judul:
            tanggal === hariIni
              ? { id: `Sesi ${jenis.id.toLowerCase()} hari ini`, en: `${jenis.en} session today` }
              : {
                  id: `Sesi ${jenis.id.toLowerCase()} besok (${tanggal})`,
                  en: `${jenis.en} session tomorrow (${tanggal})`,
                },
        });
    }
  }
  return out;
}
