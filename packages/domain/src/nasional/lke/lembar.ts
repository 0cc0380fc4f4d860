import type { Peran } from "../../peran.ts";
import { type Galat, galat } from "../../program/galat.ts";
import { masalahJawaban } from "./aturan.ts";
import type {
  IndikatorLke,
  IsiLke,
  KeputusanReviu,
  LembarJawaban,
  NilaiJawaban,
  PertanyaanLke,
} from "./tipe.ts";

/**
 * One agency's worksheet in a period and its life (issue "Self-assessment,
 * then review"): the agency fills in and submits it (`draf` → `dikirim`);
 * an evaluator reviews every answer — accepts it or adjusts its score with
 * a mandatory note — and finalizes (`difinalisasi`); a second evaluator
 * approves (`disetujui`, four eyes) or sends it back to review. While
 * submitted, the evaluator may return it to the agency (`draf`) with a
 * note. The period's windows (periode.ts) decide *when* each step may
 * happen; this file decides *whether* it may from the worksheet's state.
 */
export const STATUS_LEMBAR = ["draf", "dikirim", "difinalisasi", "disetujui"] as const;
export type StatusLembar = (typeof STATUS_LEMBAR)[number];

export interface LembarKerja {
  status: StatusLembar;
  isian: LembarJawaban;
  /** The evaluator who finalized (the approver must be someone else). */
  difinalisasiOleh: string | null;
  disetujuiOleh: string | null;
}

export type AksiLembar =
  | "isi"
  | "kirim"
  | "kembalikan"
  | "reviu"
  | "finalisasi"
  | "setujui"
  | "tolak_finalisasi";

/** Roles that may take each step; the route declares them, the central guard enforces them. */
export const PELAKU_LEMBAR: Record<AksiLembar, readonly Peran[]> = {
  isi: ["ppk", "admin_instansi", "tim_supervisi"],
  kirim: ["ppk", "admin_instansi", "tim_supervisi"],
  kembalikan: ["evaluator_nasional"],
  reviu: ["evaluator_nasional"],
  finalisasi: ["evaluator_nasional"],
  setujui: ["evaluator_nasional"],
  tolak_finalisasi: ["evaluator_nasional"],
};

/** Shortest note an evaluator must write with an adjusted score or a return. */
export const PANJANG_MIN_CATATAN = 10;

export type HasilLembar = { ok: true; lembar: LembarKerja } | { ok: false; galat: Galat[] };

const S = '— (docs/nasional.md "Lembar kerja instansi")';
const tolak = (...galat: Galat[]): HasilLembar => ({ ok: false, galat });

export function lembarBaru(): LembarKerja {
  return {
    status: "draf",
    isian: { jawaban: {}, bukti: {}, reviu: {} },
    difinalisasiOleh: null,
    disetujuiOleh: null,
  };
}

function statusSalah(l: LembarKerja, perlu: StatusLembar): Galat {
  return galat(
    "STATUS_LEMBAR_TIDAK_SESUAI",
    S,
    `Lembar kerja berstatus ${l.status}; langkah ini hanya pada status ${perlu}.`,
    `The worksheet is ${l.status}; this step is only possible when ${perlu}.`,
  );
}

function cari(isi: IsiLke, kode: string): { indikator: IndikatorLke; pertanyaan: PertanyaanLke } | undefined {
  for (const k of isi.komponen)
    for (const indikator of k.indikator) {
      const pertanyaan = indikator.pertanyaan.find((p) => p.kode === kode);
      if (pertanyaan) return { indikator, pertanyaan };
    }
  return undefined;
}

const tidakAda = (kode: string) =>
  galat(
    "PERTANYAAN_TIDAK_ADA",
    S,
    `Pertanyaan ${kode} tidak ada di lembar kerja ini.`,
    `Question ${kode} is not in this worksheet.`,
    `jawaban.${kode}`,
  );

const catatanPendek = (bidang: string) =>
  galat(
    "CATATAN_WAJIB",
    S,
    `Catatan wajib diisi (paling sedikit ${PANJANG_MIN_CATATAN} karakter).`,
    `A note is required (at least ${PANJANG_MIN_CATATAN} characters).`,
    bidang,
  );

/** The agency answers (or clears, with null) one question of a `dijawab` indicator while in draft. */
export function isiJawaban(
  l: LembarKerja,
  isi: IsiLke,
  kode: string,
  nilai: NilaiJawaban | null,
): HasilLembar {
  if (l.status !== "draf") return tolak(statusSalah(l, "draf"));
  const x = cari(isi, kode);
  if (!x) return tolak(tidakAda(kode));
  if (x.indikator.pengisian === "dihitung")
    return tolak(
      galat(
        "JAWABAN_DIHITUNG_SISTEM",
        S,
        `${kode} diisi sistem dari data instansi; perbaiki datanya, bukan jawabannya.`,
        `${kode} is filled in by the system from the agency's data; correct the data, not the answer.`,
        `jawaban.${kode}`,
      ),
    );
  const jawaban = { ...l.isian.jawaban };
  if (nilai === null) delete jawaban[kode];
  else {
    const m = masalahJawaban(x.pertanyaan, nilai);
    if (m) return tolak(m);
    jawaban[kode] = nilai;
  }
  return { ok: true, lembar: { ...l, isian: { ...l.isian, jawaban } } };
}

/**
 * What keeps the agency from submitting: a question of an indicator it
 * answers without a valid answer, or an indicator whose evidence is
 * required without a file. Computed indicators never block (missing data
 * scores 0).
 */
export function periksaKelengkapan(isi: IsiLke, isian: LembarJawaban): Galat[] {
  const g: Galat[] = [];
  for (const k of isi.komponen)
    for (const ind of k.indikator) {
      if (ind.pengisian === "dihitung") continue;
      for (const p of ind.pertanyaan) {
        const nilai = isian.jawaban[p.kode];
        if (nilai === undefined || nilai === null)
          g.push(
            galat(
              "BELUM_DIJAWAB",
              S,
              `${p.kode} belum dijawab.`,
              `${p.kode} is not answered.`,
              `jawaban.${p.kode}`,
            ),
          );
        else {
          const m = masalahJawaban(p, nilai);
          if (m) g.push(m);
        }
      }
      if (ind.bukti === "wajib" && (isian.bukti[ind.kode] ?? []).length === 0)
        g.push(
          galat(
            "BUKTI_WAJIB",
            S,
            `Indikator ${ind.kode} memerlukan bukti dukung.`,
            `Indicator ${ind.kode} needs supporting evidence.`,
            `bukti.${ind.kode}`,
          ),
        );
    }
  return g;
}

export function kirimLembar(l: LembarKerja, isi: IsiLke): HasilLembar {
  if (l.status !== "draf") return tolak(statusSalah(l, "draf"));
  const g = periksaKelengkapan(isi, l.isian);
  if (g.length > 0) return tolak(...g);
  return { ok: true, lembar: { ...l, status: "dikirim" } };
}

/** Back to the agency for changes; the review so far is kept. */
export function kembalikanLembar(l: LembarKerja, catatan: string): HasilLembar {
  if (l.status !== "dikirim") return tolak(statusSalah(l, "dikirim"));
  if (catatan.trim().length < PANJANG_MIN_CATATAN) return tolak(catatanPendek("catatan"));
  return { ok: true, lembar: { ...l, status: "draf" } };
}

/** The evaluator accepts a question's answer, or adjusts its score (0…1) with a note. */
export function tetapkanReviu(l: LembarKerja, isi: IsiLke, kode: string, k: KeputusanReviu): HasilLembar {
  if (l.status !== "dikirim") return tolak(statusSalah(l, "dikirim"));
  if (!cari(isi, kode)) return tolak(tidakAda(kode));
  if (k.keputusan === "disesuaikan") {
    const g: Galat[] = [];
    if (!(typeof k.skor === "number" && Number.isFinite(k.skor) && k.skor >= 0 && k.skor <= 1))
      g.push(
        galat(
          "SKOR_TIDAK_SAH",
          S,
          "Skor penyesuaian harus 0 sampai 1.",
          "The adjusted score must be 0 to 1.",
          `reviu.${kode}.skor`,
        ),
      );
    if (typeof k.catatan !== "string" || k.catatan.trim().length < PANJANG_MIN_CATATAN)
      g.push(catatanPendek(`reviu.${kode}.catatan`));
    if (g.length > 0) return tolak(...g);
  }
  const reviu = {
    ...(l.isian.reviu ?? {}),
    [kode]: k.keputusan === "disesuaikan" ? { ...k, catatan: k.catatan.trim() } : k,
  };
  return { ok: true, lembar: { ...l, isian: { ...l.isian, reviu } } };
}

/** Every question reviewed → finalized by `oleh`. */
export function finalisasiLembar(l: LembarKerja, isi: IsiLke, oleh: string): HasilLembar {
  if (l.status !== "dikirim") return tolak(statusSalah(l, "dikirim"));
  const belum = isi.komponen
    .flatMap((k) => k.indikator.flatMap((i) => i.pertanyaan.map((p) => p.kode)))
    .filter((kode) => !l.isian.reviu?.[kode]);
  if (belum.length > 0)
    return tolak(
      galat(
        "BELUM_DIREVIU",
        S,
        `Belum direviu: ${belum.join(", ")}.`,
        `Not reviewed yet: ${belum.join(", ")}.`,
        "reviu",
      ),
    );
  return { ok: true, lembar: { ...l, status: "difinalisasi", difinalisasiOleh: oleh } };
}

/** A second evaluator approves (four eyes). */
export function setujuiLembar(l: LembarKerja, oleh: string): HasilLembar {
  if (l.status !== "difinalisasi") return tolak(statusSalah(l, "difinalisasi"));
  if (oleh === l.difinalisasiOleh)
    return tolak(
      galat(
        "PENYETUJU_ADALAH_PEMFINALISASI",
        S,
        "Prinsip empat mata: lembar kerja disetujui oleh evaluator lain dari yang memfinalisasi.",
        "Four eyes: an evaluator other than the one who finalized approves the worksheet.",
      ),
    );
  return { ok: true, lembar: { ...l, status: "disetujui", disetujuiOleh: oleh } };
}

/** The second evaluator sends the finalized worksheet back to review, with a note. */
export function tolakFinalisasi(l: LembarKerja, oleh: string, catatan: string): HasilLembar {
  if (l.status !== "difinalisasi") return tolak(statusSalah(l, "difinalisasi"));
  if (oleh === l.difinalisasiOleh)
    return tolak(
      galat(
        "PENYETUJU_ADALAH_PEMFINALISASI",
        S,
        "Prinsip empat mata: hanya evaluator lain yang menilai finalisasi ini.",
        "Four eyes: only another evaluator judges this finalization.",
      ),
    );
  if (catatan.trim().length < PANJANG_MIN_CATATAN) return tolak(catatanPendek("catatan"));
  return { ok: true, lembar: { ...l, status: "dikirim", difinalisasiOleh: null } };
}
