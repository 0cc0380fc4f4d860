/**
 * Norms per reference group (docs/norma-batas.md "Norms per reference group";
 * BAB III.B.3.a.3: test scores are transformed into norms). From real scored
 * results of one parameter version — every campaign of every agency except
 * pilots and cancelled campaigns, only results the map counts (clean or
 * accepted) — the national evaluator computes norm tables for: the nation;
 * each agency category (`instansi.jenis`); each jenis jabatan (`pegawai`).
 * A group's tables are stored only when it has at least NORMA_MIN_KELOMPOK
 * persons (the one rule, in @nurani/domain); below, its count is kept.
 * A profile is normed against its narrowest published group: jenis jabatan →
 * agency category → nation → the provisional simulated reference, saying which.
 */
import {
  DEFINISI_JENIS_INSTANSI,
  FAKTOR,
  isJenisInstansi,
  KODE_SUBDIMENSI,
  type KolomSkor,
  NORMA_MIN_KELOMPOK,
  type NormaAcuan,
  normaDariKolom,
} from "@nurani/domain";
import { sql } from "kysely";
import { nilaiSkor } from "../../umum/skor-tersimpan.ts";
import type { Db } from "./bersama.ts";
import { parameterBerlaku } from "./parameter.ts";
import { galat } from "./pesan.ts";
import { TINJAUAN_DILAPORKAN } from "./ringkasan.ts";

export const JENIS_NORMA = ["nasional", "jenis_instansi", "jenis_jabatan"] as const;
export type JenisNorma = (typeof JENIS_NORMA)[number];

const JABATAN: Record<string, { id: string; en: string }> = {
  struktural: { id: "Struktural", en: "Structural" },
  fungsional: { id: "Fungsional", en: "Functional" },
  pelaksana: { id: "Pelaksana", en: "Executive" },
};

/** "Nasional", "Jenis instansi: Kementerian", "Jenis jabatan: Fungsional". */
export function labelKelompok(jenis: JenisNorma, kunci: string, b: "id" | "en"): string {
  if (jenis === "nasional") return b === "en" ? "National" : "Nasional";
  if (jenis === "jenis_instansi")
    return `${b === "en" ? "Agency category" : "Jenis instansi"}: ${isJenisInstansi(kunci) ? DEFINISI_JENIS_INSTANSI[kunci].nama[b] : kunci}`;
  return `${b === "en" ? "Position type" : "Jenis jabatan"}: ${JABATAN[kunci]?.[b] ?? kunci}`;
}

/** The 16 θ columns in a fixed order: 12 sub-dimensions, 3 factors, integrity. */
const KOLOM = [
  ...KODE_SUBDIMENSI.map((k) => ["subDimensi", k]),
  ...FAKTOR.map((f) => ["faktor", f.kode]),
  ["integritas"],
];
const ambilTheta = sql.join(KOLOM.map((jalur) => nilaiSkor("s", jalur, "theta")));

export interface KelompokNorma {
  jenis: JenisNorma;
  kunci: string;
  n: number;
  terbit: boolean;
}

function kolomSkor(baris: number[][]): KolomSkor {
  const kol = (j: number) => Float64Array.from(baris, (r) => r[j]);
  return {
    subDimensi: Object.fromEntries(
      KODE_SUBDIMENSI.map((k, i) => [k, kol(i)]),
    ) as unknown as KolomSkor["subDimensi"],
    faktor: Object.fromEntries(
      FAKTOR.map((f, i) => [f.kode, kol(KODE_SUBDIMENSI.length + i)]),
    ) as unknown as KolomSkor["faktor"],
    integritas: kol(KOLOM.length - 1),
  };
}

/**
 * Recomputes every group's norms for the form's parameter version in force
 * (replacing that version's earlier tables). Runs as the owner (national route).
 */
export async function hitungNormaKelompok(
  db: Db,
  formulirId: string,
  penggunaId: string | null,
): Promise<{ parameterId: string; versiParameter: string; kelompok: KelompokNorma[] }> {
  const param = await parameterBerlaku(db, formulirId);
  if (!param) throw galat(409, "PARAMETER_TIDAK_ADA");
  const r = await sql<{ ji: string; jj: string | null; t: number[] }>`
    select i.jenis as ji, p.jenis_jabatan as jj, array[${ambilTheta}] as t
    from skor_asesmen s
    join kampanye_asesmen k on k.instansi_id = s.instansi_id and k.id = s.kampanye_id
    join instansi i on i.id = s.instansi_id
    left join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
    where s.parameter_versi = ${param.versi}
      and s.tinjauan in (${sql.join([...TINJAUAN_DILAPORKAN])})
      and not k.uji_coba and k.status <> 'dibatalkan'`.execute(db);
  const grup = new Map<string, { jenis: JenisNorma; kunci: string; baris: number[][] }>();
  const tambah = (jenis: JenisNorma, kunci: string, t: number[]) => {
    const id = `${jenis}:${kunci}`;
    let g = grup.get(id);
    if (!g) {
      g = { jenis, kunci, baris: [] };
      grup.set(id, g);
    }
    g.baris.push(t);
  };
  for (const x of r.rows) {
    const t = x.t.map(Number);
    tambah("nasional", "", t);
    tambah("jenis_instansi", x.ji, t);
    if (x.jj) tambah("jenis_jabatan", x.jj, t);
  }
  const kelompok = [...grup.values()].sort((a, b) =>
    a.jenis === b.jenis
      ? a.kunci.localeCompare(b.kunci)
      : JENIS_NORMA.indexOf(a.jenis) - JENIS_NORMA.indexOf(b.jenis),
  );
  // a write route already runs in a transaction; elsewhere open one
  const inTrx = <T>(f: (trx: Db) => Promise<T>) => (db.isTransaction ? f(db) : db.transaction().execute(f));
  await inTrx(async (trx) => {
    await trx.deleteFrom("norma_kelompok").where("versi_parameter", "=", param.versi).execute();
    for (const g of kelompok) {
      const terbit = g.baris.length >= NORMA_MIN_KELOMPOK;
      await trx
        .insertInto("norma_kelompok")
        .values({
          formulir_id: formulirId,
          versi_parameter: param.versi,
          jenis: g.jenis,
          kunci: g.kunci,
          n: g.baris.length,
          norma: terbit
            ? JSON.stringify(
                normaDariKolom(kolomSkor(g.baris), labelKelompok(g.jenis, g.kunci, "id"), param.versi),
              )
            : null,
          dihitung_oleh: penggunaId,
        })
        .execute();
    }
  });
  return {
    parameterId: param.id,
    versiParameter: param.versi,
    kelompok: kelompok.map((g) => ({
      jenis: g.jenis,
      kunci: g.kunci,
      n: g.baris.length,
      terbit: g.baris.length >= NORMA_MIN_KELOMPOK,
    })),
  };
}

/** The norm a result of `versi` is shown against, with why (narrowest published group first). */
export interface NormaDipakai {
  jenis: JenisNorma | "acuan";
  kunci: string;
  label: string;
  n: number;
  /** True for norms of real scored results; false for the provisional simulated reference. */
  dataNyata: boolean;
  /** The person's own narrowest group, when it was too small and a broader one is used. */
  kelompokSendiri: { label: string; n: number } | null;
  norma: NormaAcuan | null;
}

export async function normaUntuk(
  db: Db,
  versi: string,
  jenisInstansi: string,
  jenisJabatan: string | null,
  b: "id" | "en",
): Promise<NormaDipakai> {
  const urutan: [JenisNorma, string][] = [
    ...(jenisJabatan ? [["jenis_jabatan", jenisJabatan] as [JenisNorma, string]] : []),
    ["jenis_instansi", jenisInstansi],
    ["nasional", ""],
  ];
  const rows = await db
    .selectFrom("norma_kelompok")
    .select(["jenis", "kunci", "n", "norma"])
    .where("versi_parameter", "=", versi)
    .execute();
  const cari = (j: JenisNorma, k: string) => rows.find((r) => r.jenis === j && r.kunci === k);
  const [j0, k0] = urutan[0];
  const sendiri = cari(j0, k0);
  for (const [j, k] of urutan) {
    const r = cari(j, k);
    if (r?.norma) {
      const n = (typeof r.norma === "string" ? JSON.parse(r.norma) : r.norma) as NormaAcuan;
      const turun = j !== j0;
      return {
        jenis: j,
        kunci: k,
        label: labelKelompok(j, k, b),
        n: r.n,
        dataNyata: true,
        kelompokSendiri: turun ? { label: labelKelompok(j0, k0, b), n: sendiri?.n ?? 0 } : null,
        norma: n,
      };
    }
  }
  return {
    jenis: "acuan",
    kunci: "",
    label: b === "en" ? "Provisional national reference (simulated)" : "Acuan nasional sementara (simulasi)",
    n: 0,
    dataNyata: false,
    kelompokSendiri: { label: labelKelompok(j0, k0, b), n: sendiri?.n ?? 0 },
    norma: null,
  };
}
