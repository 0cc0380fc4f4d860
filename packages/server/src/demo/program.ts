/**
 * Demo programme cycle for one agency (docs/program.md "13. Demo"; BAB III): "Program
 * Integritas 2026" with the six preparation steps of Tabel 3 recorded (team,
 * declaration signed by leaders and employees, the demo's released initial
 * assessment, SMART targets, training modules from Tabel 5–8, change agents),
 * implementation started, the maturity-stage guide adopted into the calendar
 * and three of the five main activities carried out — so the dashboard shows
 * the agency mid-programme, with the remaining activities as "what's next".
 *
 * Every output passes through the domain's state machine before it is stored
 * (`catatKeluaranPersiapan`, `mulaiPelaksanaan`, `catatRealisasi`): the demo
 * can never hold a state the app would refuse. If the initial campaign has no
 * released results (demo/asesmen.ts, demo/hasil.ts), the cycle stops after
 * step 2, waiting for step 3. Does nothing when the cycle already exists.
 */
import { createHash, randomUUID } from "node:crypto";
import {
  catatKeluaranPersiapan,
  catatRealisasi,
  draftModulPelatihan,
  type FaktaSiklus,
  jumlahPegawai,
  KEGIATAN_SUBTAHAP,
  type KeluaranPersiapan,
  type KodeKegiatanUtama,
  type KodeLangkahPersiapan,
  mulaiPelaksanaan,
  nilaiIndikator,
  panduanSubtahap,
  type TargetSmart,
} from "@nurani/domain";
import type { Db } from "../db/factory.ts";
import { keluaranAsesmen, tanggalDi } from "../fitur/program/index.ts";
import { NAMA_KAMPANYE_AWAL } from "./asesmen.ts";

export const NAMA_SIKLUS_DEMO = "Program Integritas 2026";
const ZONA = "Asia/Jakarta";
const HARI = 86_400_000;

export interface RingkasanProgramDemo {
  sudahAda: boolean;
  siklusId: string | null;
  langkahSelesai: number;
  kegiatan: number;
  pelaksanaan: number;
}

/** A small, valid PDF with one line of text (the demo's stand-in documents). */
export function pdfDemo(judul: string): Buffer {
  const teks = judul.replace(/[()\\]/g, " ");
  const isi = `BT /F1 14 Tf 72 760 Td (${teks}) Tj ET`;
  const obj = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${isi.length} >>\nstream\n${isi}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const posisi: number[] = [];
  obj.forEach((o, i) => {
    posisi.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${obj.length + 1}\n0000000000 65535 f \n${posisi.map((p) => `${String(p).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${obj.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

function tolakDemo(langkah: string, g: { pesan: { id: string } }[]): never {
  throw new Error(`Demo program: ${langkah} ditolak: ${g.map((x) => x.pesan.id).join(" ")}`);
}

/** Seeds the demo cycle of `instansiId` (call inside the demo's transaction, after the assessment results). */
export async function seedProgramDemo(
  db: Db,
  instansiId: string,
  sekarang: Date = new Date(),
): Promise<RingkasanProgramDemo> {
  const ada = await db
    .selectFrom("siklus_program")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("nama", "=", NAMA_SIKLUS_DEMO)
    .executeTakeFirst();
  if (ada) return { sudahAda: true, siklusId: ada.id, langkahSelesai: 0, kegiatan: 0, pelaksanaan: 0 };

  const hariIni = tanggalDi(sekarang, ZONA);
  const lalu = (n: number) => tanggalDi(new Date(sekarang.getTime() - n * HARI), ZONA);
  const depan = (n: number) => tanggalDi(new Date(sekarang.getTime() + n * HARI), ZONA);

  const pengguna = await db
    .selectFrom("pengguna")
    .select(["id", "username", "pegawai_id"])
    .where("pegawai_instansi_id", "=", instansiId)
    .execute();
  const akun = (u: string) => pengguna.find((p) => p.username === u);
  const pegawai = await db
    .selectFrom("pegawai")
    .select(["id", "unit_id"])
    .where("instansi_id", "=", instansiId)
    .where("aktif", "=", true)
    .orderBy("nip")
    .execute();
  if (pegawai.length < 20)
    return { sudahAda: false, siklusId: null, langkahSelesai: 0, kegiatan: 0, pelaksanaan: 0 };
  const ppk = akun("ppk");
  const supervisi = akun("supervisi");
  const oleh = supervisi?.id ?? null;

  const { id: siklusId } = await db
    .insertInto("siklus_program")
    .values({
      instansi_id: instansiId,
      nama: NAMA_SIKLUS_DEMO,
      konfigurasi: JSON.stringify({ targetAgenPerubahan: 10 }),
      dibuat_oleh: ppk?.id ?? null,
      dibuat: new Date(sekarang.getTime() - 65 * HARI),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // the periodic campaign under way is the cycle's follow-up, linked on purpose (docs/hasil.md "Cycle and campaigns")
  const berkala = await db
    .selectFrom("kampanye_asesmen")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("tujuan", "=", "berkala")
    .execute();
  if (berkala.length > 0)
    await db
      .insertInto("kampanye_berkala_siklus")
      .values(
        berkala.map((k) => ({
          instansi_id: instansiId,
          siklus_id: siklusId,
          kampanye_id: k.id,
          ditautkan_oleh: oleh,
        })),
      )
      .execute();

  const dokumen = async (nama: string) => {
    const isi = pdfDemo(nama);
    const r = await db
      .insertInto("berkas_program")
      .values({
        instansi_id: instansiId,
        siklus_id: siklusId,
        nama: `${nama}.pdf`,
        jenis: "pdf",
        mime: "application/pdf",
        ukuran: isi.length,
        sha256: createHash("sha256").update(isi).digest("hex"),
        isi,
        diunggah_oleh: oleh,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return r.id;
  };

  let fakta: FaktaSiklus = {
    id: siklusId,
    instansiId,
    konfigurasi: { targetAgenPerubahan: 10 },
    persiapan: {},
  };
  let selesai = 0;
  const catat = async <K extends KodeLangkahPersiapan>(
    kode: K,
    keluaran: KeluaranPersiapan[K],
    simpan: unknown = keluaran,
    tanggal = hariIni,
  ) => {
    const h = catatKeluaranPersiapan(fakta, kode, keluaran, hariIni);
    if (!h.ok) tolakDemo(kode, h.galat);
    fakta = h.fakta;
    selesai++;
    await db
      .insertInto("langkah_persiapan")
      .values({
        instansi_id: instansiId,
        siklus_id: siklusId,
        langkah: kode,
        isi: JSON.stringify(simpan),
        dicatat_oleh: kode === "pembentukan_tim" || kode === "agen_perubahan" ? (ppk?.id ?? null) : oleh,
        dicatat: new Date(`${tanggal}T03:00:00Z`),
      })
      .execute();
  };

  // 1. Team formed by the PPK (Tabel 3 no. 1)
  const ketua = supervisi?.pegawai_id ?? pegawai[0].id;
  const anggota = [
    ketua,
    ...pegawai
      .filter((p) => p.id !== ketua)
      .slice(3, 7)
      .map((p) => p.id),
  ];
  await catat(
    "pembentukan_tim",
    {
      nama: "Tim Supervisi Pembangunan Integritas Pegawai ASN",
      sk: { nomor: "KEP-014/SJ/2026", tanggal: lalu(60), dokumenId: await dokumen("SK Tim Supervisi") },
      anggota: anggota.map((id, i) => ({
        pegawaiId: id,
        peranTim: i === 0 ? "ketua" : i === 1 ? "sekretaris" : "anggota",
        ...(i === 1 ? { anggotaTimRB: true } : {}),
      })),
      timReformasiBirokrasi: { nomorSk: "KEP-102/SJ/2025" },
    },
    undefined,
    lalu(60),
  );

  // 2. Joint commitment declaration, signed by leaders and employees in the app (Tabel 3 no. 2)
  const deklarasi = {
    judul: "Deklarasi Komitmen Bersama Pembangunan Integritas Pegawai ASN",
    dokumenId: await dokumen("Deklarasi Komitmen Bersama"),
    tanggal: lalu(55),
    selarasZonaIntegritas: true,
  };
  const pemimpin = [akun("pimpinan"), ppk].filter((x) => x?.pegawai_id) as {
    id: string;
    pegawai_id: string;
  }[];
  const penandatangan = [
    ...pemimpin.map((p) => ({ pegawaiId: p.pegawai_id, sebagai: "pimpinan" as const, penggunaId: p.id })),
    ...pegawai
      .filter((p) => !pemimpin.some((x) => x.pegawai_id === p.id))
      .filter((_, i) => i % 9 === 0)
      .slice(0, 48)
      .map((p) => ({ pegawaiId: p.id, sebagai: "pegawai" as const, penggunaId: oleh ?? pemimpin[0]?.id })),
  ].filter((p) => p.penggunaId);
  if (penandatangan.length === 0)
    return { sudahAda: false, siklusId, langkahSelesai: selesai, kegiatan: 0, pelaksanaan: 0 };
  await catat(
    "deklarasi_komitmen",
    { ...deklarasi, penandatangan: penandatangan.map(({ pegawaiId, sebagai }) => ({ pegawaiId, sebagai })) },
    deklarasi,
    lalu(55),
  );
  for (const [i, p] of penandatangan.entries())
    await db
      .insertInto("tanda_tangan_deklarasi")
      .values({
        instansi_id: instansiId,
        siklus_id: siklusId,
        pegawai_id: p.pegawaiId,
        sebagai: p.sebagai,
        pengguna_id: p.penggunaId as string,
        waktu: new Date(sekarang.getTime() - (55 - Math.min(i, 50) / 10) * HARI),
      })
      .execute();

  // 3. Initial assessment: the demo's campaign, once its results are released (Tabel 3 no. 3)
  const awal = await db
    .selectFrom("kampanye_asesmen")
    .select(["id", "hasil_dirilis"])
    .where("instansi_id", "=", instansiId)
    .where("nama", "=", NAMA_KAMPANYE_AWAL)
    .executeTakeFirst();
  if (!awal?.hasil_dirilis)
    return { sudahAda: false, siklusId, langkahSelesai: selesai, kegiatan: 0, pelaksanaan: 0 };
  const asesmen = await keluaranAsesmen(db, instansiId, awal.id, ZONA);
  // stored with its map: later steps rest on it (the routes freeze it the same way at step 4)
  await catat("asesmen_awal", asesmen, asesmen, asesmen.dirilis);
  const peta = asesmen.peta;

  // 4. Action plan with SMART targets on the two largest units and the whole agency (Tabel 3 no. 4)
  const besar = [...peta].sort((a, b) => jumlahPegawai(b) - jumlahPegawai(a)).slice(0, 2);
  const target: TargetSmart[] = [];
  for (const [i, u] of besar.entries()) {
    const ind = { jenis: "proporsi_minimal_level", levelMinimal: 2 } as const;
    const v = nilaiIndikator(ind, peta, [u.unitKerjaId]).nilai;
    if (v === undefined || v >= 0.95) continue;
    target.push({
      kode: `T${i + 1}`,
      uraian: `Proporsi pegawai ${u.nama ?? "unit"} pada level ≥ 2 naik`,
      indikator: ind,
      sasaran: [u.unitKerjaId],
      garisDasar: Math.round(v * 10000) / 10000,
      nilaiTarget: Math.min(1, Math.round((v + 0.2) * 100) / 100),
      tenggat: "2027-06",
      penanggungJawab: { peran: "tim_supervisi" },
    });
  }
  const rerata = nilaiIndikator({ jenis: "rerata_level" }, peta, "instansi").nilai;
  if (rerata !== undefined && rerata < 3.7)
    target.push({
      kode: `T${target.length + 1}`,
      uraian: "Rerata level integritas instansi naik",
      indikator: { jenis: "rerata_level" },
      sasaran: "instansi",
      garisDasar: Math.round(rerata * 10000) / 10000,
      nilaiTarget: Math.min(4, Math.round((rerata + 0.3) * 100) / 100),
      tenggat: "2027-12",
      penanggungJawab: { peran: "ppk", ...(ppk?.pegawai_id ? { pegawaiId: ppk.pegawai_id } : {}) },
    });
  if (target.length === 0)
    return { sudahAda: false, siklusId, langkahSelesai: selesai, kegiatan: 0, pelaksanaan: 0 };
  await catat("rencana_aksi", {
    dokumenId: await dokumen("Rencana Aksi dan Roadmap 2026-2027"),
    tanggal: hariIni,
    target,
  });

  // 5. Training plan and curriculum from the Tabel 5–8 templates (Tabel 3 no. 5)
  const modul = draftModulPelatihan(peta).map((m, i) => ({
    ...m,
    jadwal: { mulai: depan(7 + (i % 6) * 14), selesai: depan(8 + (i % 6) * 14) },
  }));
  await catat("rencana_pelatihan", {
    dokumenId: await dokumen("Panduan, Kurikulum dan Silabus Pelatihan Integritas"),
    tanggal: hariIni,
    modul,
  });

  // 6. Change agents: criteria, nominees, selection, appointment decree (Tabel 3 no. 6; Tabel 2 I.1)
  const agen = akun("agen")?.pegawai_id;
  const calon = [
    ...(agen ? [pegawai.find((p) => p.id === agen)] : []),
    ...pegawai
      .filter((p) => p.id !== agen && !anggota.includes(p.id) && p.unit_id)
      .filter((_, i) => i % 37 === 5),
  ]
    .filter((p): p is { id: string; unit_id: string | null } => !!p?.unit_id)
    .slice(0, 12);
  const nominasi = calon.map((p, i) => ({
    pegawaiId: p.id,
    unitKerjaId: p.unit_id as string,
    keputusan: i < 8 ? ("terpilih" as const) : ("tidak_terpilih" as const),
  }));
  await catat("agen_perubahan", {
    kriteriaSeleksi: [
      "Level integritas ≥ 3 pada asesmen awal",
      "Tidak sedang menjalani hukuman disiplin",
      "Direkomendasikan atasan langsung",
      "Bersedia menjadi teladan dan pendamping rekan kerja",
    ],
    nominasi,
    sk: {
      nomor: "KEP-031/SJ/2026",
      tanggal: hariIni,
      dokumenId: await dokumen("SK Penetapan Agen Perubahan"),
    },
    ditetapkan: nominasi.filter((n) => n.keputusan === "terpilih").map((n) => n.pegawaiId),
  });

  // Implementation starts (Pasal 4 ayat (2))
  const mulai = mulaiPelaksanaan(fakta, hariIni, hariIni);
  if (!mulai.ok) tolakDemo("mulai pelaksanaan", mulai.galat);
  fakta = mulai.fakta;
  await db
    .updateTable("siklus_program")
    .set({ pelaksanaan_mulai: hariIni })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", siklusId)
    .execute();

  // The guide's proposal adopted into the calendar (Tabel 5–8), then one activity per main activity
  const panduan = panduanSubtahap(peta, { minimalPegawai: 5 });
  let kegiatan = 0;
  const rencana = async (k: {
    kegiatanUtama: KodeKegiatanUtama;
    subtahap: number | null;
    templat?: string;
    judul: string;
    uraian?: string;
    sasaranUnit?: string[];
    mulai: string;
    selesai: string;
    pj?: string | null;
  }) => {
    kegiatan++;
    const r = await db
      .insertInto("kegiatan_program")
      .values({
        instansi_id: instansiId,
        siklus_id: siklusId,
        kegiatan_utama: k.kegiatanUtama,
        subtahap: k.subtahap,
        templat: k.templat ?? null,
        judul: k.judul.slice(0, 300),
        uraian: k.uraian?.slice(0, 5000) ?? null,
        sasaran_unit: k.sasaranUnit?.length ? JSON.stringify(k.sasaranUnit) : null,
        rencana_mulai: k.mulai,
        rencana_selesai: k.selesai,
        penanggung_jawab_pegawai_id: k.pj ?? null,
        dibuat_oleh: oleh,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return r.id;
  };
  for (const l of [1, 2, 3, 4] as const) {
    const unit = panduan.flatMap((p) => (p.status === "ada" && p.subtahap === l ? [p.unitKerjaId] : []));
    if (unit.length === 0) continue;
    for (const row of KEGIATAN_SUBTAHAP.filter((x) => x.subtahap === l))
      await rencana({
        kegiatanUtama: row.kegiatanUtama,
        subtahap: l,
        templat: row.kode,
        judul: row.baris > 1 ? `${row.kegiatan.id} (${row.baris})` : row.kegiatan.id,
        uraian: `Tujuan: ${row.tujuan.map((t) => t.id).join("; ")}\nSumber: ${row.sumber}`,
        sasaranUnit: unit,
        mulai: depan(3),
        selesai: depan(90),
      });
  }
  let pelaksanaan = 0;
  const laksana = async (
    kegiatanId: string,
    k: KodeKegiatanUtama,
    subtahap: 1 | 2 | 3 | 4,
    hasil: string,
    peserta: string[],
  ) => {
    const id = randomUUID();
    const h = catatRealisasi(
      fakta,
      { id, kegiatanUtama: k, subtahap, tanggal: hariIni, jumlahPeserta: peserta.length },
      hariIni,
    );
    if (!h.ok) tolakDemo(`pelaksanaan ${k}`, h.galat);
    fakta = h.fakta;
    pelaksanaan++;
    await db
      .insertInto("pelaksanaan_kegiatan")
      .values({
        instansi_id: instansiId,
        id,
        siklus_id: siklusId,
        kegiatan_id: kegiatanId,
        tanggal: hariIni,
        jumlah_peserta: peserta.length,
        hadir: JSON.stringify(peserta),
        hasil,
        bukti: JSON.stringify([await dokumen(`Daftar hadir - ${hasil.slice(0, 40)}`)]),
        dicatat_oleh: oleh,
      })
      .execute();
  };
  const hadir = (mulaiDari: number, n: number) => pegawai.slice(mulaiDari, mulaiDari + n).map((p) => p.id);
  const kampanye = await rencana({
    kegiatanUtama: "kampanye",
    subtahap: 1,
    judul: "Pencanangan Program Integritas 2026 dan sosialisasi kode etik",
    mulai: hariIni,
    selesai: hariIni,
  });
  await laksana(
    kampanye,
    "kampanye",
    1,
    "Apel pencanangan dan pembagian materi kode etik kepada seluruh unit.",
    hadir(0, 120),
  );
  const forum = await rencana({
    kegiatanUtama: "wadah_berbagi",
    subtahap: 2,
    judul: "Forum berbagi pengetahuan bulanan: cerita integritas",
    mulai: hariIni,
    selesai: depan(180),
    pj: agen ?? null,
  });
  await laksana(
    forum,
    "wadah_berbagi",
    2,
    "Forum pertama: tiga agen perubahan berbagi pengalaman menolak gratifikasi.",
    hadir(130, 35),
  );
  const mentoring = await rencana({
    kegiatanUtama: "penguatan_kepemimpinan",
    subtahap: 2,
    judul: "Mentoring pimpinan unit oleh Sekretaris Jenderal",
    mulai: hariIni,
    selesai: depan(60),
    pj: ppk?.pegawai_id ?? null,
  });
  await laksana(
    mentoring,
    "penguatan_kepemimpinan",
    2,
    "Sesi mentoring pertama untuk pejabat administrator.",
    hadir(200, 12),
  );
  await rencana({
    kegiatanUtama: "pemantauan_evaluasi",
    subtahap: null,
    judul: "Interview acak triwulan I (pemantauan, Tabel 4 no. 5)",
    mulai: depan(30),
    selesai: depan(40),
  });
  return { sudahAda: false, siklusId, langkahSelesai: selesai, kegiatan, pelaksanaan };
}
