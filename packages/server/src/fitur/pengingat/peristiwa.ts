/**
 * What is waiting for whom today (docs/pengingat.md): read from the state of
 * the programme, the assessments, Renaksi, audit findings, gifts near their
 * KPK deadline and conflict-of-interest decisions due (`peristiwa-sinergi.ts`),
 * mentoring sessions scheduled (`peristiwa-pendampingan.ts`),
 * never stored.
 * Something done stops appearing, so its reminder stops.
 */
import { KODE_LANGKAH_PERSIAPAN, type KodeLangkahPersiapan } from "@nurani/domain";
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import type { Teks } from "../../http/pesan.ts";
import { peristiwaLanjut } from "./peristiwa-lanjut.ts";
import { peristiwaPendampingan } from "./peristiwa-pendampingan.ts";
import { peristiwaSinergi } from "./peristiwa-sinergi.ts";

export interface Peristiwa {
  penggunaId: string;
  /** The event; with `harian` it is reminded once a day while it stands, else once. */
  kunci: string;
  harian: boolean;
  jenis: string;
  judul: Teks;
  isi?: Teks;
  tautan: string;
  /** The deadline (ISO date or time) where the event has one: shown on the home page's to-do. */
  batas?: string;
}

const NAMA_LANGKAH: Record<KodeLangkahPersiapan, Teks> = {
  pembentukan_tim: { id: "Pembentukan Tim Supervisi", en: "Forming the supervision team" },
  deklarasi_komitmen: { id: "Deklarasi komitmen bersama", en: "Joint commitment declaration" },
  asesmen_awal: { id: "Asesmen awal", en: "Initial assessment" },
  rencana_aksi: { id: "Rencana Aksi dan target SMART", en: "Action plan and SMART targets" },
  rencana_pelatihan: { id: "Rencana pelatihan", en: "Training plan" },
  agen_perubahan: { id: "Penetapan Agen Perubahan", en: "Appointing change agents" },
};

/** Who records each preparation step (Tabel 3; the routes' guards in fitur/program/rute-persiapan.ts). */
const PELAKU: Record<KodeLangkahPersiapan, string[]> = {
  pembentukan_tim: ["ppk"],
  deklarasi_komitmen: ["tim_supervisi"],
  asesmen_awal: ["tim_supervisi"],
  rencana_aksi: ["tim_supervisi"],
  rencana_pelatihan: ["tim_supervisi"],
  agen_perubahan: ["ppk"],
};

async function penggunaBerperan(db: Db, instansiId: string, peran: readonly string[], hanya?: string) {
  if (peran.length === 0) return [];
  const r = await db
    .selectFrom("peran_pengguna as r")
    .innerJoin("pengguna as g", "g.id", "r.pengguna_id")
    .select("r.pengguna_id")
    .distinct()
    .where("r.instansi_id", "=", instansiId)
    .where("r.peran", "in", [...peran])
    .where("g.aktif", "=", true)
    .$if(hanya !== undefined, (q) => q.where("r.pengguna_id", "=", hanya as string))
    .execute();
  return r.map((x) => x.pengguna_id);
}

/** The preparation step each open cycle waits for, and who it waits on (a declaration waits on leaders to sign). */
export async function langkahTertunda(db: Db, instansiId: string) {
  const siklus = await db
    .selectFrom("siklus_program")
    .select(["id", "nama", "dibuat"])
    .where("instansi_id", "=", instansiId)
    .where("ditutup", "is", null)
    .where("pelaksanaan_mulai", "is", null)
    .execute();
  const hasil: {
    siklusId: string;
    siklusNama: string;
    langkah: KodeLangkahPersiapan;
    peran: string[];
    sejak: Date;
    tandaTangan: boolean;
  }[] = [];
  for (const s of siklus) {
    const langkah = await db
      .selectFrom("langkah_persiapan")
      .select(["langkah", "isi", "dicatat"])
      .where("instansi_id", "=", instansiId)
      .where("siklus_id", "=", s.id)
      .where("isi", "is not", null)
      .execute();
    const ada = new Map(langkah.map((l) => [l.langkah, l]));
    let sejak = s.dibuat;
    for (const k of KODE_LANGKAH_PERSIAPAN) {
      const l = ada.get(k);
      if (!l) {
        hasil.push({
          siklusId: s.id,
          siklusNama: s.nama,
          langkah: k,
          peran: PELAKU[k],
          sejak,
          tandaTangan: false,
        });
        break;
      }
      if (k === "deklarasi_komitmen") {
        const ttd = await db
          .selectFrom("tanda_tangan_deklarasi")
          .select("pegawai_id")
          .where("instansi_id", "=", instansiId)
          .where("siklus_id", "=", s.id)
          .where("sebagai", "=", "pimpinan")
          .executeTakeFirst();
        if (!ttd) {
          hasil.push({
            siklusId: s.id,
            siklusNama: s.nama,
            langkah: k,
            peran: ["pimpinan", "ppk"],
            sejak: l.dicatat ?? sejak,
            tandaTangan: true,
          });
          break;
        }
      }
      sejak = l.dicatat ?? sejak;
    }
  }
  return hasil;
}

const tgl = (d: Date, zona: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zona }).format(d);

/** Every reminder due in the agency on `hariIni` (its calendar date); with `hanya`, only that user's (the home to-do). */
export async function peristiwaHariIni(
  db: Db,
  instansiId: string,
  kini: Date,
  zona: string,
  hanya?: string,
): Promise<Peristiwa[]> {
  const hariIni = tgl(kini, zona);
  const tigaHari = tgl(new Date(kini.getTime() + 3 * 86_400_000), zona);
  const out: Peristiwa[] = [];

  for (const l of await langkahTertunda(db, instansiId)) {
    const nama = NAMA_LANGKAH[l.langkah];
    for (const penggunaId of await penggunaBerperan(db, instansiId, l.peran, hanya)) {
      out.push({
        penggunaId,
        kunci: `langkah:${l.siklusId}:${l.langkah}`,
        harian: true,
        jenis: l.tandaTangan ? "program.tanda_tangan" : "program.langkah",
        judul: l.tandaTangan
          ? {
              id: `Deklarasi komitmen menunggu tanda tangan: ${l.siklusNama}`,
              en: `Declaration awaiting signature: ${l.siklusNama}`,
            }
          : {
              id: `Langkah persiapan menunggu Anda: ${nama.id}`,
              en: `A preparation step awaits you: ${nama.en}`,
            },
        isi: { id: `Siklus ${l.siklusNama} (Tabel 3).`, en: `Cycle ${l.siklusNama} (Tabel 3).` },
        tautan: l.tandaTangan ? `/program/${l.siklusId}/deklarasi` : `/program/${l.siklusId}`,
      });
    }
  }

  // assessments open for me, not finished; and closing within 3 days
  const asesmen = await db
    .selectFrom("peserta_asesmen as p")
    .innerJoin("kampanye_asesmen as k", (j) =>
      j.onRef("k.instansi_id", "=", "p.instansi_id").onRef("k.id", "=", "p.kampanye_id"),
    )
    .innerJoin("pengguna as g", (j) =>
      j.onRef("g.pegawai_instansi_id", "=", "p.instansi_id").onRef("g.pegawai_id", "=", "p.pegawai_id"),
    )
    .select(["g.id as pengguna_id", "k.id", "k.nama", "k.ditutup"])
    .where("p.instansi_id", "=", instansiId)
    .where("k.status", "=", "aktif")
    .where("p.selesai", "is", null)
    .where("k.dibuka", "<=", kini)
    .where("k.ditutup", ">", kini)
    .$if(hanya !== undefined, (q) => q.where("g.id", "=", hanya as string))
    .execute();
  for (const a of asesmen) {
    const batas = tgl(a.ditutup, zona);
    out.push({
      penggunaId: a.pengguna_id,
      kunci: `asesmen:${a.id}`,
      harian: false,
      jenis: "asesmen.dibuka",
      judul: { id: `Asesmen dibuka untuk Anda: ${a.nama}`, en: `An assessment is open for you: ${a.nama}` },
      isi: { id: `Batas waktu pengisian: ${batas}.`, en: `Deadline: ${batas}.` },
      tautan: `/asesmen-saya/${a.id}`,
      batas: new Date(a.ditutup).toISOString(),
    });
    if (batas <= tigaHari)
      out.push({
        penggunaId: a.pengguna_id,
        kunci: `asesmen_tutup:${a.id}`,
        harian: true,
        jenis: "asesmen.segera_tutup",
        judul: {
          id: `Asesmen segera ditutup (${batas}): ${a.nama}`,
          en: `Assessment closes soon (${batas}): ${a.nama}`,
        },
        tautan: `/asesmen-saya/${a.id}`,
      });
  }

  // my result released (in the last 14 days), or held for review
  const hasil = await db
    .selectFrom("skor_asesmen as s")
    .innerJoin("kampanye_asesmen as k", (j) =>
      j.onRef("k.instansi_id", "=", "s.instansi_id").onRef("k.id", "=", "s.kampanye_id"),
    )
    .innerJoin("pengguna as g", (j) =>
      j.onRef("g.pegawai_instansi_id", "=", "s.instansi_id").onRef("g.pegawai_id", "=", "s.pegawai_id"),
    )
    .select(["g.id as pengguna_id", "k.id", "k.nama", "s.tinjauan"])
    .where("s.instansi_id", "=", instansiId)
    .where("k.hasil_dirilis", "is not", null)
    .where("k.hasil_dirilis", ">", new Date(kini.getTime() - 14 * 86_400_000))
    .where("k.hasil_dirilis", "<=", kini)
    .$if(hanya !== undefined, (q) => q.where("g.id", "=", hanya as string))
    .execute();
  for (const h of hasil) {
    // my answer pattern was flagged: the result waits for the team's review (docs/hasil.md "Pipeline")
    if (h.tinjauan === "menunggu") {
      out.push({
        penggunaId: h.pengguna_id,
        kunci: `hasil_tinjauan:${h.id}`,
        harian: false,
        jenis: "hasil.ditinjau",
        judul: {
          id: `Hasil asesmen Anda ditahan untuk ditinjau: ${h.nama}`,
          en: `Your assessment result is held for review: ${h.nama}`,
        },
        isi: {
          id: "Tim Supervisi meninjau pola jawaban Anda sebelum hasilnya dipakai.",
          en: "The supervision team reviews your answer pattern before the result is used.",
        },
        tautan: "/hasil",
      });
      continue;
    }
    out.push({
      penggunaId: h.pengguna_id,
      kunci: `hasil:${h.id}`,
      harian: false,
      jenis: "hasil.dirilis",
      judul: {
        id: `Hasil asesmen Anda sudah dirilis: ${h.nama}`,
        en: `Your assessment result is released: ${h.nama}`,
      },
      tautan: "/hasil",
    });
  }

  // Renaksi items due within 3 days or late, to the agent
  const renaksi = await db
    .selectFrom("butir_renaksi as b")
    .innerJoin("renaksi as r", (j) =>
      j.onRef("r.instansi_id", "=", "b.instansi_id").onRef("r.id", "=", "b.renaksi_id"),
    )
    .innerJoin("pengguna as g", (j) =>
      j.onRef("g.pegawai_instansi_id", "=", "r.instansi_id").onRef("g.pegawai_id", "=", "r.agen_id"),
    )
    .select(["g.id as pengguna_id", "b.id", "b.uraian", "b.tenggat", "r.judul"])
    .where("b.instansi_id", "=", instansiId)
    .where("b.status", "!=", "selesai")
    .where("b.tenggat", "<=", sql<string>`${tigaHari}::date`)
    .$if(hanya !== undefined, (q) => q.where("g.id", "=", hanya as string))
    .execute();
  for (const b of renaksi) {
    const tenggat = String(b.tenggat).slice(0, 10);
    const lewat = tenggat < hariIni;
    out.push({
      penggunaId: b.pengguna_id,
      kunci: `renaksi:${b.id}`,
      harian: true,
      jenis: "renaksi.tenggat",
      judul: lewat
        ? {
            id: `Butir Renaksi terlambat (tenggat ${tenggat}): ${b.uraian.slice(0, 80)}`,
            en: `Renaksi item late (due ${tenggat}): ${b.uraian.slice(0, 80)}`,
          }
        : {
            id: `Tenggat butir Renaksi ${tenggat}: ${b.uraian.slice(0, 80)}`,
            en: `Renaksi item due ${tenggat}: ${b.uraian.slice(0, 80)}`,
          },
      isi: { id: `Renaksi: ${b.judul}`, en: `Renaksi: ${b.judul}` },
      tautan: "/renaksi",
      batas: tenggat,
    });
  }

  // open audit findings due within 3 days or late, to the PPK (the head follows them up)
  const temuan = await db
    .selectFrom("temuan_audit")
    .select(["id", "judul", "batas_waktu"])
    .where("instansi_id", "=", instansiId)
    .where("status", "=", "terbuka")
    .where("batas_waktu", "<=", sql<string>`${tigaHari}::date`)
    .execute();
  if (temuan.length > 0) {
    const ppk = await penggunaBerperan(db, instansiId, ["ppk"], hanya);
    for (const t of temuan)
      for (const penggunaId of ppk) {
        const batas = String(t.batas_waktu).slice(0, 10);
        out.push({
          penggunaId,
          kunci: `temuan:${t.id}`,
          harian: true,
          jenis: "audit.tenggat",
          judul: {
            id: `Tindak lanjut temuan audit (batas ${batas}): ${t.judul}`,
            en: `Audit finding follow-up (due ${batas}): ${t.judul}`,
          },
          tautan: "/monev",
          batas,
        });
      }
  }
  out.push(...(await peristiwaLanjut(db, instansiId, kini, zona, hanya)));
  out.push(...(await peristiwaPendampingan(db, instansiId, hariIni, { hanya })));

  out.push(
    ...(await peristiwaSinergi(
      db,
      instansiId,
      hariIni,
      tigaHari,
      (peran) => penggunaBerperan(db, instansiId, peran, hanya),
      hanya,
    )),
  );
  return out;
}
