/**
 * Assemble the national forms once and write them as data:
 *   npx tsx packages/domain/src/bank-butir/susun-cli.ts <benih> <versi>
 * Refuses to overwrite a version that already exists: published forms never
 * change in place (ITEM-WRITING.md "Review"); a new assembly is a new version.
 */
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PERNYATAAN_NASIONAL } from "./pernyataan/index.ts";
import { susunFormulirNasional } from "./susun.ts";

const [benihTeks = "2026", versi = "1"] = process.argv.slice(2);
const benih = Number(benihTeks);
const tujuan = fileURLToPath(new URL(`./formulir/nasional-v${versi}.ts`, import.meta.url));
if (!Number.isInteger(benih)) {
  console.error(`Benih harus bilangan bulat, bukan "${benihTeks}".`);
  process.exit(2);
}
if (existsSync(tujuan)) {
  console.error(
    `Formulir versi ${versi} sudah ada (${tujuan}); formulir terbit tidak boleh diubah. Pakai versi baru.`,
  );
  process.exit(1);
}
const hasil = susunFormulirNasional(PERNYATAAN_NASIONAL, { benih, versi });
const isi = `import type { Formulir } from "../tipe.ts";

// Dihasilkan oleh susun-cli.ts (benih ${benih}, percobaan ${hasil.percobaan}). Jangan diubah manual:
// formulir yang sudah dipakai tidak boleh berubah; susun versi baru bila perlu.
export const FORMULIR_NASIONAL_V${versi}: Formulir[] = ${JSON.stringify(hasil.formulir, null, 2)};
`;
writeFileSync(tujuan, isi);
console.log(`Formulir versi ${versi} ditulis ke ${tujuan} (benih ${benih}, percobaan ${hasil.percobaan}).`);
