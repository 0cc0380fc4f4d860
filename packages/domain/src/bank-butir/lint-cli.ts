/**
 * `npm run lint:items [-- berkas.json] [--simulasi]`: lint the national item
 * bank (or a bank exported as JSON, `BankButir` shape) and its forms against
 * ITEM-WRITING.md. Prints findings in Bahasa Indonesia; exit code 1 when any
 * finding is an error. With `--simulasi` it also runs the design guard on
 * every form (reference parameters, 1000 simulated test takers) and exits 1
 * when a form is not fit for publication.
 */
import { readFileSync } from "node:fs";
import { BANK_NASIONAL, REGISTER_TERBIT_NASIONAL } from "./bank.ts";
import { adaGalat, lintBank } from "./lint.ts";
import type { BankButir } from "./tipe.ts";

const berkas = process.argv.slice(2).find((a) => !a.startsWith("--"));
let bank: BankButir = BANK_NASIONAL;
if (berkas) {
  try {
    bank = JSON.parse(readFileSync(berkas, "utf8")) as BankButir;
    if (!Array.isArray(bank.pernyataan) || !Array.isArray(bank.formulir)) {
      throw new Error('harus berupa objek dengan daftar "pernyataan" dan "formulir"');
    }
  } catch (e) {
    console.error(`Berkas bank butir "${berkas}" tidak dapat dibaca: ${(e as Error).message}`);
    process.exit(2);
  }
}

const temuan = lintBank(bank, REGISTER_TERBIT_NASIONAL);
for (const t of temuan) {
  console.log(`${t.keparahan === "galat" ? "GALAT" : "PERINGATAN"} [${t.aturan}] ${t.lokasi}: ${t.pesan}`);
}
const jumlahGalat = temuan.filter((t) => t.keparahan === "galat").length;
console.log(
  `Bank butir versi ${bank.versi}: ${bank.pernyataan.length} pernyataan, ` +
    `${bank.formulir.length} formulir; ${jumlahGalat} galat, ${temuan.length - jumlahGalat} peringatan.`,
);

let tidakLayak = 0;
if (process.argv.includes("--simulasi")) {
  // Loaded only when asked: the engine is not needed to lint.
  const { periksaDesainFormulir } = await import("./guard.ts");
  const dua = (x: number) => x.toFixed(2);
  for (const f of bank.formulir) {
    const r = periksaDesainFormulir(f, bank.pernyataan, { n: 1000, benih: 2026 });
    const rel = Object.values(r.reliabilitas);
    const faktor = Object.entries(r.reliabilitasFaktor)
      .map(([k, x]) => `${k} ${dua(x)}`)
      .join(", ");
    console.log(
      `Formulir ${f.id} (${f.jenis}): reliabilitas sub-dimensi ${dua(Math.min(...rel))}–${dua(Math.max(...rel))}; ` +
        `faktor ${faktor}; bias korelasi rata-rata ${dua(r.biasKorelasiRataRata)}, maks ${dua(r.biasKorelasiMaks)}; ` +
        `${r.layakTerbit ? "LAYAK TERBIT" : "TIDAK LAYAK TERBIT"} (parameter acuan sementara).`,
    );
    for (const a of r.alasan) console.log(`  - ${a}`);
    if (!r.layakTerbit) tidakLayak++;
  }
}
process.exit(adaGalat(temuan) || tidakLayak > 0 ? 1 : 0);
