/** `nurani seed-demo`: fill the demo agencies, employees and logins (once). */
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import { PASSWORD_DEMO, seedDemoKe, tabelLogin } from "../demo/index.ts";
import { bukaBasisdataConfig } from "../http/server.ts";

export function daftarkan(program: Command): void {
  program
    .command("seed-demo")
    .description(
      "Mengisi data demo (KemenPANRB, dua instansi contoh, ±500 pegawai masing-masing, login per peran)",
    )
    .action(async () => {
      const config = loadConfig();
      const b = await bukaBasisdataConfig(config);
      try {
        await migrasiKeTerbaru(b.db);
        const h = await seedDemoKe(b.db, new Date(), { dataDir: config.dataDir });
        console.log(
          h.sudahAda
            ? "Data demo sudah ada; tidak diisi ulang."
            : `Data demo diisi: ${h.instansi} instansi, ${h.unit} unit kerja, ${h.pegawai} pegawai.`,
        );
        console.log(`\nLogin demo (kata sandi semua akun: "${PASSWORD_DEMO}"):\n${tabelLogin(h.login)}`);
      } finally {
        await b.tutup();
      }
    });
}
