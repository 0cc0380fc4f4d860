/** Block and form rules (ITEM-WRITING.md "Blocks" and "Forms"), within a form and across forms. */
import { faktorDari, isKodeSubDimensi, KODE_SUBDIMENSI, type KodeSubDimensi } from "../kerangka/faktor.ts";
import { ATURAN } from "./aturan.ts";
import { galat, peringatan, persen, type Temuan } from "./lint-temuan.ts";
import type { Blok, Formulir, Pernyataan } from "./tipe.ts";

/** Block rules (ITEM-WRITING.md "Blocks"). */
export function lintBlok(blok: Blok, indeks: ReadonlyMap<string, Pernyataan>, lokasiInduk = ""): Temuan[] {
  const out: Temuan[] = [];
  const loc = `${lokasiInduk}blok ${blok.id}`;
  if (blok.pernyataan.length !== 3) {
    out.push(
      galat("BLOK_UKURAN", loc, `Blok harus berisi tepat 3 pernyataan, bukan ${blok.pernyataan.length}.`),
    );
  }
  const isi: Pernyataan[] = [];
  for (const id of blok.pernyataan) {
    const p = indeks.get(id);
    if (!p) out.push(galat("BLOK_PERNYATAAN_TIDAK_ADA", loc, `Pernyataan ${id} tidak ada di bank.`));
    else {
      if (p.status === "ditarik")
        out.push(galat("BLOK_PERNYATAAN_DITARIK", loc, `Pernyataan ${id} sudah ditarik.`));
      isi.push(p);
    }
  }
  const sub = new Set(isi.map((p) => p.subDimensi));
  if (sub.size < isi.length) {
    out.push(
      galat("BLOK_SUBDIMENSI_SAMA", loc, "Ketiga pernyataan dalam blok harus dari sub-dimensi yang berbeda."),
    );
  }
  if (
    isi.length > 1 &&
    new Set(isi.map((p) => (isKodeSubDimensi(p.subDimensi) ? faktorDari(p.subDimensi) : ""))).size < 2
  ) {
    out.push(
      peringatan("BLOK_SATU_FAKTOR", loc, "Sebaiknya blok memuat pernyataan dari minimal dua faktor."),
    );
  }
  if (isi.length > 1) {
    const nilai = isi.map((p) => p.keinginanSosial);
    const selisih = Math.max(...nilai) - Math.min(...nilai);
    if (selisih > ATURAN.selisihKeinginanSosialMaks + 1e-9) {
      out.push(
        galat(
          "BLOK_KEINGINAN_SOSIAL",
          loc,
          `Selisih keinginan sosial dalam blok ${selisih.toFixed(1)}; paling banyak ${ATURAN.selisihKeinginanSosialMaks}.`,
        ),
      );
    }
  }
  if (new Set(isi.map((p) => p.situasi)).size < isi.length) {
    out.push(galat("BLOK_SITUASI_SAMA", loc, "Dua pernyataan dalam satu blok tidak boleh berbagi situasi."));
  }
  return out;
}

/** Keyed-direction pattern of a block: all positive, all negative, or mixed. */
export function polaKunci(
  blok: Blok,
  indeks: ReadonlyMap<string, Pernyataan>,
): "positif" | "negatif" | "campuran" {
  const kunci = blok.pernyataan.map((id) => indeks.get(id)?.kunci);
  if (kunci.every((k) => k === 1)) return "positif";
  if (kunci.every((k) => k === -1)) return "negatif";
  return "campuran";
}

/** Form rules (ITEM-WRITING.md "Blocks" and "Forms"). */
export function lintFormulir(form: Formulir, indeks: ReadonlyMap<string, Pernyataan>): Temuan[] {
  const loc = `formulir ${form.id}`;
  const out: Temuan[] = form.blok.flatMap((b) => lintBlok(b, indeks, `${loc}, `));
  const idBlok = new Set<string>();
  const dipakai = new Set<string>();
  for (const b of form.blok) {
    if (idBlok.has(b.id)) out.push(galat("FORM_BLOK_GANDA", loc, `Blok ${b.id} muncul lebih dari sekali.`));
    idBlok.add(b.id);
    for (const id of b.pernyataan) {
      if (dipakai.has(id)) {
        out.push(
          galat("FORM_PERNYATAAN_GANDA", loc, `Pernyataan ${id} dipakai lebih dari sekali dalam formulir.`),
        );
      }
      dipakai.add(id);
    }
  }
  const lengkap = form.jenis === "lengkap";
  const min = lengkap
    ? ATURAN.pernyataanPerSubDimensiFormLengkapMin
    : ATURAN.pernyataanPerSubDimensiPenyaringanMin;
  const perSub = new Map<KodeSubDimensi, Pernyataan[]>(KODE_SUBDIMENSI.map((k) => [k, []]));
  for (const id of dipakai) {
    const p = indeks.get(id);
    if (p) perSub.get(p.subDimensi)?.push(p);
  }
  for (const [kode, isi] of perSub) {
    if (isi.length < min) {
      out.push(
        galat(
          "FORM_CAKUPAN",
          loc,
          `Sub-dimensi ${kode} diukur ${isi.length} pernyataan; minimal ${min} per formulir.`,
        ),
      );
    }
    const kunci = new Set(isi.map((p) => p.kunci));
    if (isi.length > 0 && kunci.size < 2) {
      out.push(
        galat(
          "FORM_KUNCI_SUBDIMENSI",
          loc,
          `Sub-dimensi ${kode} harus diukur pernyataan berkunci positif dan negatif.`,
        ),
      );
    }
  }
  const pola = form.blok.map((b) => polaKunci(b, indeks));
  for (const jenis of ["positif", "negatif", "campuran"] as const) {
    if (!pola.includes(jenis)) {
      out.push(
        galat(
          "FORM_CAMPURAN_KUNCI",
          loc,
          `Formulir harus memuat blok ${jenis === "campuran" ? "berkunci campuran" : `yang seluruhnya berkunci ${jenis}`}.`,
        ),
      );
    }
  }
  const campuran = pola.filter((p) => p === "campuran").length;
  if (form.blok.length > 0 && campuran / form.blok.length < ATURAN.proporsiBlokCampuranMin) {
    out.push(
      peringatan(
        "FORM_CAMPURAN_KUNCI",
        loc,
        `Hanya ${campuran} dari ${form.blok.length} blok berkunci campuran; disarankan minimal sepertiga.`,
      ),
    );
  }
  if (
    !lengkap &&
    (form.blok.length < ATURAN.blokPenyaringanMin || form.blok.length > ATURAN.blokPenyaringanMaks)
  ) {
    out.push(
      galat(
        "FORM_JUMLAH_BLOK",
        loc,
        `Formulir penyaringan berisi ${form.blok.length} blok; harus ${ATURAN.blokPenyaringanMin}–${ATURAN.blokPenyaringanMaks}.`,
      ),
    );
  }
  for (const j of form.jangkar) {
    if (!idBlok.has(j)) out.push(galat("FORM_JANGKAR", loc, `Blok jangkar ${j} tidak ada dalam formulir.`));
  }
  return out;
}

/**
 * Rules across forms: a block id means the same three statements everywhere,
 * and the parallel full forms share one anchor set, large enough for linking.
 */
export function lintAntarFormulir(daftar: readonly Formulir[]): Temuan[] {
  const out: Temuan[] = [];
  const isiBlok = new Map<string, string>();
  for (const f of daftar) {
    for (const b of f.blok) {
      const isi = b.pernyataan.join(",");
      const lama = isiBlok.get(b.id);
      if (lama !== undefined && lama !== isi) {
        out.push(
          galat(
            "BLOK_TIDAK_KONSISTEN",
            `formulir ${f.id}, blok ${b.id}`,
            `Blok ${b.id} berisi lain di formulir lain.`,
          ),
        );
      }
      isiBlok.set(b.id, isi);
    }
  }
  const lengkap = daftar.filter((f) => f.jenis === "lengkap");
  if (lengkap.length >= 2) {
    const acuan = [...lengkap[0].jangkar].sort().join(",");
    for (const f of lengkap) {
      const loc = `formulir ${f.id}`;
      if ([...f.jangkar].sort().join(",") !== acuan) {
        out.push(
          galat(
            "FORM_JANGKAR",
            loc,
            `Formulir paralel harus berbagi himpunan blok jangkar yang sama dengan ${lengkap[0].id}.`,
          ),
        );
      }
      if (f.jangkar.length < ATURAN.proporsiJangkarMin * f.blok.length) {
        out.push(
          galat(
            "FORM_JANGKAR",
            loc,
            `Hanya ${f.jangkar.length} blok jangkar; minimal ${persen(ATURAN.proporsiJangkarMin)} dari ${f.blok.length} blok.`,
          ),
        );
      }
    }
  }
  return out;
}
