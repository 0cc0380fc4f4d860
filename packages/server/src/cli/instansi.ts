/**
 * `nurani instansi tambah …`: registers an agency in the national register
 * (BAB IV) with the same checks as the API, and optionally creates its first
 * admin, printing the one-time activation code (only its hash is stored; the
 * admin sets their own password at /aktivasi).
 */
import fs from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { tulisAudit } from "../audit/log.ts";
import { loadConfig } from "../config.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import { pesanGalatBerkas } from "../fitur/impor/index.ts";
import {
  buatAdminPertama,
  buatImporInstansi,
  type GalatImpor,
  konfirmasiImporInstansi,
  pesanGalatImpor,
  type RingkasanImpor,
  tambahInstansi,
} from "../fitur/nasional/index.ts";
import { GalatApi } from "../http/errors.ts";
import { bukaBasisdataConfig } from "../http/server.ts";

export function daftarkan(program: Command): void {
  const instansi = program.command("instansi").description("Register instansi nasional (BAB IV)");
  instansi
    .command("tambah")
    .description("Mendaftarkan instansi (dan admin pertamanya dengan kode aktivasi sekali pakai)")
    .requiredOption("--kode <kode>", "kode instansi (mis. PEMKAB-BDG)")
    .requiredOption("--nama <nama>", "nama instansi")
    .requiredOption(
      "--jenis <jenis>",
      "kementerian, lpnk, kesekretariatan_lembaga_negara, …, provinsi, kabupaten, kota",
    )
    .option(
      "--provinsi <provinsi>",
      "provinsi (kode Kemendagri atau nama); provinsi induk bagi kabupaten/kota",
    )
    .option("--kode-wilayah <kode>", "kode wilayah Kemendagri (mis. 32.04)")
    .option("--admin <username>", "nama pengguna admin pertama")
    .option("--nama-admin <nama>", "nama lengkap admin pertama")
    .action(
      async (o: {
        kode: string;
        nama: string;
        jenis: string;
        provinsi?: string;
        kodeWilayah?: string;
        admin?: string;
        namaAdmin?: string;
      }) => {
        const b = await bukaBasisdataConfig(loadConfig());
        try {
          await migrasiKeTerbaru(b.db);
          const h = await b.db.transaction().execute(async (trx) => {
            const r = await tambahInstansi(trx, {
              kode: o.kode,
              nama: o.nama,
              jenis: o.jenis,
              provinsi: o.provinsi ?? null,
              kodeWilayah: o.kodeWilayah ?? null,
            });
            await tulisAudit(trx, {
              aksi: "instansi.daftar",
              instansiId: r.id,
              objekJenis: "instansi",
              objekId: r.id,
              rincian: { kode: r.kode, jenis: r.jenis, sumber: "cli" },
            });
            const admin = o.admin
              ? await buatAdminPertama(trx, r.id, { username: o.admin, nama: o.namaAdmin ?? o.admin }, null)
              : null;
            if (admin)
              await tulisAudit(trx, {
                aksi: "instansi.admin_pertama",
                instansiId: r.id,
                objekJenis: "pengguna",
                objekId: admin.penggunaId,
                rincian: { sumber: "cli" },
              });
            return { r, admin };
          });
          console.log(
            `Instansi terdaftar: ${h.r.kode} — ${h.r.nama} (${h.r.jenis}${h.r.provinsi ? `, provinsi ${h.r.provinsi}` : ""}).`,
          );
          if (h.admin) {
            console.log(`\nAdmin pertama: ${h.admin.username}`);
            console.log(
              `Kode aktivasi (sekali pakai, berlaku s.d. ${h.admin.kedaluwarsa.toISOString().slice(0, 10)}):`,
            );
            console.log(`\n    ${h.admin.kodeAktivasi}\n`);
            console.log("Serahkan kode ini kepada admin; ia menetapkan kata sandinya sendiri di /aktivasi.");
          }
        } catch (e) {
          if (e instanceof GalatApi) throw new Error(e.teks.id);
          throw e;
        } finally {
          await b.tutup();
        }
      },
    );

  instansi
    .command("impor")
    .description(
      "Impor instansi (dan pohon unit) dari CSV/XLSX: divalidasi per baris dahulu, ditulis setelah dikonfirmasi",
    )
    .argument("<berkas>", "berkas instansi: kode, nama, jenis, provinsi[, kode wilayah, zona waktu]")
    .option("--unit <berkas>", "berkas pohon unit: kode instansi, kode, nama, eselon, kode induk")
    .option("--yes", "tulis tanpa bertanya bila tidak ada galat", false)
    .action(async (berkas: string, o: { unit?: string; yes: boolean }) => {
      const b = await bukaBasisdataConfig(loadConfig());
      try {
        await migrasiKeTerbaru(b.db);
        process.exitCode = await imporInstansiCli(b.db, { berkas, unit: o.unit, yes: o.yes });
      } finally {
        await b.tutup();
      }
    });
}

const GALAT_DICETAK = 50;

/** `nurani instansi impor`: check, print the per-row report, ask (or --yes), write in one transaction. */
export async function imporInstansiCli(
  db: Parameters<typeof buatImporInstansi>[0],
  o: { berkas: string; unit?: string; yes: boolean; tanya?: (q: string) => Promise<boolean> },
): Promise<number> {
  const baca = async (p: string) => ({ nama: path.basename(p), isi: await fs.readFile(p) });
  const masuk = { instansi: await baca(o.berkas), ...(o.unit ? { unit: await baca(o.unit) } : {}) };
  const r = await db.transaction().execute((trx) => buatImporInstansi(trx, masuk, null));
  const ring = r.ringkasan as RingkasanImpor;
  const gb = r.galat_berkas as Parameters<typeof pesanGalatBerkas>[0] | null;
  if (gb) {
    console.error(`Berkas ditolak: ${pesanGalatBerkas(gb, "id")}`);
    return 1;
  }
  console.log(
    `Instansi: ${ring.instansi.baris} baris (${ring.instansi.baru} baru, ${ring.instansi.diperbarui} diperbarui)` +
      (o.unit
        ? `; unit: ${ring.unit.baris} baris (${ring.unit.baru} baru, ${ring.unit.diperbarui} diperbarui)`
        : ""),
  );
  const galat = r.galat as GalatImpor[];
  if (galat.length > 0) {
    console.error(`${galat.length} galat; tidak ada yang ditulis:`);
    for (const g of galat.slice(0, GALAT_DICETAK))
      console.error(
        `  ${g.berkas === "unit" ? "unit    " : "instansi"} baris ${String(g.baris).padStart(5)}  ${g.kolom.padEnd(14)} ${pesanGalatImpor(g, "id")}`,
      );
    if (galat.length > GALAT_DICETAK) console.error(`  … dan ${galat.length - GALAT_DICETAK} galat lain.`);
    return 1;
  }
  const tanya =
    o.tanya ??
    (async (q: string) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      const j = await rl.question(q);
      rl.close();
      return /^(y|ya|yes)$/i.test(j.trim());
    });
  if (!o.yes && !(await tanya("Tulis ke register? [y/N] "))) {
    console.log("Dibatalkan; tidak ada yang ditulis.");
    return 1;
  }
  const t = await db.transaction().execute(async (trx) => {
    const h = await konfirmasiImporInstansi(trx, r.id);
    if (h.status === "selesai")
      await tulisAudit(trx, {
        aksi: "instansi.impor.tulis",
        objekJenis: "impor_instansi",
        objekId: r.id,
        rincian: { ringkasan: h.ringkasan, sumber: "cli" },
      });
    return h;
  });
  if (t.status !== "selesai") {
    console.error("Register berubah sejak pemeriksaan; impor ditolak:");
    for (const g of (t.galat as GalatImpor[]).slice(0, GALAT_DICETAK))
      console.error(`  baris ${g.baris} ${g.kolom}: ${pesanGalatImpor(g, "id")}`);
    return 1;
  }
  const s = t.ringkasan as RingkasanImpor;
  console.log(
    `Selesai: ${s.instansi.baru} instansi baru, ${s.instansi.diperbarui} diperbarui; ${s.unit.baru} unit baru, ${s.unit.diperbarui} diperbarui.`,
  );
  return 0;
}
