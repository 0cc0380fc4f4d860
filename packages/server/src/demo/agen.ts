/**
 * Demo change agents (docs/agen-perubahan.md): the demo cycle's published
 * criteria and coverage rule, its step-6 nominees as nominations, the
 * appointment decree put in force (the role follows it, fitur/peran-sk), the
 * supervision team's instrument, a first round of assessments and two
 * innovations, so the "Agen Perubahan" page is not empty on first start.
 */
import { type KriteriaInstrumen, nilaiPenilaianAgen } from "@nurani/domain";
import type { Db } from "../db/factory.ts";
import { terapkanSk } from "../fitur/peran-sk/index.ts";
import { tanggalDi } from "../umum/tanggal.ts";
import { NAMA_SIKLUS_DEMO } from "./program.ts";

const RUBRIK = (a: string): string[] => [
  `Belum tampak: ${a} belum dilakukan`,
  `Mulai tampak: ${a} sesekali, dengan dorongan`,
  `Konsisten: ${a} terencana dan terdokumentasi`,
  `Teladan: ${a} ditiru rekan dan unit lain`,
];

export const INSTRUMEN_DEMO: KriteriaInstrumen[] = [
  {
    kode: "K1",
    nama: "Capaian butir Renaksi tepat waktu",
    bobot: 40,
    rubrik: RUBRIK("butir Renaksi diselesaikan"),
  },
  { kode: "K2", nama: "Keteladanan perilaku berintegritas", bobot: 25, rubrik: RUBRIK("perilaku teladan") },
  { kode: "K3", nama: "Pendampingan rekan kerja", bobot: 20, rubrik: RUBRIK("pendampingan rekan") },
  { kode: "K4", nama: "Inovasi dan terobosan", bobot: 15, rubrik: RUBRIK("inovasi") },
];

interface Langkah6 {
  kriteriaSeleksi: string[];
  nominasi: { pegawaiId: string; keputusan: "terpilih" | "tidak_terpilih" }[];
  sk: { nomor: string; tanggal: string };
  ditetapkan: string[];
}

export async function seedAgenDemo(
  db: Db,
  instansiId: string,
  sekarang: Date = new Date(),
): Promise<{ agen: number }> {
  const hariIni = tanggalDi(sekarang, "Asia/Jakarta");
  const s = await db
    .selectFrom("siklus_program")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("nama", "=", NAMA_SIKLUS_DEMO)
    .executeTakeFirst();
  const l6 = s
    ? await db
        .selectFrom("langkah_persiapan")
        .select("isi")
        .where("instansi_id", "=", instansiId)
        .where("siklus_id", "=", s.id)
        .where("langkah", "=", "agen_perubahan")
        .executeTakeFirst()
    : undefined;
  const isi = l6?.isi as Langkah6 | null | undefined;
  if (!s || !isi) return { agen: 0 };
  const akun = await db
    .selectFrom("pengguna")
    .select(["id", "username", "pegawai_id"])
    .where("pegawai_instansi_id", "=", instansiId)
    .where("username", "in", ["agen", "supervisi", "pimpinan"])
    .execute();
  const pegawaiAkun = (u: string) => akun.find((a) => a.username === u)?.pegawai_id ?? null;
  const supervisi = akun.find((a) => a.username === "supervisi")?.id ?? null;
  await db
    .insertInto("aturan_agen")
    .values({
      instansi_id: instansiId,
      siklus_id: s.id,
      kriteria: JSON.stringify(isi.kriteriaSeleksi),
      diterbitkan_oleh: supervisi,
    })
    .execute();
  const unit = new Map(
    (
      await db
        .selectFrom("pegawai")
        .select(["id", "unit_id"])
        .where("instansi_id", "=", instansiId)
        .where(
          "id",
          "in",
          isi.nominasi.map((n) => n.pegawaiId),
        )
        .execute()
    ).map((p) => [p.id, p.unit_id]),
  );
  const agenAkun = pegawaiAkun("agen");
  const pengusul = pegawaiAkun("pimpinan");
  await db
    .insertInto("nominasi_agen")
    .values(
      isi.nominasi.map((n) => {
        const mandiri = n.pegawaiId === agenAkun || pengusul === null;
        return {
          instansi_id: instansiId,
          siklus_id: s.id,
          pegawai_id: n.pegawaiId,
          unit_id: unit.get(n.pegawaiId) ?? null,
          mandiri,
          pengusul_pegawai_id: mandiri ? n.pegawaiId : pengusul,
          alasan: mandiri
            ? "Saya ingin mendampingi rekan di unit saya membangun integritas."
            : "Menunjukkan keteladanan dan dipercaya rekan kerja.",
          status: n.keputusan === "terpilih" ? ("ditetapkan" as const) : ("tidak_terpilih" as const),
          diseleksi_oleh: supervisi,
          diseleksi: new Date(),
          nomor_sk: n.keputusan === "terpilih" ? isi.sk.nomor : null,
        };
      }),
    )
    .execute();
  // the step-6 decree in force: its agents hold the role (fitur/peran-sk)
  await terapkanSk(db, {
    instansiId,
    siklusId: s.id,
    langkah: "agen_perubahan",
    nomor: isi.sk.nomor,
    tanggal: isi.sk.tanggal || null,
    pegawaiIds: isi.ditetapkan,
    oleh: null,
  });
  await db
    .insertInto("instrumen_agen")
    .values({
      instansi_id: instansiId,
      siklus_id: s.id,
      kriteria: JSON.stringify(INSTRUMEN_DEMO),
      disusun_oleh: supervisi,
    })
    .execute();
  const bukti = [
    "Laporan Renaksi triwulan I",
    "Observasi atasan langsung",
    "Daftar hadir pendampingan",
    "Notulen rapat unit",
  ];
  for (const [i, pegawaiId] of isi.ditetapkan.slice(0, 5).entries()) {
    const skor = INSTRUMEN_DEMO.map((k, j) => ({ kode: k.kode, level: 2 + ((i + j) % 3), bukti: bukti[j] }));
    const h = nilaiPenilaianAgen(INSTRUMEN_DEMO, skor);
    if (!h.ok) continue;
    await db
      .insertInto("penilaian_agen")
      .values({
        instansi_id: instansiId,
        siklus_id: s.id,
        pegawai_id: pegawaiId,
        periode: `${hariIni.slice(0, 4)}-T1`,
        skor: JSON.stringify(skor),
        nilai: h.nilai,
        penilai: supervisi,
      })
      .execute();
  }
  const inovasi = [
    agenAkun && isi.ditetapkan.includes(agenAkun)
      ? {
          pegawai_id: agenAkun,
          sebagai: "agen_perubahan" as const,
          judul: "Antrean layanan daring tanpa tatap muka",
          uraian:
            "Permohonan layanan diterima lewat formulir daring; peluang pemberian imbalan di loket berkurang.",
        }
      : null,
    pengusul
      ? {
          pegawai_id: pengusul,
          sebagai: "pimpinan" as const,
          judul: "Apel integritas mingguan",
          uraian: "Pimpinan unit membuka pekan dengan kisah praktik baik integritas dari pegawai.",
        }
      : null,
  ].filter((x) => x !== null);
  if (inovasi.length > 0)
    await db
      .insertInto("inovasi")
      .values(
        inovasi.map((x) => ({
          ...x,
          instansi_id: instansiId,
          siklus_id: s.id,
          tanggal: hariIni,
          dicatat_oleh: supervisi,
        })),
      )
      .execute();
  return { agen: isi.ditetapkan.length };
}
