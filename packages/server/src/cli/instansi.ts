/**
 * `nurani instansi tambah …`: registers an agency in the national register
 * (BAB IV) with the same checks as the API, and optionally creates its first
 * admin, printing the one-time activation code (only its hash is stored; the
 * admin sets their own password at /aktivasi).
 */
import type { Command } from "commander";
import { tulisAudit } from "../audit/log.ts";
import { loadConfig } from "../config.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import { buatAdminPertama, tambahInstansi } from "../fitur/nasional/index.ts";
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
}
