/**
 * `nurani seed-nasional --instansi N --pegawai M --seed S`: a synthetic
 * nation on the configured database (docs/nasional.md § 8; demo/nasional.ts):
 * migrates first, loads N agencies with unit trees and M employees, and the
 * dashboard figures drawn from the model; resumable (agencies already loaded
 * are skipped); prints progress; with NURANI_DEMO=1 the demo logins exist
 * afterwards.
 */
import { masalahOpsiRencana } from "@nurani/domain";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import { seedDemoKe } from "../demo/index.ts";
import { muatNasionalSintetis } from "../demo/nasional.ts";
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
        const h = await muatNasionalSintetis(b.db, {
          ...opsi,
          progres: (p) => {
            const kini = Date.now();
            if (kini - terakhir < 2000 && p.selesai < p.total) return;
            terakhir = kini;
            const detik = (kini - mulai) / 1000;
            process.stdout.write(
              `\r${p.selesai}/${p.total} instansi (${p.dilewati} sudah ada), ${p.pegawai.toLocaleString("id")} pegawai, ${detik.toFixed(0)} s, ${Math.round(p.pegawai / Math.max(detik, 0.001)).toLocaleString("id")} pegawai/s   `,
            );
          },
        });
        const detik = (Date.now() - mulai) / 1000;
        console.log(
          `\nSelesai: ${h.instansi} instansi baru, ${h.dilewati} dilewati, ${h.pegawai.toLocaleString("id")} pegawai dalam ${detik.toFixed(1)} s.`,
        );
      } finally {
        await b.tutup();
      }
    });
}
