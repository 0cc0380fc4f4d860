/**
 * The community and development part of "everything held about me" (UU 27/2022 Pasal 7; docs/data-saya.md):
 * mentoring sessions I am in, my self-evaluation diary, what I wrote or reported in the
 * forum, campaign posts I wrote or read, interviews I was drawn for, my Renaksi, rewards proposed for
 * me, and my individual development plan. Only rows about me or by me; the other person in a session
 * is named, as both people see it in full (docs/komunitas.md "Privacy rules"). Anonymous public
 * survey answers are held about nobody and are not here.
 */
import type { Db } from "../../db/factory.ts";
import { isoWaktu, isoWaktuAtauNull } from "../../umum/tanggal.ts";
import type { Saya } from "./kueri.ts";

const BATAS = 1000;
const tgl = (x: unknown) => (x == null ? null : String(x instanceof Date ? x.toISOString() : x).slice(0, 10));
const json = (x: unknown) => (typeof x === "string" ? JSON.parse(x) : x);

async function pegawaiSaya(db: Db, instansiId: string, pid: string) {
  const sesi = await db
    .selectFrom("sesi_pendampingan as s")
    .innerJoin("pegawai as m", (j) =>
      j.onRef("m.instansi_id", "=", "s.instansi_id").onRef("m.id", "=", "s.pendamping_id"),
    )
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "s.instansi_id").onRef("p.id", "=", "s.pegawai_id"),
    )
    .select([
      "s.jenis",
      "s.tanggal",
      "s.topik",
      "s.tindakan",
      "s.tindak_lanjut",
      "s.tanggal_tindak_lanjut",
      "s.catatan",
      "s.pendamping_id",
      "m.nama as pendamping",
      "p.nama as pegawai",
    ])
    .where("s.instansi_id", "=", instansiId)
    .where((eb) => eb.or([eb("s.pendamping_id", "=", pid), eb("s.pegawai_id", "=", pid)]))
    .orderBy("s.tanggal", "desc")
    .limit(BATAS)
    .execute();
  const diari = await db
    .selectFrom("evaluasi_diri as e")
    .leftJoin("pegawai as m", (j) =>
      j.onRef("m.instansi_id", "=", "e.instansi_id").onRef("m.id", "=", "e.dibagikan_ke"),
    )
    .select(["e.tanggal", "e.judul", "e.isi", "e.subdimensi", "m.nama as dibagikan_ke", "e.dibagikan_pada"])
    .where("e.instansi_id", "=", instansiId)
    .where("e.pegawai_id", "=", pid)
    .orderBy("e.tanggal", "desc")
    .limit(BATAS)
    .execute();
  const wawancara = await db
    .selectFrom("wawancara as w")
    .innerJoin("sampel_wawancara as s", (j) =>
      j.onRef("s.instansi_id", "=", "w.instansi_id").onRef("s.id", "=", "w.sampel_id"),
    )
    .select(["s.judul", "w.jadwal", "w.pewawancara", "w.status", "w.catatan"])
    .where("w.instansi_id", "=", instansiId)
    .where("w.pegawai_id", "=", pid)
    .limit(BATAS)
    .execute();
  const renaksi = await db
    .selectFrom("butir_renaksi as b")
    .innerJoin("renaksi as r", (j) =>
      j.onRef("r.instansi_id", "=", "b.instansi_id").onRef("r.id", "=", "b.renaksi_id"),
    )
    .select(["r.judul", "b.uraian", "b.tenggat", "b.status", "b.bukti", "b.nilai", "b.komentar_penilai"])
    .where("b.instansi_id", "=", instansiId)
    .where("r.agen_id", "=", pid)
    .orderBy("b.tenggat")
    .limit(BATAS)
    .execute();
  const penghargaan = await db
    .selectFrom("penghargaan")
    .select(["kategori", "alasan", "status", "diusulkan", "tanggal_keputusan", "catatan_keputusan"])
    .where("instansi_id", "=", instansiId)
    .where("pegawai_id", "=", pid)
    .orderBy("diusulkan", "desc")
    .limit(BATAS)
    .execute();
  const rencana = await db
    .selectFrom("rencana_individu")
    .select(["subtahap", "diubah"])
    .where("instansi_id", "=", instansiId)
    .where("pegawai_id", "=", pid)
    .executeTakeFirst();
  const kegiatan = await db
    .selectFrom("kegiatan_rencana as k")
    .leftJoin("pegawai as b", (j) =>
      j.onRef("b.instansi_id", "=", "k.instansi_id").onRef("b.id", "=", "k.pembimbing_id"),
    )
    .select(["k.jenis", "k.kode_templat", "k.judul", "b.nama as pembimbing", "k.tenggat", "k.status"])
    .where("k.instansi_id", "=", instansiId)
    .where("k.pegawai_id", "=", pid)
    .orderBy("k.dibuat")
    .limit(BATAS)
    .execute();
  const kriteria = await db
    .selectFrom("kriteria_individu")
    .select(["kode_item", "dicentang", "dikonfirmasi"])
    .where("instansi_id", "=", instansiId)
    .where("pegawai_id", "=", pid)
    .orderBy("kode_item")
    .execute();
  return {
    pendampingan: sesi.map((s) => ({
      jenis: s.jenis,
      tanggal: tgl(s.tanggal),
      peranSaya: s.pendamping_id === pid ? ("pendamping" as const) : ("pegawai" as const),
      pihakLain: s.pendamping_id === pid ? s.pegawai : s.pendamping,
      topik: s.topik,
      tindakan: s.tindakan,
      tindakLanjut: s.tindak_lanjut,
      tanggalTindakLanjut: tgl(s.tanggal_tindak_lanjut),
      catatan: s.catatan,
    })),
    evaluasiDiri: diari.map((e) => ({
      tanggal: tgl(e.tanggal),
      judul: e.judul,
      isi: e.isi,
      subdimensi: json(e.subdimensi) as string[],
      dibagikanKe: e.dibagikan_ke,
      dibagikanPada: isoWaktuAtauNull(e.dibagikan_pada),
    })),
    wawancara: wawancara.map((w) => ({
      sampel: w.judul,
      jadwal: isoWaktuAtauNull(w.jadwal),
      pewawancara: w.pewawancara,
      status: w.status,
      catatan: json(w.catatan),
    })),
    renaksi: renaksi.map((b) => ({
      renaksi: b.judul,
      uraian: b.uraian,
      tenggat: tgl(b.tenggat),
      status: b.status,
      bukti: b.bukti,
      nilai: b.nilai,
      komentarPenilai: b.komentar_penilai,
    })),
    penghargaan: penghargaan.map((p) => ({
      kategori: p.kategori,
      alasan: p.alasan,
      status: p.status,
      diusulkan: isoWaktu(p.diusulkan),
      tanggalKeputusan: tgl(p.tanggal_keputusan),
      catatanKeputusan: p.catatan_keputusan,
    })),
    rencana: {
      subtahap: rencana?.subtahap ?? null,
      kegiatan: kegiatan.map((k) => ({
        jenis: k.jenis,
        kode: k.kode_templat,
        judul: k.judul,
        pembimbing: k.pembimbing,
        tenggat: tgl(k.tenggat),
        status: k.status,
      })),
      kriteria: kriteria.map((k) => ({
        kode: k.kode_item,
        dicentang: isoWaktu(k.dicentang),
        dikonfirmasi: isoWaktuAtauNull(k.dikonfirmasi),
      })),
    },
  };
}

/** What the account wrote or reported in the forum and campaign posts, and the posts it read. */
async function penggunaSaya(db: Db, instansiId: string, penggunaId: string) {
  const utas = await db
    .selectFrom("utas_forum as u")
    .innerJoin("kategori_forum as k", (j) =>
      j.onRef("k.instansi_id", "=", "u.instansi_id").onRef("k.id", "=", "u.kategori_id"),
    )
    .select(["k.nama as kategori", "u.judul", "u.isi", "u.dibuat", "u.disembunyikan"])
    .where("u.instansi_id", "=", instansiId)
    .where("u.penulis_id", "=", penggunaId)
    .orderBy("u.dibuat", "desc")
    .limit(BATAS)
    .execute();
  const balasan = await db
    .selectFrom("balasan_forum as b")
    .innerJoin("utas_forum as u", (j) =>
      j.onRef("u.instansi_id", "=", "b.instansi_id").onRef("u.id", "=", "b.utas_id"),
    )
    .select(["u.judul as utas", "b.isi", "b.dibuat", "b.disembunyikan"])
    .where("b.instansi_id", "=", instansiId)
    .where("b.penulis_id", "=", penggunaId)
    .orderBy("b.dibuat", "desc")
    .limit(BATAS)
    .execute();
  const laporan = await db
    .selectFrom("laporan_forum as l")
    .innerJoin("utas_forum as u", (j) =>
      j.onRef("u.instansi_id", "=", "l.instansi_id").onRef("u.id", "=", "l.utas_id"),
    )
    .select(["u.judul as utas", "l.alasan", "l.dibuat", "l.selesai"])
    .where("l.instansi_id", "=", instansiId)
    .where("l.pelapor_id", "=", penggunaId)
    .orderBy("l.dibuat", "desc")
    .limit(BATAS)
    .execute();
  const pos = await db
    .selectFrom("pos_kampanye")
    .select(["jenis", "judul", "diterbitkan", "ditarik"])
    .where("instansi_id", "=", instansiId)
    .where("penulis_id", "=", penggunaId)
    .orderBy("diterbitkan", "desc")
    .limit(BATAS)
    .execute();
  const dibaca = await db
    .selectFrom("pos_kampanye_baca as b")
    .innerJoin("pos_kampanye as p", (j) =>
      j.onRef("p.instansi_id", "=", "b.instansi_id").onRef("p.id", "=", "b.pos_id"),
    )
    .select(["p.judul", "b.dibaca", "b.diakui"])
    .where("b.instansi_id", "=", instansiId)
    .where("b.pengguna_id", "=", penggunaId)
    .orderBy("b.dibaca", "desc")
    .limit(BATAS)
    .execute();
  return {
    forum: {
      utas: utas.map((u) => ({
        kategori: u.kategori,
        judul: u.judul,
        isi: u.isi,
        dibuat: isoWaktu(u.dibuat),
        disembunyikan: u.disembunyikan,
      })),
      balasan: balasan.map((b) => ({
        utas: b.utas,
        isi: b.isi,
        dibuat: isoWaktu(b.dibuat),
        disembunyikan: b.disembunyikan,
      })),
      laporan: laporan.map((l) => ({
        utas: l.utas,
        alasan: l.alasan,
        dibuat: isoWaktu(l.dibuat),
        selesai: isoWaktuAtauNull(l.selesai),
      })),
    },
    posKampanye: {
      ditulis: pos.map((p) => ({
        jenis: p.jenis,
        judul: p.judul,
        diterbitkan: isoWaktu(p.diterbitkan),
        ditarik: p.ditarik,
      })),
      dibaca: dibaca.map((b) => ({
        judul: b.judul,
        dibaca: isoWaktu(b.dibaca),
        diakui: isoWaktuAtauNull(b.diakui),
      })),
    },
  };
}

export async function komunitasSaya(db: Db, instansiId: string, s: Saya) {
  const pegawai = s.pegawaiId ? await pegawaiSaya(db, instansiId, s.pegawaiId) : null;
  return {
    ...(await penggunaSaya(db, instansiId, s.penggunaId)),
    pendampingan: pegawai?.pendampingan ?? [],
    evaluasiDiri: pegawai?.evaluasiDiri ?? [],
    wawancara: pegawai?.wawancara ?? [],
    renaksi: pegawai?.renaksi ?? [],
    penghargaan: pegawai?.penghargaan ?? [],
    rencana: pegawai?.rencana ?? { subtahap: null, kegiatan: [], kriteria: [] },
  };
}
