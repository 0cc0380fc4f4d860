/**
 * The demo's track record and structured interviews (docs/nontes.md): the
 * demo employee has written a reflection on two factors (one read by the
 * team), and the file holds a gratification report, LHKASN filed on time
 * and an award; two colleagues carry a light sanction and a late LHKASN.
 * The supervision team has interviewed the demo employee for the period
 * (scored), and an M&E sample interview waits for the "pimpinan" account.
 */
import { KODE_SUBDIMENSI, PROMPT_REFLEKSI } from "@nurani/domain";
import type { Db } from "../db/factory.ts";
import { catatEntriRekamJejak } from "../fitur/nontes/index.ts";

const hariLalu = (d: Date, n: number) => new Date(d.getTime() - n * 86_400_000).toISOString().slice(0, 10);

export async function seedRekamWawancaraDemo(
  trx: Db,
  instansiId: string,
  periodeId: string,
  saya: string,
  rekan: readonly string[],
  hariIni: Date,
): Promise<void> {
  const akun = async (username: string) =>
    (await trx.selectFrom("pengguna").select("id").where("username", "=", username).executeTakeFirst())?.id ??
    null;
  const tim = await akun("supervisi");
  const pimpinan = await akun("pimpinan");
  const jawab: Record<string, string> = {
    "KD-a":
      "Saat loket ramai, ada pemohon yang menawarkan uang agar berkasnya didahulukan. Saya menolak dan menjelaskan urutan antrean berlaku untuk semua.",
    "KD-b":
      "Saya melaporkan kepada atasan bahwa data capaian triwulan yang saya susun keliru, meskipun sudah dikirim.",
    "DN-a":
      "Sepupu saya ikut seleksi penyedia; saya menyatakan benturan kepentingan dan mundur dari panitia.",
    "DN-b": "Saya pernah terlambat menindaklanjuti pengaduan; sekarang saya memakai daftar periksa mingguan.",
  };
  for (const [faktor, level] of [
    ["KD", 3],
    ["DN", null],
  ] as const) {
    const isi = Object.fromEntries(PROMPT_REFLEKSI[faktor].map((q) => [q.kode, jawab[q.kode]]));
    await trx
      .insertInto("refleksi_rekam_jejak")
      .values({
        instansi_id: instansiId,
        pegawai_id: saya,
        faktor,
        jawaban: JSON.stringify(isi),
        level_dinilai: level,
        dinilai_oleh: level ? tim : null,
        dinilai: level ? hariIni : null,
      })
      .execute();
  }
  const entri = [
    {
      pegawaiId: saya,
      rincian: { jenis: "laporan_gratifikasi" as const },
      sumber: "upg" as const,
      hari: 120,
      ket: "Melaporkan parsel dari rekanan ke UPG.",
    },
    {
      pegawaiId: saya,
      rincian: { jenis: "lhkasn" as const, status: "tepat_waktu" as const },
      sumber: "kepegawaian" as const,
      hari: 200,
    },
    {
      pegawaiId: saya,
      rincian: { jenis: "penghargaan" as const, faktor: ["KD" as const] },
      sumber: "lingkungan_kerja" as const,
      hari: 300,
      ket: "Pegawai teladan pelayanan publik.",
    },
    ...(rekan[0]
      ? [
          {
            pegawaiId: rekan[0],
            rincian: { jenis: "sanksi_disiplin" as const, tingkat: "ringan" as const },
            sumber: "kepegawaian" as const,
            hari: 400,
          },
        ]
      : []),
    ...(rekan[1]
      ? [
          {
            pegawaiId: rekan[1],
            rincian: { jenis: "lhkasn" as const, status: "terlambat" as const },
            sumber: "kepegawaian" as const,
            hari: 210,
          },
        ]
      : []),
  ];
  for (const e of entri)
    await catatEntriRekamJejak(
      trx,
      instansiId,
      {
        pegawaiId: e.pegawaiId,
        rincian: e.rincian,
        sumber: e.sumber,
        tanggal: hariLalu(hariIni, e.hari),
        keterangan: e.ket ?? null,
      },
      tim,
    );
  if (!tim) return;
  const { id } = await trx
    .insertInto("wawancara_nontes")
    .values({
      instansi_id: instansiId,
      pegawai_id: saya,
      tujuan: "asesmen",
      periode_id: periodeId,
      tanggal: hariLalu(hariIni, 3),
      dibuat_oleh: tim,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("pewawancara_nontes")
    .values({
      instansi_id: instansiId,
      wawancara_id: id,
      pengguna_id: tim,
      nilai: JSON.stringify(Object.fromEntries(KODE_SUBDIMENSI.map((k, i) => [k, i % 5 === 0 ? 1 : 2]))),
      catatan: "Memberi contoh konkret; masih menunggu arahan atasan saat situasi tidak diatur.",
      dikirim: hariIni,
    })
    .execute();
  if (pimpinan && rekan[2]) {
    const w = await trx
      .insertInto("wawancara_nontes")
      .values({
        instansi_id: instansiId,
        pegawai_id: rekan[2],
        tujuan: "monev",
        tanggal: hariLalu(hariIni, 0),
        dibuat_oleh: tim,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("pewawancara_nontes")
      .values({ instansi_id: instansiId, wawancara_id: w.id, pengguna_id: pimpinan })
      .execute();
  }
}
