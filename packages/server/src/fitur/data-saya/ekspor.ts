/**
 * "Download everything held about me" (UU 27/2022 Pasal 7 and 13: the right
 * to access and obtain one's personal data): one JSON document and a
 * readable PDF of the same (pdfmake, standard fonts).
 */
import { createRequire } from "node:module";
import { NAMA_PERAN, type Peran } from "@nurani/domain";
import type { Db } from "../../db/factory.ts";
import { type FontPdf, pencetakPdf } from "../../pdf/pdfmake.ts";
import { hasilSkorJson } from "../../umum/skor-tersimpan.ts";
import { isoWaktu, isoWaktuAtauNull } from "../../umum/tanggal.ts";
import { komunitasSaya } from "./ekspor-komunitas.ts";
import { pembacaanSaya, persetujuanSaya, type Saya } from "./kueri.ts";

const BATAS = 1000;
const json = (x: unknown) => (typeof x === "string" ? JSON.parse(x) : x);

export async function semuaDataSaya(db: Db, instansiId: string, s: Saya) {
  const akun = await db
    .selectFrom("pengguna")
    .select(["username", "nama", "bahasa", "totp_aktif", "login_terakhir", "dibuat"])
    .where("id", "=", s.penggunaId)
    .executeTakeFirstOrThrow();
  const peran = await db
    .selectFrom("peran_pengguna")
    .select(["peran", "dari_admin", "dibuat"])
    .where("instansi_id", "=", instansiId)
    .where("pengguna_id", "=", s.penggunaId)
    .execute();
  const pegawai = s.pegawaiId
    ? await db
        .selectFrom("pegawai as p")
        .leftJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
        )
        .select([
          "p.nip",
          "p.nama",
          "u.nama as unit",
          "p.jabatan",
          "p.jenis_jabatan",
          "p.golongan",
          "p.email",
          "p.telepon",
          "p.jenis_kelamin",
          "p.tanggal_lahir",
          "p.tmt_cpns",
          "p.aktif",
        ])
        .where("p.instansi_id", "=", instansiId)
        .where("p.id", "=", s.pegawaiId)
        .executeTakeFirst()
    : undefined;
  const pid = s.pegawaiId ?? "00000000-0000-0000-0000-000000000000";
  const hasil = await db
    .selectFrom("skor_asesmen as s")
    .innerJoin("kampanye_asesmen as k", (j) =>
      j.onRef("k.instansi_id", "=", "s.instansi_id").onRef("k.id", "=", "s.kampanye_id"),
    )
    .select(["k.nama", "s.derajat", "s.level", hasilSkorJson("s").as("hasil"), "s.dihitung"])
    .where("s.instansi_id", "=", instansiId)
    .where("s.pegawai_id", "=", pid)
    .where("k.hasil_dirilis", "is not", null)
    .orderBy("s.dihitung", "desc")
    .execute();
  const jawaban = await db
    .selectFrom("jawaban_asesmen as j")
    .innerJoin("peserta_asesmen as p", (x) =>
      x.onRef("p.instansi_id", "=", "j.instansi_id").onRef("p.id", "=", "j.peserta_id"),
    )
    .innerJoin("kampanye_asesmen as k", (x) =>
      x.onRef("k.instansi_id", "=", "p.instansi_id").onRef("k.id", "=", "p.kampanye_id"),
    )
    .select(["k.nama as kampanye", "j.blok", "j.paling_sesuai", "j.paling_tidak_sesuai", "j.disimpan"])
    .where("j.instansi_id", "=", instansiId)
    .where("p.pegawai_id", "=", pid)
    .orderBy("j.disimpan")
    .limit(BATAS)
    .execute();
  const nontes = await db
    .selectFrom("hasil_nontes as h")
    .innerJoin("periode_nontes as p", (j) =>
      j.onRef("p.instansi_id", "=", "h.instansi_id").onRef("p.id", "=", "h.periode_id"),
    )
    .select(["p.judul", "h.hasil", "h.dihitung"])
    .where("h.instansi_id", "=", instansiId)
    .where("h.pegawai_id", "=", pid)
    .execute();
  const notifikasi = await db
    .selectFrom("notifikasi")
    .select(["jenis", "judul", "dibuat", "dibaca"])
    .where("instansi_id", "=", instansiId)
    .where("pengguna_id", "=", s.penggunaId)
    .orderBy("dibuat", "desc")
    .limit(BATAS)
    .execute();
  const aktivitas = await db
    .selectFrom("audit_log")
    .select(["waktu", "aksi", "objek_jenis", "objek_id"])
    .where("instansi_id", "=", instansiId)
    .where("pengguna_id", "=", s.penggunaId)
    .orderBy("waktu", "desc")
    .limit(BATAS)
    .execute();
  return {
    dibuat: new Date().toISOString(),
    akun: {
      username: akun.username,
      nama: akun.nama,
      bahasa: akun.bahasa,
      totpAktif: akun.totp_aktif,
      loginTerakhir: isoWaktuAtauNull(akun.login_terakhir),
      dibuat: isoWaktu(akun.dibuat),
      peran: peran.map((p) => ({ peran: p.peran, dariAdmin: p.dari_admin, sejak: isoWaktu(p.dibuat) })),
    },
    pegawai: pegawai ?? null,
    persetujuan: await persetujuanSaya(db, instansiId, s),
    hasilAsesmen: hasil.map((h) => ({
      kampanye: h.nama,
      derajat: h.derajat,
      level: h.level,
      dihitung: isoWaktu(h.dihitung),
      rinci: json(h.hasil),
    })),
    jawabanAsesmen: jawaban.map((j) => ({
      kampanye: j.kampanye,
      blok: j.blok,
      palingSesuai: j.paling_sesuai,
      palingTidakSesuai: j.paling_tidak_sesuai,
      disimpan: isoWaktu(j.disimpan),
    })),
    hasilNontes: nontes.map((n) => ({
      periode: n.judul,
      hasil: json(n.hasil),
      dihitung: isoWaktu(n.dihitung),
    })),
    pembacaanHasil: (await pembacaanSaya(db, instansiId, s, { page: 1, pageSize: BATAS })).items,
    // mentoring, diary, forum, campaign posts, interviews, Renaksi, rewards, development plan
    komunitas: await komunitasSaya(db, instansiId, s),
    notifikasi: notifikasi.map((n) => ({
      jenis: n.jenis,
      judul: n.judul,
      dibuat: isoWaktu(n.dibuat),
      dibaca: isoWaktuAtauNull(n.dibaca),
    })),
    aktivitasSaya: aktivitas.map((a) => ({
      waktu: isoWaktu(a.waktu),
      aksi: a.aksi,
      objek: a.objek_jenis,
      objekId: a.objek_id,
    })),
  };
}

export type DataSaya = Awaited<ReturnType<typeof semuaDataSaya>>;

const req = createRequire(import.meta.url);
const HELVETICA = req("pdfmake/standard-fonts/Helvetica.js") as FontPdf;
const STANDAR = new Set(["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"]);
/** The standard PDF fonts are WinAnsi: keep the text to characters they have. */
const aman = (s: unknown) =>
  String(s ?? "-")
    .replace(/[–—]/g, "-")
    .replace(/[^\x20-\x7E\u00A0-\u00FF\n]/g, "");
const wkt = (s: string | null) => (s ? s.replace("T", " ").slice(0, 16) : "-");

function tabel(kepala: string[], baris: unknown[][]) {
  return {
    table: {
      headerRows: 1,
      widths: kepala.map(() => "*"),
      body: [kepala.map((k) => ({ text: k, bold: true })), ...baris.map((b) => b.map(aman))],
    },
    layout: "lightHorizontalLines",
    fontSize: 8,
    margin: [0, 2, 0, 10],
  };
}

/** The community and development sections of the PDF (the JSON has every field). */
function bagianKomunitas(k: DataSaya["komunitas"]): unknown[] {
  const h = (t: string) => ({ text: t, style: "h" });
  const potong = (t: string | null, n = 300) => (t && t.length > n ? `${t.slice(0, n)}...` : (t ?? "-"));
  return [
    h("Rencana pengembangan saya"),
    { text: aman(`Sub-tahap: ${k.rencana.subtahap ?? "-"}`), fontSize: 9 },
    tabel(
      ["Kegiatan", "Jenis", "Pembimbing", "Tenggat", "Status"],
      k.rencana.kegiatan.map((x) => [x.judul, x.jenis, x.pembimbing, x.tenggat, x.status]),
    ),
    tabel(
      ["Kriteria", "Dicentang", "Dikonfirmasi atasan"],
      k.rencana.kriteria.map((x) => [x.kode, wkt(x.dicentang), wkt(x.dikonfirmasi)]),
    ),
    h("Pendampingan (mentoring, coaching, konseling)"),
    tabel(
      ["Tanggal", "Jenis", "Sebagai", "Dengan", "Topik", "Tindak lanjut"],
      k.pendampingan.map((x) => [
        x.tanggal,
        x.jenis,
        x.peranSaya,
        x.pihakLain,
        x.topik,
        potong(x.tindakLanjut),
      ]),
    ),
    h("Evaluasi diri"),
    tabel(
      ["Tanggal", "Judul", "Isi", "Dibagikan ke"],
      k.evaluasiDiri.map((x) => [x.tanggal, x.judul, potong(x.isi), x.dibagikanKe]),
    ),
    h("Forum"),
    tabel(
      ["Dibuat", "Utas", "Tulisan saya"],
      [
        ...k.forum.utas.map((x) => [wkt(x.dibuat), x.judul, potong(x.isi)]),
        ...k.forum.balasan.map((x) => [wkt(x.dibuat), x.utas, potong(x.isi)]),
      ],
    ),
    {
      text: aman(
        `Laporan forum yang saya kirim: ${k.forum.laporan.length}; pos kampanye yang saya tulis: ${k.posKampanye.ditulis.length}, yang saya baca: ${k.posKampanye.dibaca.length} (rinciannya di berkas JSON).`,
      ),
      fontSize: 9,
      margin: [0, 0, 0, 10],
    },
    h("Wawancara, Renaksi dan penghargaan"),
    tabel(
      ["Wawancara", "Jadwal", "Status"],
      k.wawancara.map((x) => [x.sampel, wkt(x.jadwal), x.status]),
    ),
    tabel(
      ["Renaksi", "Butir", "Tenggat", "Status", "Nilai"],
      k.renaksi.map((x) => [x.renaksi, potong(x.uraian, 120), x.tenggat, x.status, x.nilai]),
    ),
    tabel(
      ["Penghargaan", "Alasan", "Status", "Keputusan"],
      k.penghargaan.map((x) => [x.kategori, potong(x.alasan, 160), x.status, x.tanggalKeputusan]),
    ),
  ];
}

/** The readable PDF of the same data (the JSON has every field; the PDF the parts a person reads). */
export async function dataSayaPdf(d: DataSaya): Promise<Buffer> {
  const h = (t: string) => ({ text: t, style: "h" });
  const namaPeran = (p: string) => NAMA_PERAN[p as Peran]?.id ?? p;
  const isi: unknown[] = [
    { text: "Data pribadi saya", style: "judul" },
    {
      text: aman(`${d.akun.nama} (${d.akun.username}) - dibuat ${wkt(d.dibuat)} UTC`),
      margin: [0, 0, 0, 10],
    },
    h("Akun dan peran"),
    tabel(
      ["Peran", "Sumber", "Sejak"],
      d.akun.peran.map((p) => [namaPeran(p.peran), p.dariAdmin ? "admin" : "SK", wkt(p.sejak)]),
    ),
  ];
  if (d.pegawai) {
    const p = d.pegawai;
    isi.push(
      h("Data kepegawaian"),
      tabel(
        ["NIP", "Unit", "Jabatan", "Golongan", "Email", "Telepon"],
        [[p.nip, p.unit, p.jabatan, p.golongan, p.email, p.telepon]],
      ),
    );
  }
  isi.push(
    h("Persetujuan per kampanye"),
    tabel(
      ["Kampanye", "Diberikan", "Teks"],
      d.persetujuan.map((p) => [p.kampanye, wkt(p.diberikan), p.teks ?? "-"]),
    ),
    h("Hasil asesmen (dirilis)"),
    tabel(
      ["Kampanye", "Derajat", "Level", "Dihitung"],
      d.hasilAsesmen.map((x) => [x.kampanye, x.derajat.toFixed(1), x.level, wkt(x.dihitung)]),
    ),
    {
      text: aman(`Jawaban asesmen tersimpan: ${d.jawabanAsesmen.length} blok (rinciannya di berkas JSON).`),
      fontSize: 9,
      margin: [0, 0, 0, 10],
    },
    h("Siapa yang membaca hasil atau data saya"),
    tabel(
      ["Waktu", "Pembaca", "Peran", "Unit pembaca", "Tujuan"],
      d.pembacaanHasil.map((p) => [wkt(p.waktu), p.pembaca, p.peran, p.unitPembaca, p.tujuan ?? p.aksi]),
    ),
    ...bagianKomunitas(d.komunitas),
    h("Pemberitahuan"),
    {
      text: aman(
        `${d.notifikasi.length} pemberitahuan; aktivitas saya di log audit: ${d.aktivitasSaya.length} entri (rinciannya di berkas JSON).`,
      ),
      fontSize: 9,
    },
  );
  return pencetakPdf(HELVETICA, (p) => STANDAR.has(p))
    .createPdf({
      content: isi,
      defaultStyle: { font: "Helvetica", fontSize: 9 },
      styles: { judul: { fontSize: 16, bold: true }, h: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] } },
    })
    .getBuffer();
}
