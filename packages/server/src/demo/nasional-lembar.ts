/**
 * A synthetic agency's worksheet (LKE) in the national evaluation period, in
 * the state its plan gives (`statusLembar`: not started, draft, submitted and
 * under review, finalized, approved), walked through the domain's own steps
 * (`isiJawaban`, `kirimLembar`, `tetapkanReviu`, `finalisasiLembar`,
 * `setujuiLembar`) so it can never hold a state the app would refuse. The
 * agency's answers are drawn around its quality (its mean derajat); the
 * computed answers are the system's (`hitungSumber`, given); the scores are
 * those the worksheet routes store (`skorLembar`).
 */
import {
  finalisasiLembar,
  type HasilLembar,
  HURUF_SKALA,
  type IsiLke,
  isiJawaban,
  kirimLembar,
  type LembarKerja,
  lembarBaru,
  type NilaiJawaban,
  type PertanyaanLke,
  type RencanaInstansi,
  setujuiLembar,
  tetapkanReviu,
} from "@nurani/domain";
import { type NilaiDihitung, skorLembar } from "../fitur/evaluasi/index.ts";
import { Acak } from "./acak.ts";

const normal = (a: Acak) => Math.sqrt(-2 * Math.log(1 - a.next())) * Math.cos(2 * Math.PI * a.next());
const antara = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const CATATAN_PENYESUAIAN = "Bukti dukung belum mencakup seluruh unit kerja (sintetis).";

export interface LembarSintetis {
  lembar: LembarKerja;
  /** Indicators given one evidence file each, with the file's id. */
  bukti: { kodeIndikator: string; id: string }[];
  skorMandiri: number;
  /** Set once finalized, as the routes store it. */
  skorAkhir: number | null;
}

/** An answer around `mutu` (0…1) that the question's checks accept. */
function jawabAcak(p: PertanyaanLke, mutu: number, a: Acak): NilaiJawaban {
  const x = antara(mutu + 0.25 * normal(a), 0, 1);
  switch (p.jenisJawaban) {
    case "ya_tidak":
      return a.next() < mutu;
    case "skala_ae":
      return HURUF_SKALA[Math.round((1 - x) * 4)];
    case "persen":
      return Math.round(x * 1000) / 10;
    case "angka": {
      const lo = p.rentang?.min ?? 0;
      const hi = p.rentang?.maks ?? lo + 100;
      return Math.round((lo + (hi - lo) * x) * 10) / 10;
    }
  }
}

function pasti(h: HasilLembar, langkah: string): LembarKerja {
  if (!h.ok) throw new Error(`LKE sintetis: ${langkah} ditolak: ${h.galat.map((g) => g.pesan.id).join(" ")}`);
  return h.lembar;
}

/**
 * The worksheet of `r` (null when not started). `idBerkas` names each new
 * evidence file; `oleh` are the two evaluators (finalizer, approver) as the
 * domain sees them.
 */
export function lembarSintetis(
  isi: IsiLke,
  r: RencanaInstansi,
  dihitung: Record<string, NilaiDihitung>,
  oleh: readonly [string, string],
  idBerkas: () => string,
): LembarSintetis | null {
  const status = r.statusLembar;
  if (status === "belum_mulai") return null;
  const a = new Acak(r.benih ^ 0x1e5e);
  const mutu = antara((r.rerataDerajat - 25) / 50, 0.1, 0.95);
  const draf = status === "draf";
  // a draft is part answered; anything submitted was complete
  const porsi = draf ? 0.3 + 0.6 * a.next() : 1;
  let l = lembarBaru();
  const bukti: LembarSintetis["bukti"] = [];
  const buktiLembar: Record<string, string[]> = {};
  for (const k of isi.komponen)
    for (const ind of k.indikator) {
      if (ind.pengisian === "dihitung") continue;
      let semua = true;
      for (const p of ind.pertanyaan) {
        if (a.next() >= porsi) {
          semua = false;
          continue;
        }
        l = pasti(isiJawaban(l, isi, p.kode, jawabAcak(p, mutu, a)), `isi ${p.kode}`);
      }
      if (ind.bukti !== "wajib" || (draf && !semua)) continue;
      const id = idBerkas();
      bukti.push({ kodeIndikator: ind.kode, id });
      buktiLembar[ind.kode] = [id];
    }
  l = { ...l, isian: { ...l.isian, bukti: buktiLembar } };
  if (!draf) {
    l = pasti(kirimLembar(l, isi), "kirim");
    const mandiri = skorLembar(isi, l.isian, dihitung).mandiri;
    // under review: part reviewed; finalized and approved: every answer reviewed
    const porsiReviu = status === "dikirim" ? 0.7 * a.next() : 1;
    for (const k of mandiri.komponen)
      for (const ind of k.indikator)
        for (const p of ind.pertanyaan) {
          if (a.next() >= porsiReviu) continue;
          const turun = (p.skorMandiri ?? 0) > 0 && a.next() < 0.12;
          const keputusan = turun
            ? {
                keputusan: "disesuaikan" as const,
                skor: Math.round(Math.max(0, (p.skorMandiri ?? 0) - 0.25) * 100) / 100,
                catatan: CATATAN_PENYESUAIAN,
              }
            : { keputusan: "diterima" as const };
          l = pasti(tetapkanReviu(l, isi, p.kode, keputusan), `reviu ${p.kode}`);
        }
    if (status === "difinalisasi" || status === "disetujui")
      l = pasti(finalisasiLembar(l, isi, oleh[0]), "finalisasi");
    if (status === "disetujui") l = pasti(setujuiLembar(l, oleh[1]), "setujui");
  }
  const skor = skorLembar(isi, l.isian, dihitung);
  return {
    lembar: l,
    bukti,
    skorMandiri: skor.mandiri.total,
    skorAkhir: l.status === "difinalisasi" || l.status === "disetujui" ? skor.akhir.total : null,
  };
}
