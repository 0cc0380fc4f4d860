/**
 * Demo assessment data for one agency (docs/asesmen.md; regulation Tabel 3 no. 3,
 * the initial assessment of the preparation stage, and BAB III.B.3): a
 * closed initial campaign "Asesmen Awal 2026" on NAS-1-A whose participants
 * mostly answered and submitted (answers simulated with the domain's
 * Thurstonian generator at the provisional reference parameters, so they
 * look like real response patterns), and an open periodic campaign the whole
 * agency — including the demo employee login `pegawai` — is invited to.
 * Does nothing when the initial campaign is already there.
 */
import { randomBytes } from "node:crypto";
import { parameterAcuan, simulasikanJawaban, toTirtDesign } from "@nurani/domain";
import { tirtModelFromParams } from "@nurani/irt";
import type { Db } from "../db/factory.ts";
import { urutanPeserta } from "../fitur/asesmen/index.ts";
import { formulirTerbit } from "../fitur/bank-butir/index.ts";
import { teksPersetujuanBerlaku } from "../fitur/data-saya/index.ts";
import { Acak } from "./acak.ts";

export const NAMA_KAMPANYE_AWAL = "Asesmen Awal 2026";

/**
 * The campaign's own consent text: purpose and use. Who sees the result is
 * not written here: the test page and the stored consent add it from the
 * access rules the result routes enforce (fitur/data-saya `teksPersetujuanBerlaku`).
 */
const PERSETUJUAN_DEMO = `Asesmen ini memetakan integritas pegawai untuk program pembangunan integritas (PermenPANRB 60/2020). Hasil asesmen tidak dipakai untuk penilaian kinerja atau sanksi.`;

export interface RingkasanAsesmenDemo {
  sudahAda: boolean;
  kampanyeAwal: string | null;
  kampanyeBerkala: string | null;
  peserta: number;
  dikirim: number;
}

const HARI = 86_400_000;

/** Seeds the two demo campaigns of `instansiId` (call inside the demo's transaction). */
export async function seedAsesmenDemo(
  db: Db,
  instansiId: string,
  hariIni: Date = new Date(),
): Promise<RingkasanAsesmenDemo> {
  const ada = await db
    .selectFrom("kampanye_asesmen")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("nama", "=", NAMA_KAMPANYE_AWAL)
    .executeTakeFirst();
  if (ada) return { sudahAda: true, kampanyeAwal: ada.id, kampanyeBerkala: null, peserta: 0, dikirim: 0 };

  const terbit = (await formulirTerbit(db)).find((f) => f.formulir.id === "NAS-1-A");
  if (!terbit) throw new Error("Formulir NAS-1-A tidak terbit");
  const { formulir, pernyataan } = terbit;
  const snapshot = JSON.stringify({ formulir, pernyataan });
  const pegawai = (
    await db
      .selectFrom("pegawai")
      .select("id")
      .where("instansi_id", "=", instansiId)
      .where("aktif", "=", true)
      .orderBy("nip")
      .execute()
  ).map((p) => p.id);
  const acak = new Acak(2026);
  const t = hariIni.getTime();

  const kampanye = (o: { nama: string; tujuan: "awal" | "berkala"; dibuka: number; ditutup: number }) =>
    db
      .insertInto("kampanye_asesmen")
      .values({
        instansi_id: instansiId,
        nama: o.nama,
        tujuan: o.tujuan,
        formulir_id: formulir.id,
        bank_versi: terbit.bankVersi,
        formulir: snapshot,
        populasi: JSON.stringify({ jenis: "semua" }),
        dibuka: new Date(o.dibuka),
        ditutup: new Date(o.ditutup),
        batas_menit: 60,
        teks_persetujuan: PERSETUJUAN_DEMO,
        status: "aktif",
      })
      .returning("id")
      .executeTakeFirstOrThrow()
      .then((r) => r.id);

  // Closed initial campaign: about 9 in 10 answered everything and submitted.
  const dibukaAwal = t - 75 * HARI;
  const awal = await kampanye({
    nama: NAMA_KAMPANYE_AWAL,
    tujuan: "awal",
    dibuka: dibukaAwal,
    ditutup: t - 45 * HARI,
  });
  const benih = randomBytes(4 * pegawai.length);
  const peserta = pegawai.map((pegawaiId, i) => ({
    pegawaiId,
    benih: benih.readInt32BE(4 * i),
    ikut: acak.next() < 0.9,
  }));
  const ikut = peserta.filter((p) => p.ikut);
  const generator = tirtModelFromParams(
    toTirtDesign(formulir, pernyataan),
    parameterAcuan(formulir, pernyataan),
  );
  const { data } = simulasikanJawaban(formulir, generator, { n: ikut.length, benih: 2026 });
  const jawabanPer = new Map(ikut.map((p, i) => [p.pegawaiId, data[i].jawaban]));

  const teksDisetujui = await teksPersetujuanBerlaku(db, instansiId, PERSETUJUAN_DEMO);
  for (let i = 0; i < peserta.length; i += 200) {
    const bagian = peserta.slice(i, i + 200);
    const ids = await db
      .insertInto("peserta_asesmen")
      .values(
        bagian.map((p) => {
          const mulai = new Date(dibukaAwal + acak.next() * 25 * HARI);
          const urutan = urutanPeserta(formulir, p.benih);
          return {
            instansi_id: instansiId,
            kampanye_id: awal,
            pegawai_id: p.pegawaiId,
            undangan: acak.next() < 0.8 ? ("terkirim" as const) : ("token" as const),
            diundang: new Date(dibukaAwal),
            benih: p.benih,
            urutan: p.ikut ? JSON.stringify(urutan) : null,
            persetujuan: p.ikut ? mulai : null,
            teks_persetujuan: p.ikut ? teksDisetujui : null,
            mulai: p.ikut ? mulai : null,
            batas: p.ikut ? new Date(mulai.getTime() + 60 * 60_000) : null,
            selesai: p.ikut ? new Date(mulai.getTime() + (12 + acak.next() * 30) * 60_000) : null,
          };
        }),
      )
      .returning(["id", "pegawai_id", "urutan"])
      .execute();
    const baris = ids.flatMap((r) => {
      const jawaban = jawabanPer.get(r.pegawai_id);
      if (!jawaban) return [];
      const posisi = new Map((r.urutan as { blok: string }[]).map((u, k) => [u.blok, k]));
      return jawaban.map((j) => ({
        instansi_id: instansiId,
        peserta_id: r.id,
        blok: j.blok,
        paling_sesuai: j.palingSesuai,
        paling_tidak_sesuai: j.palingTidakSesuai,
        urutan_klien: (posisi.get(j.blok) ?? 0) + 1,
        detik: Math.round((6 + acak.next() * 40) * 10) / 10,
        perubahan: acak.next() < 0.15 ? 1 : 0,
      }));
    });
    for (let k = 0; k < baris.length; k += 2000)
      await db
        .insertInto("jawaban_asesmen")
        .values(baris.slice(k, k + 2000))
        .execute();
  }

  // Open periodic campaign: everyone invited, nobody started yet.
  const berkala = await kampanye({
    nama: "Asesmen Berkala Semester I 2026",
    tujuan: "berkala",
    dibuka: t - 2 * HARI,
    ditutup: t + 28 * HARI,
  });
  const benih2 = randomBytes(4 * pegawai.length);
  for (let i = 0; i < pegawai.length; i += 1000) {
    await db
      .insertInto("peserta_asesmen")
      .values(
        pegawai.slice(i, i + 1000).map((pegawaiId, k) => ({
          instansi_id: instansiId,
          kampanye_id: berkala,
          pegawai_id: pegawaiId,
          benih: benih2.readInt32BE(4 * (i + k)),
          undangan: "tanpa_email" as const,
          diundang: new Date(t - 2 * HARI),
        })),
      )
      .execute();
  }
  return {
    sudahAda: false,
    kampanyeAwal: awal,
    kampanyeBerkala: berkala,
    peserta: pegawai.length,
    dikirim: ikut.length,
  };
}
