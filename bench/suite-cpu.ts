/**
 * Where the suite's time goes: reads the lines the test files wrote with
 * `NURANI_UJI_CPU=<file>` (packages/server/test/support/cpu-berkas.ts) and
 * prints the CPU and wall seconds per project and the costliest files.
 *
 *   NURANI_UJI_CPU=/tmp/cpu.jsonl npx vitest run --project server …
 *   npx tsx bench/suite-cpu.ts /tmp/cpu.jsonl [top=25]
 *
 * CPU = the test process plus the children it waited for (Chromium, CLI
 * runs); a PostgreSQL server's own CPU is not in it.
 */
import fs from "node:fs";
import path from "node:path";

interface Baris {
  berkas: string;
  dinding: number;
  cpu: number;
  cpuAnak: number;
}

const [berkas, topArg] = process.argv.slice(2);
if (!berkas) {
  console.error("pemakaian: tsx bench/suite-cpu.ts <berkas.jsonl> [top]");
  process.exit(2);
}
const baris: Baris[] = fs
  .readFileSync(berkas, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Baris);
const akar = path.resolve(import.meta.dirname, "..");
const nama = (b: Baris) => path.relative(akar, b.berkas);
const proyek = (b: Baris) => nama(b).split("/")[1] + (nama(b).includes("/e2e/") ? " e2e" : "");
const total = (b: Baris) => b.cpu + b.cpuAnak;
const jumlah = baris.reduce((s, b) => s + total(b), 0);
const f1 = (x: number) => x.toFixed(1).padStart(7);

const perProyek = new Map<string, { n: number; cpu: number; dinding: number }>();
for (const b of baris) {
  const p = perProyek.get(proyek(b)) ?? { n: 0, cpu: 0, dinding: 0 };
  p.n++;
  p.cpu += total(b);
  p.dinding += b.dinding;
  perProyek.set(proyek(b), p);
}
console.log("project        files   CPU s  share   wall s");
for (const [p, v] of [...perProyek].sort((a, b) => b[1].cpu - a[1].cpu))
  console.log(
    `${p.padEnd(14)} ${String(v.n).padStart(5)} ${f1(v.cpu)} ${((100 * v.cpu) / jumlah).toFixed(0).padStart(5)}% ${f1(v.dinding)}`,
  );
console.log(`${"total".padEnd(14)} ${String(baris.length).padStart(5)} ${f1(jumlah)}\n`);
console.log("   CPU s (own + children)   wall s  file");
for (const b of [...baris].sort((a, c) => total(c) - total(a)).slice(0, Number(topArg) || 25))
  console.log(`${f1(total(b))} (${f1(b.cpu)} +${f1(b.cpuAnak)}) ${f1(b.dinding)}  ${nama(b)}`);
