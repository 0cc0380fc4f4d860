/**
 * `nurani import-pegawai FILE --instansi KODE [--yes]`: validate the whole
 * file, print the per-row report, ask (or `--yes`) and write everything in
 * one transaction with a progress bar.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { isKodeGalatPegawai } from "@nurani/domain";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import type { Db } from "../db/factory.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import {
  BATAS_BAWAAN,
  BATAS_XLSX,
  buatImpor,
  formatUkuran,
  type GalatBerkas,
  pesanGalatBaris,
  pesanGalatBerkas,
  tulisImpor,
  validasiImporTersimpan,
} from "../fitur/impor/index.ts";
import { bukaBasisdataConfig } from "../http/server.ts";

/** The CLI reads files up to this size (the web upload keeps BATAS_BAWAAN). */
const UKURAN_MAKS_CLI = 200 * 1024 * 1024;
const BARIS_MAKS_CLI = 1_000_000;
const GALAT_DICETAK = 50;

function bilah(judul: string) {
  return new cliProgress.SingleBar(
    {
      format: `${judul} [{bar}] {percentage}% | {value}/{total} baris`,
      hideCursor: true,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
}

async function cetakGalat(db: Db, instansiId: string, imporId: string, jumlah: number) {
  const rows = await db
    .selectFrom("impor_pegawai_galat")
    .select(["baris", "kolom", "kode", "isian"])
    .where("instansi_id", "=", instansiId)
    .where("impor_id", "=", imporId)
    .orderBy("urutan")
    .limit(GALAT_DICETAK)
    .execute();
  for (const r of rows) {
    const pesan = isKodeGalatPegawai(r.kode)
      ? pesanGalatBaris({
          ...r,
          kode: r.kode,
          isian: (r.isian as Record<string, string> | null) ?? undefined,
        })
      : r.kode;
    console.log(`  baris ${String(r.baris).padStart(6)}  ${r.kolom.padEnd(16)} ${pesan}`);
  }
  if (jumlah > rows.length) console.log(`  … dan ${jumlah - rows.length} galat lain.`);
}

export async function imporDariCli(
  db: Db,
  o: { berkas: string; instansiKode: string; yes: boolean; tanya?: (q: string) => Promise<boolean> },
): Promise<number> {
  const instansi = await db
    .selectFrom("instansi")
    .select(["id", "nama"])
    .where("kode", "=", o.instansiKode)
    .executeTakeFirst();
  if (!instansi) {
    console.error(`Instansi dengan kode ${o.instansiKode} tidak ada.`);
    return 2;
  }
  const stat = await fs.stat(o.berkas);
  if (stat.size > UKURAN_MAKS_CLI) {
    console.error(
      pesanGalatBerkas({ kode: "BERKAS_TERLALU_BESAR", isian: { batas: formatUkuran(UKURAN_MAKS_CLI) } }),
    );
    return 2;
  }
  const isi = await fs.readFile(o.berkas);
  const imporId = await buatImpor(db, {
    instansiId: instansi.id,
    penggunaId: null,
    namaBerkas: path.basename(o.berkas),
    berkas: isi,
    simpanBerkas: false,
  });

  console.log(`Memvalidasi ${path.basename(o.berkas)} untuk ${instansi.nama} …`);
  const b1 = bilah("Validasi");
  b1.start(1, 0);
  const v = await validasiImporTersimpan(db, instansi.id, imporId, {
    berkas: isi,
    batas: {
      ...BATAS_BAWAAN,
      ukuranMaks: UKURAN_MAKS_CLI,
      barisMaks: BARIS_MAKS_CLI,
      // ten times the web's rows: ten times the inflated size; the cell bound stays (memory)
      xlsx: { ...BATAS_XLSX, entriMaks: 10 * BATAS_XLSX.entriMaks, totalMaks: 10 * BATAS_XLSX.totalMaks },
    },
    onProgres: (s, t) => {
      b1.setTotal(t);
      b1.update(s);
    },
  });
  b1.stop();
  const r = v.ringkasan;
  if (v.galatBerkas) {
    console.error(`Berkas ditolak: ${pesanGalatBerkas(v.galatBerkas as GalatBerkas)}`);
    return 1;
  }
  console.log(`${r.baris} baris: ${r.valid} valid, ${r.galat} bergalat.`);
  if (v.status === "ditolak") {
    console.log("Laporan galat (tidak ada data yang ditulis):");
    await cetakGalat(db, instansi.id, imporId, await jumlahGalat(db, instansi.id, imporId));
    return 1;
  }
  console.log(`Akan ditulis: ${r.baru} pegawai baru, ${r.diperbarui} NIP yang sudah ada diperbarui.`);
  const lanjut = o.yes || (await (o.tanya ?? tanyaYa)("Lanjutkan impor? [y/N] "));
  if (!lanjut) {
    console.log("Dibatalkan; tidak ada data yang ditulis.");
    return 1;
  }
  await db.updateTable("impor_pegawai").set({ status: "menulis" }).where("id", "=", imporId).execute();
  const b2 = bilah("Menulis ");
  b2.start(r.valid, 0);
  const hasil = await tulisImpor(db, instansi.id, imporId, { onProgres: (s) => b2.update(s) });
  b2.stop();
  console.log(
    `Selesai dalam satu transaksi: ${hasil.baru} baru, ${hasil.diperbarui} diperbarui, ${r.valid - hasil.baru - hasil.diperbarui} tidak berubah.`,
  );
  return 0;
}

async function jumlahGalat(db: Db, instansiId: string, imporId: string): Promise<number> {
  const { n } = await db
    .selectFrom("impor_pegawai_galat")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("instansi_id", "=", instansiId)
    .where("impor_id", "=", imporId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

async function tanyaYa(q: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(y|ya|yes)$/i.test((await rl.question(q)).trim());
  } finally {
    rl.close();
  }
}

export function daftarkan(program: Command): void {
  program
    .command("import-pegawai")
    .description(
      "Mengimpor pegawai dari CSV/XLSX: validasi seluruh berkas, laporan, konfirmasi, tulis dalam satu transaksi",
    )
    .argument("<berkas>", "berkas .csv atau .xlsx")
    .requiredOption("--instansi <kode>", "kode instansi tujuan")
    .option("-y, --yes", "langsung menulis tanpa bertanya bila berkas valid", false)
    .action(async (berkas: string, opsi: { instansi: string; yes: boolean }) => {
      const b = await bukaBasisdataConfig(loadConfig());
      try {
        await migrasiKeTerbaru(b.db);
        process.exitCode = await imporDariCli(b.db, { berkas, instansiKode: opsi.instansi, yes: opsi.yes });
      } finally {
        await b.tutup();
      }
    });
}
