/**
 * `nurani seed-nasional --instansi N --pegawai M --seed S`: a synthetic
 * nation on the configured database (docs/nasional.md § 8; demo/nasional.ts):
 * migrates first, loads N agencies with unit trees and M employees, and the
 * dashboard figures drawn from the model; employees by COPY; resumable (a
 * rerun after an interruption continues where the last chunk committed);
 * prints a progress bar; with NURANI_DEMO=1 the demo logins exist afterwards.
 */
import { masalahOpsiRencana } from "@nurani/domain";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import { seedDemoKe } from "../demo/index.ts";
import { muatNasionalSintetis, type ProgresNasional } from "../demo/nasional.ts";
import { bukaBasisdataConfig } from "../http/server.ts";

export function daftarkan(program: Command): void {
  program
    .command("seed-nasional")
    .description(
      "Membangkitkan bangsa sintetis: N instansi, M pegawai (NIP sah), angka dasbor dari model; dapat dilanjutkan",
    )
    .requiredOption("--instansi <n>", "jumlah instansi", (v) => Number(v))
    .requiredOption("--pegawai <m>", "jumlah pegawai", (v) => Number(v))
    .option("--seed <s>", "benih acak", (v) => Number(v), 1)
    .action(async (o: { instansi: number; pegawai: number; seed: number }) => {
      const opsi = { instansi: o.instansi, pegawai: o.pegawai, benih: o.seed };
      const masalah = masalahOpsiRencana(opsi);
      if (masalah.length > 0) throw new Error(masalah.join("; "));
      const config = loadConfig();
      const b = await bukaBasisdataConfig(config);
      try {
        await migrasiKeTerbaru(b.db);
        if (config.demo) await seedDemoKe(b.db);
        const mulai = Date.now();
        let terakhir = 0;
        let mulaiProgram: number | null = null;
        const h = await muatNasionalSintetis(b.db, {
          ...opsi,
          salin: b,
          progres: (p) => {
            const kini = Date.now();
            if (p.fase === "program") mulaiProgram ??= kini;
            if (kini - terakhir < 1000 && p.selesai < p.total && p.fase === "pegawai") return;
            terakhir = kini;
            process.stdout.write(`\r${barisProgres(p, (kini - mulai) / 1000)}`);
          },
        });
        const akhir = Date.now();
        const detik = (akhir - mulai) / 1000;
        console.log(
          `\nSelesai: ${h.instansi} instansi dimuat, ${h.dilewati} sudah lengkap, ${h.pegawai.toLocaleString("id")} pegawai dalam ${detik.toFixed(1)} s (${Math.round(h.pegawai / Math.max(detik, 0.001)).toLocaleString("id")} pegawai/s).`,
        );
        if (h.program > 0)
          console.log(
            `Siklus program dan LKE: ${h.program} instansi dalam ${((akhir - (mulaiProgram ?? akhir)) / 1000).toFixed(1)} s.`,
          );
      } finally {
        await b.tutup();
      }
    });
}

/** `[#####.....]  42,3 % 1.820.000/4.300.000 pegawai · 310/650 instansi · 5.432 pegawai/s · sisa ~7 mnt` */
export function barisProgres(p: ProgresNasional, detik: number): string {
  const bagian = p.pegawaiRencana > 0 ? p.pegawaiAda / p.pegawaiRencana : p.selesai / p.total;
  const isi = Math.round(bagian * 30);
  const laju = p.pegawai / Math.max(detik, 0.001);
  const sisa = laju > 0 ? (p.pegawaiRencana - p.pegawaiAda) / laju : Number.NaN;
  const sisaTeks =
    Number.isFinite(sisa) && p.pegawaiRencana > 0 ? ` · sisa ~${Math.ceil(sisa / 60)} mnt` : "";
  if (p.fase === "indeks")
    return `Membangun kembali indeks pegawai (${p.pegawaiAda.toLocaleString("id")} baris)…   `;
  if (p.fase === "program") {
    const isiProgram = Math.round((p.selesai / Math.max(p.total, 1)) * 30);
    return `Siklus program dan LKE [${"#".repeat(isiProgram)}${".".repeat(30 - isiProgram)}] ${p.selesai}/${p.total} instansi   `;
  }
  return (
    `[${"#".repeat(isi)}${".".repeat(30 - isi)}] ${(bagian * 100).toFixed(1).padStart(5)} % ` +
    `${p.pegawaiAda.toLocaleString("id")}/${p.pegawaiRencana.toLocaleString("id")} pegawai · ` +
    `${p.selesai}/${p.total} instansi · ${Math.round(laju).toLocaleString("id")} pegawai/s${sisaTeks}   `
  );
}
