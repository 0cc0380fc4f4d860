/** `nurani restore FILE`: load a `nurani backup` dump into an empty database, in one transaction. */
import type { Command } from "commander";
import { pulihkanCadangan } from "../backup/pulihkan.ts";
import { loadConfig } from "../config.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import { bukaBasisdataConfig } from "../http/server.ts";

export function daftarkan(program: Command): void {
  program
    .command("restore")
    .description("Memulihkan cadangan ke basis data kosong (dimigrasi otomatis), dalam satu transaksi")
    .argument("<berkas>", "berkas cadangan dari `nurani backup`")
    .action(async (berkas: string) => {
      const b = await bukaBasisdataConfig(loadConfig());
      try {
        await migrasiKeTerbaru(b.db);
        const h = await pulihkanCadangan(b.db, berkas, (nama, baris) =>
          console.log(`  ${nama.padEnd(28)} ${baris} baris`),
        );
        const total = h.tabel.reduce((s, t) => s + t.baris, 0);
        console.log(`Pemulihan selesai: skema ${h.versi}, ${h.tabel.length} tabel, ${total} baris.`);
      } finally {
        await b.tutup();
      }
    });
}
