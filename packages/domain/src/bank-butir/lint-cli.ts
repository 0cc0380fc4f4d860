/**
 * `npm run lint:items`: lint the national item bank and its forms against
 * ITEM-WRITING.md. Prints findings in Bahasa Indonesia; exit code 1 when any
 * finding is an error.
 */
import { BANK_NASIONAL, REGISTER_TERBIT_NASIONAL } from "./bank.ts";
import { adaGalat, lintBank } from "./lint.ts";

const temuan = lintBank(BANK_NASIONAL, REGISTER_TERBIT_NASIONAL);
for (const t of temuan) {
  console.log(`${t.keparahan === "galat" ? "GALAT" : "PERINGATAN"} [${t.aturan}] ${t.lokasi}: ${t.pesan}`);
}
const jumlahGalat = temuan.filter((t) => t.keparahan === "galat").length;
console.log(
  `Bank butir versi ${BANK_NASIONAL.versi}: ${BANK_NASIONAL.pernyataan.length} pernyataan, ` +
    `${BANK_NASIONAL.formulir.length} formulir; ${jumlahGalat} galat, ${temuan.length - jumlahGalat} peringatan.`,
);
process.exit(adaGalat(temuan) ? 1 : 0);
