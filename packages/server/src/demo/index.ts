/**
 * The demo: three agencies (KemenPANRB, a ministry, a regency) with unit
 * trees, ~500 generated employees each and one login per role; for the
 * ministry a scored and released initial assessment, an open periodic
 * assessment and a programme cycle under way. Seeded in one
 * transaction; does nothing when it is already there (`nurani seed-demo`,
 * `NURANI_DEMO=1 nurani serve`).
 */
import type { Peran } from "@nurani/domain";
import type { Logger } from "pino";
import { tulisAudit } from "../audit/log.ts";
import { hashPassword } from "../auth/password.ts";
import type { Db } from "../db/factory.ts";
import { pastikanBankBawaan } from "../fitur/bank-butir/index.ts";
import { seedEvaluasiDemo } from "../fitur/evaluasi/index.ts";
import { Acak } from "./acak.ts";
import { seedAgenDemo } from "./agen.ts";
import { seedAsesmenDemo } from "./asesmen.ts";
import { seedEtikDemo } from "./etik.ts";
import { seedHasilDemo } from "./hasil.ts";
import { seedIntegritasDemo, seedRegisterDemo } from "./integritas.ts";
import { seedKomunitasDemo } from "./komunitas.ts";
import { muatNasionalSintetis } from "./nasional.ts";
import { seedNontesDemo } from "./nontes.ts";
import { seedPanelAhliDemo } from "./panel-ahli.ts";
import { buatPegawaiDemo, type PegawaiDemo } from "./pegawai.ts";
import { seedPeriodeLaluDemo } from "./periode-lalu.ts";
import { seedProgramDemo } from "./program.ts";
import { seedRencanaDemo } from "./rencana.ts";
import { simpanUnit } from "./simpan-unit.ts";
import { seedSinergiDemo } from "./sinergi.ts";
import { INSTANSI_DEMO, KABUPATEN_CONTOH, KEMENPANRB, KEMENTERIAN_CONTOH, ratakanUnit } from "./struktur.ts";

/** The demo's synthetic agencies: register and dashboard figures only (demo/nasional.ts). */
export const NASIONAL_DEMO = { instansi: 40, pegawai: 200_000, benih: 2027 } as const;

/** Password of every demo login (documented in README and printed at start). */
export const PASSWORD_DEMO = "nurani-demo";

export interface LoginDemo {
  username: string;
  peran: Peran;
  instansiKode: string;
  /** Which generated employee the login belongs to (none for the admins). */
  pilihPegawai?: (p: PegawaiDemo) => boolean;
}

export const LOGIN_DEMO: readonly LoginDemo[] = [
  {
    username: "evaluator",
    peran: "evaluator_nasional",
    instansiKode: KEMENPANRB.kode,
    pilihPegawai: (p) => p.unitKode === "RB.ZI" && p.jenisJabatan === "fungsional",
  },
  // A second national evaluator: a finalized worksheet is approved by another evaluator (four eyes, BAB IV).
  { username: "evaluator2", peran: "evaluator_nasional", instansiKode: KEMENPANRB.kode },
  { username: "admin", peran: "admin_instansi", instansiKode: KEMENTERIAN_CONTOH.kode },
  {
    username: "ppk",
    peran: "ppk",
    instansiKode: KEMENTERIAN_CONTOH.kode,
    pilihPegawai: (p) => p.unitKode === "SETJEN" && p.jenisJabatan === "struktural",
  },
  {
    username: "supervisi",
    peran: "tim_supervisi",
    instansiKode: KEMENTERIAN_CONTOH.kode,
    pilihPegawai: (p) => p.unitKode === "SETJEN.SDM" && p.jenisJabatan === "struktural",
  },
  {
    username: "agen",
    peran: "agen_perubahan",
    instansiKode: KEMENTERIAN_CONTOH.kode,
    pilihPegawai: (p) => p.jenisJabatan === "fungsional" && p.golongan === "III/b",
  },
  {
    username: "pimpinan",
    peran: "pimpinan",
    instansiKode: KEMENTERIAN_CONTOH.kode,
    pilihPegawai: (p) => p.unitKode === "DJPS" && p.jenisJabatan === "struktural",
  },
  {
    username: "apip",
    peran: "apip",
    instansiKode: KEMENTERIAN_CONTOH.kode,
    pilihPegawai: (p) => p.unitKode.startsWith("ITJEN.") && p.jabatan.startsWith("Auditor"),
  },
  {
    username: "pegawai",
    peran: "pegawai",
    instansiKode: KEMENTERIAN_CONTOH.kode,
    pilihPegawai: (p) => p.jenisJabatan === "pelaksana",
  },
  {
    username: "wbs",
    peran: "pengelola_wbs",
    instansiKode: KEMENTERIAN_CONTOH.kode,
    pilihPegawai: (p) => p.unitKode.startsWith("ITJEN.") && p.jabatan.startsWith("Auditor"),
  },
  {
    username: "upg",
    peran: "pengelola_upg",
    instansiKode: KEMENTERIAN_CONTOH.kode,
    pilihPegawai: (p) => p.unitKode.startsWith("ITJEN.") && p.jabatan.startsWith("Auditor"),
  },
  { username: "admin.kab", peran: "admin_instansi", instansiKode: KABUPATEN_CONTOH.kode },
];

function benih(kode: string): number {
  let h = 2166136261;
  for (const c of kode) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

export interface HasilSeed {
  sudahAda: boolean;
  instansi: number;
  unit: number;
  pegawai: number;
  login: { username: string; password: string; peran: Peran; instansiKode: string }[];
}

/**
 * `dataDir` (the server's data directory) lets the seed seal the demo's
 * whistleblowing reports with the server's WBS master key (docs/wbs.md);
 * without it the WBS stays empty.
 */
export async function seedDemoKe(
  db: Db,
  hariIni: Date = new Date(),
  opsi: { dataDir?: string } = {},
): Promise<HasilSeed> {
  const login = LOGIN_DEMO.map((l) => ({
    username: l.username,
    password: PASSWORD_DEMO,
    peran: l.peran,
    instansiKode: l.instansiKode,
  }));
  const ada = await db
    .selectFrom("instansi")
    .select("id")
    .where("kode", "=", KEMENTERIAN_CONTOH.kode)
    .executeTakeFirst();
  if (ada) return { sudahAda: true, instansi: 0, unit: 0, pegawai: 0, login };

  const hash = await hashPassword(PASSWORD_DEMO);
  const hasil = await db.transaction().execute(async (trx) => {
    let jumlahUnit = 0;
    let jumlahPegawai = 0;
    const idInstansi = new Map<string, string>();
    const pegawaiDipakai = new Set<string>();
    const pegawaiPer = new Map<string, { id: string; p: PegawaiDemo }[]>();

    for (const ins of INSTANSI_DEMO) {
      const nasional = ins.nasional
        ? await trx.selectFrom("instansi").select("id").where("nasional", "=", true).executeTakeFirst()
        : undefined;
      const { id: instansiId } =
        nasional ??
        (await trx
          .insertInto("instansi")
          .values({ kode: ins.kode, nama: ins.nama, jenis: ins.jenis, nasional: ins.nasional })
          .returning("id")
          .executeTakeFirstOrThrow());
      idInstansi.set(ins.kode, instansiId);

      const unit = ratakanUnit(ins.unit);
      const idUnit = await simpanUnit(trx, instansiId, unit);
      jumlahUnit += unit.length;

      const pegawai = buatPegawaiDemo(ins, unit, new Acak(benih(ins.kode)), hariIni);
      const tersimpan: { id: string; p: PegawaiDemo }[] = [];
      for (let i = 0; i < pegawai.length; i += 500) {
        const batch = pegawai.slice(i, i + 500);
        const ids = await trx
          .insertInto("pegawai")
          .values(
            batch.map((p) => ({
              instansi_id: instansiId,
              nip: p.nip,
              nama: p.nama,
              unit_id: idUnit.get(p.unitKode) ?? null,
              jabatan: p.jabatan,
              jenis_jabatan: p.jenisJabatan,
              golongan: p.golongan,
              email: p.email,
              telepon: p.telepon,
              jenis_kelamin: p.jenisKelamin,
              tanggal_lahir: p.tanggalLahir,
              tmt_cpns: p.tmtCpns,
            })),
          )
          .returning("id")
          .execute();
        for (const [k, r] of ids.entries()) tersimpan.push({ id: r.id, p: batch[k] });
      }
      pegawaiPer.set(ins.kode, tersimpan);
      jumlahPegawai += pegawai.length;
    }

    for (const l of LOGIN_DEMO) {
      const instansiId = idInstansi.get(l.instansiKode) as string;
      const pilihan = l.pilihPegawai
        ? pegawaiPer.get(l.instansiKode)?.find((x) => l.pilihPegawai?.(x.p) && !pegawaiDipakai.has(x.id))
        : undefined;
      if (pilihan) pegawaiDipakai.add(pilihan.id);
      const { id } = await trx
        .insertInto("pengguna")
        .values({
          username: l.username,
          nama: pilihan?.p.nama ?? `Admin ${l.instansiKode}`,
          password_hash: hash,
          pegawai_instansi_id: pilihan ? instansiId : null,
          pegawai_id: pilihan?.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const peran: Peran[] = l.username === "admin" ? ["admin_instansi", "pegawai"] : [l.peran];
      await trx
        .insertInto("peran_pengguna")
        .values(peran.map((p) => ({ instansi_id: instansiId, pengguna_id: id, peran: p })))
        .execute();
    }
    // The assessment, its released results and a programme cycle for the ministry; the built-in
    // item bank stored as the first published version; one forum category per agency.
    await pastikanBankBawaan(trx);
    await seedPanelAhliDemo(trx);
    const kemen = idInstansi.get(KEMENTERIAN_CONTOH.kode) as string;
    await seedAsesmenDemo(trx, kemen, hariIni);
    await seedHasilDemo(trx, kemen, hariIni);
    await seedProgramDemo(trx, kemen, hariIni);
    await seedAgenDemo(trx, kemen, hariIni);
    await seedRencanaDemo(trx, kemen, hariIni);
    await seedEvaluasiDemo(trx, hariIni);
    await seedNontesDemo(trx, kemen, hariIni);
    await seedEtikDemo(trx, kemen, hariIni, hash);
    if (opsi.dataDir) {
      const wbs = await trx
        .selectFrom("pengguna")
        .select("id")
        .where("username", "=", "wbs")
        .executeTakeFirstOrThrow();
      await seedSinergiDemo(trx, kemen, wbs.id, opsi.dataDir, hariIni);
    }
    const pegawaiDemo = await trx
      .selectFrom("pengguna")
      .select("pegawai_id")
      .where("username", "=", "pegawai")
      .executeTakeFirst();
    await seedIntegritasDemo(trx, kemen, hariIni, pegawaiDemo?.pegawai_id ?? null);
    await seedRegisterDemo(trx, kemen, hariIni);
    for (const instansiId of idInstansi.values()) {
      await trx
        .insertInto("kategori_forum")
        .values({
          instansi_id: instansiId,
          nama: "Berbagi praktik baik",
          deskripsi: "Cerita dan praktik baik integritas di unit kerja (Tabel 4 no. 2).",
        })
        .execute();
    }
    await seedKomunitasDemo(trx, kemen, hariIni);
    await tulisAudit(trx, {
      aksi: "demo.seed",
      rincian: { instansi: INSTANSI_DEMO.length, unit: jumlahUnit, pegawai: jumlahPegawai },
    });
    return {
      sudahAda: false,
      instansi: INSTANSI_DEMO.length,
      unit: jumlahUnit,
      pegawai: jumlahPegawai,
      login,
    };
  });
  // about 40 synthetic agencies, so the national evaluator's dashboard is alive on first start (BAB IV)
  await muatNasionalSintetis(db, NASIONAL_DEMO);
  // last year's evaluation, published, for the dashboard's period filter and trend
  await seedPeriodeLaluDemo(db, hariIni);
  return hasil;
}

export function tabelLogin(login: HasilSeed["login"]): string {
  const baris = login.map(
    (l) => `  ${l.username.padEnd(11)} ${l.password.padEnd(13)} ${l.peran.padEnd(19)} ${l.instansiKode}`,
  );
  return ["  username    password      peran               instansi", ...baris].join("\n");
}

/** Called by `nurani serve` when NURANI_DEMO is on. */
export async function seedDemo(db: Db, log: Logger, dataDir?: string): Promise<void> {
  const h = await seedDemoKe(db, new Date(), { dataDir });
  if (h.sudahAda) log.info("data demo sudah ada; tidak diisi ulang");
  else log.info({ instansi: h.instansi, unit: h.unit, pegawai: h.pegawai }, "data demo diisi");
  // For the person at the terminal (not a log line): the demo logins; a silent logger (the
  // browser tests' servers) asks for nothing to be printed.
  if (log.level === "silent") return;
  process.stdout.write(
    `\nLogin demo (kata sandi semua akun: "${PASSWORD_DEMO}"):\n${tabelLogin(h.login)}\n\n`,
  );
}
