/** `nurani backup FILE`: a plain-SQL dump of the whole database (readable by psql). */
import type { Command } from "commander";
import { buatCadangan } from "../backup/dump.ts";
import { loadConfig } from "../config.ts";
import { bukaBasisdataConfig } from "../http/server.ts";

export function daftarkan(program: Command): void {
  program
    .command("backup")
    .description("Mencadangkan seluruh basis data ke berkas SQL biasa (dapat dibaca psql)")
    .argument("<berkas>", "berkas tujuan, mis. nurani-2026-11-28.sql")
    .action(async (berkas: string) => {
      const b = await bukaBasisdataConfig(loadConfig());
      try {
        const h = await buatCadangan(b.db, berkas, (nama, baris) =>
          console.log(`  ${nama.padEnd(28)} ${baris} baris`),
        );
        const total = h.tabel.reduce((s, t) => s + t.baris, 0);
        console.log(`Cadangan ${berkas} selesai: skema ${h.versi}, ${h.tabel.length} tabel, ${total} baris.`);
      } finally {
        await b.tutup();
      }
    });
}
