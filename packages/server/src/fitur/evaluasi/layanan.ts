/**
 * Rules of the national evaluation around the domain (docs/nasional.md,
 * docs/evaluasi.md): the period's timeline decides when, the worksheet's
 * state whether; computed answers are merged in from the agency's data; the
 * domain's refusals become API errors.
 */
import { createHash } from "node:crypto";
import {
  type AksiPeriode,
  aksiTersedia,
  fasePeriode,
  type Galat,
  hitungSkorLke,
  type IsiLke,
  type LembarJawaban,
  type NilaiJawaban,
  periksaAksiPeriode,
} from "@nurani/domain";
import { GalatApi } from "../../http/errors.ts";
import { tanggalDi } from "../../umum/tanggal.ts";
import { type Db, jenisInstansi, type NilaiDihitung, type PeriodeTersimpan } from "./kueri.ts";

/** Today in WIB: the periods' dates are whole days in Asia/Jakarta (domain periode.ts). */
export const hariIni = (): string => tanggalDi(new Date(), "Asia/Jakarta");

/** The domain's refusals as one API error: the first code, every message, the list in `details`. */
export function galatDomain(g: Galat[], status = 400): GalatApi {
  return new GalatApi(status, g[0]?.kode ?? "DITOLAK", {
    pesan: { id: g.map((x) => x.pesan.id).join(" "), en: g.map((x) => x.pesan.en).join(" ") },
    details: { galat: g },
  });
}

/** The step may happen today in this period, or 409 naming when it may (`DI_LUAR_JADWAL`). */
export function pastikanJadwal(p: PeriodeTersimpan, aksi: AksiPeriode): void {
  const g = periksaAksiPeriode(p, aksi, hariIni());
  if (g) throw galatDomain([g], 409);
}

export function periodeApi(p: PeriodeTersimpan) {
  const h = hariIni();
  return { ...p, jenisPeserta: [...p.jenisPeserta], fase: fasePeriode(p, h), aksi: aksiTersedia(p, h) };
}

/** The agency's category takes part in the period, else 404 (the period is not its). */
export async function pastikanPeserta(db: Db, p: PeriodeTersimpan, instansiId: string): Promise<string> {
  const jenis = await jenisInstansi(db, instansiId);
  if (!p.jenisPeserta.includes(jenis as never))
    throw new GalatApi(404, "BUKAN_PESERTA", {
      pesan: {
        id: "Instansi ini tidak termasuk jenis instansi peserta periode evaluasi ini.",
        en: "This agency's category does not take part in this evaluation period.",
      },
    });
  return jenis;
}

/**
 * The answers the score reads: the agency's own, plus each computed
 * question's value from its source (`sumberData`); a source without data
 * leaves the question unanswered (scores 0, "belum ada data").
 */
export function isianLengkap(isi: IsiLke, isian: LembarJawaban, dihitung: Record<string, NilaiDihitung>) {
  const jawaban: Record<string, NilaiJawaban> = { ...isian.jawaban };
  for (const k of isi.komponen)
    for (const ind of k.indikator) {
      if (ind.pengisian !== "dihitung") continue;
      for (const p of ind.pertanyaan) {
        const v = p.sumberData ? dihitung[p.sumberData]?.nilai : undefined;
        if (v === undefined || v === null) delete jawaban[p.kode];
        else jawaban[p.kode] = v;
      }
    }
  return { ...isian, jawaban };
}

export function skorLembar(isi: IsiLke, isian: LembarJawaban, dihitung: Record<string, NilaiDihitung>) {
  const lengkap = isianLengkap(isi, isian, dihitung);
  return {
    akhir: hitungSkorLke(isi, lengkap),
    mandiri: hitungSkorLke(isi, lengkap, { pakaiReviu: false }),
  };
}

export const UKURAN_MAKS_BUKTI = 10 * 1024 * 1024;

/** Evidence files: PDF, PNG or JPEG, recognised by their first bytes and agreeing with the name's extension. */
export function periksaBukti(nama: string, isi: Buffer) {
  if (isi.length === 0)
    throw new GalatApi(400, "BERKAS_KOSONG", { pesan: { id: "Berkas kosong.", en: "The file is empty." } });
  const awal = (t: number[]) => t.every((x, i) => isi[i] === x);
  const menurutIsi = awal([0x25, 0x50, 0x44, 0x46, 0x2d])
    ? "pdf"
    : awal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
      ? "png"
      : awal([0xff, 0xd8, 0xff])
        ? "jpeg"
        : null;
  const ext = nama.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  const menurutNama =
    ext === "pdf" ? "pdf" : ext === "png" ? "png" : ext === "jpg" || ext === "jpeg" ? "jpeg" : null;
  if (!menurutIsi || menurutIsi !== menurutNama)
    throw new GalatApi(415, "BERKAS_TIDAK_DIDUKUNG", {
      pesan: {
        id: "Bukti dukung harus PDF, PNG atau JPEG, dan isinya sesuai dengan ekstensinya.",
        en: "Evidence must be a PDF, PNG or JPEG whose content matches its extension.",
      },
    });
  const mime = { pdf: "application/pdf", png: "image/png", jpeg: "image/jpeg" }[menurutIsi];
  return { jenis: menurutIsi, mime, sha256: createHash("sha256").update(isi).digest("hex") } as const;
}

/** The indicator codes of a worksheet version. */
export function kodeIndikator(isi: IsiLke): Set<string> {
  return new Set(isi.komponen.flatMap((k) => k.indikator.map((i) => i.kode)));
}

export function pastikanIndikator(isi: IsiLke, kode: string): void {
  if (!kodeIndikator(isi).has(kode))
    throw new GalatApi(400, "INDIKATOR_TIDAK_ADA", {
      pesan: {
        id: `Indikator ${kode} tidak ada di lembar kerja periode ini.`,
        en: `Indicator ${kode} is not in this period's worksheet.`,
      },
    });
}
