import { PERAN, type Peran } from "@nurani/domain";
import { Command } from "commander";
import { tulisAudit } from "../audit/log.ts";
import { alasanPasswordLemah } from "../auth/kebijakan-password.ts";
import { hashPassword } from "../auth/password.ts";
import { loadConfig } from "../config.ts";
import type { Db } from "../db/factory.ts";
import { migrasiKeTerbaru } from "../db/migrator.ts";
import { bukaBasisdataConfig } from "../http/server.ts";

async function bacaStdin(): Promise<string> {
  const bagian: Buffer[] = [];
  for await (const b of process.stdin) bagian.push(b as Buffer);
  return Buffer.concat(bagian)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Asks for a password on the terminal without echoing it. */
async function tanyaPassword(tanya: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("Tidak ada terminal: gunakan --password-stdin");
  process.stdout.write(tanya);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  let isi = "";
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      for (const ch of b.toString("utf8")) {
        if (ch === "\r" || ch === "\n") {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdin.off("data", onData);
          process.stdout.write("\n");
          resolve(isi);
          return;
        }
        if (ch === "\u0003") {
          process.stdin.setRawMode(false);
          reject(new Error("Dibatalkan"));
          return;
        }
        isi = ch === "\u007f" ? isi.slice(0, -1) : isi + ch;
      }
    };
    process.stdin.on("data", onData);
  });
}

export interface PenggunaBaru {
  username: string;
  nama: string;
  instansiKode: string;
  peran: Peran[];
  password: string;
}

/** Creates a user with roles in one instansi (audited as `pengguna.buat` by the CLI). */
export async function buatPenggunaCli(db: Db, p: PenggunaBaru): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const instansi = await trx
      .selectFrom("instansi")
      .select("id")
      .where("kode", "=", p.instansiKode)
      .executeTakeFirst();
    if (!instansi) throw new Error(`Instansi dengan kode ${p.instansiKode} tidak ada`);
    const { id } = await trx
      .insertInto("pengguna")
      .values({
        username: p.username.toLowerCase(),
        nama: p.nama,
        password_hash: await hashPassword(p.password),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("peran_pengguna")
      .values(p.peran.map((peran) => ({ instansi_id: instansi.id, pengguna_id: id, peran })))
      .execute();
    await tulisAudit(trx, {
      aksi: "pengguna.buat",
      instansiId: instansi.id,
      objekJenis: "pengguna",
      objekId: id,
      rincian: { melalui: "cli", peran: p.peran },
    });
    return id;
  });
}

export function perintahUser(): Command {
  const user = new Command("user").description("Mengelola pengguna");
  user
    .command("create")
    .description("Membuat pengguna dengan peran di satu instansi")
    .requiredOption("--username <username>", "nama pengguna (huruf kecil, angka, . _ @ -)")
    .requiredOption("--nama <nama>", "nama lengkap")
    .requiredOption("--instansi <kode>", "kode instansi")
    .requiredOption("--peran <peran>", `peran, dipisah koma: ${PERAN.join(", ")}`)
    .option("--password-stdin", "membaca kata sandi dari stdin (tanpa prompt)")
    .action(
      async (o: {
        username: string;
        nama: string;
        instansi: string;
        peran: string;
        passwordStdin?: boolean;
      }) => {
        const peran = o.peran.split(",").map((s) => s.trim());
        const salah = peran.filter((p) => !(PERAN as readonly string[]).includes(p));
        if (salah.length || peran.length === 0) throw new Error(`Peran tidak dikenal: ${salah.join(", ")}`);
        const password = o.passwordStdin ? await bacaStdin() : await tanyaPassword("Kata sandi: ");
        const lemah = alasanPasswordLemah(password, { username: o.username });
        if (lemah) throw new Error(`Kata sandi ditolak (${lemah}); lihat docs/server.md "Password policy"`);
        const b = await bukaBasisdataConfig(loadConfig());
        try {
          await migrasiKeTerbaru(b.db);
          const id = await buatPenggunaCli(b.db, {
            username: o.username,
            nama: o.nama,
            instansiKode: o.instansi,
            peran: peran as Peran[],
            password,
          });
          console.log(`Pengguna ${o.username} dibuat (id ${id}).`);
        } finally {
          await b.tutup();
        }
      },
    );
  return user;
}
