/**
 * A synthetic agency's released baseline campaign (Tabel 3 no. 3; BAB
 * III.B.3.a), its scored results drawn from the model at the level the map
 * and the national figures read them: one `ringkasan_peta` row per unit —
 * persons assessed, level counts, factor T-score sums and, per plausible-value
 * set, Σ D and Σ D² — as scoring would leave them. No per-person rows
 * (docs/nasional.md: "answer rows are not needed for everyone"). The agency's
 * national index is then computed from those sums by the same domain function
 * the national refresh uses (`indeksDariJumlah`), so the dashboard, the map
 * and a later refresh agree.
 */
import { indeksDariJumlah, K_BAKU, type RencanaInstansi, type rencanaUnit } from "@nurani/domain";
import type { Db } from "../db/factory.ts";
import { Acak } from "./acak.ts";

/** Plausible values per person (fitur/hasil/skor.ts `JUMLAH_PV`). */
const JUMLAH_PV = 10;
/** Level cut points on the derajat scale (the reference default: 40, 50, 60). */
const BATAS = [40, 50, 60] as const;
const HARI = 86_400_000;
/** Rows per insert (8 parameters each). */
const PER_PERNYATAAN = 2_000;

const normal = (a: Acak) => Math.sqrt(-2 * Math.log(1 - a.next())) * Math.cos(2 * Math.PI * a.next());

/** The published form the campaign fields, as a campaign snapshots it. */
export interface FormulirKampanye {
  formulirId: string;
  bankVersi: string;
  snapshot: string;
}

export interface IndeksModel {
  kampanyeId: string;
  dirilis: Date;
  nilai: number | null;
  bawah: number | null;
  atas: number | null;
  n: number;
  N: number;
  level: number[];
}

/**
 * Writes the released campaign and its per-unit sums; returns the agency's
 * index from them (null figures below k, as the map hides them).
 */
export async function tulisKampanyeModel(
  db: Db,
  instansiId: string,
  r: RencanaInstansi,
  unit: ReturnType<typeof rencanaUnit>,
  idUnit: ReadonlyMap<string, string>,
  formulir: FormulirKampanye,
  hariIni: Date,
): Promise<IndeksModel> {
  const a = new Acak(r.benih ^ 0xca3e);
  const t = hariIni.getTime();
  const dirilis = new Date(t - 80 * HARI);
  const { id: kampanyeId } = await db
    .insertInto("kampanye_asesmen")
    .values({
      instansi_id: instansiId,
      nama: "Asesmen awal (sintetis)",
      tujuan: "awal",
      formulir_id: formulir.formulirId,
      bank_versi: formulir.bankVersi,
      formulir: formulir.snapshot,
      populasi: JSON.stringify({ jenis: "semua" }),
      dibuka: new Date(t - 120 * HARI),
      ditutup: new Date(t - 90 * HARI),
      status: "aktif",
      hasil_dirilis: dirilis,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  let n = 0;
  let N = 0;
  const level = [0, 0, 0, 0];
  const S = new Float64Array(JUMLAH_PV);
  const SS = new Float64Array(JUMLAH_PV);
  const baris = [];
  for (const u of unit) {
    // each unit its own mean around the agency's (units differ: BAB III.B.3.a maps them)
    const rerata = r.rerataDerajat + 4 * normal(a);
    const nu = Math.min(u.jumlahPegawai, Math.round(u.jumlahPegawai * r.partisipasi + (a.next() - 0.5)));
    const lv = [0, 0, 0, 0];
    const faktor = [0, 0, 0];
    const s = new Array<number>(JUMLAH_PV).fill(0);
    const ss = new Array<number>(JUMLAH_PV).fill(0);
    for (let i = 0; i < nu; i++) {
      const d = rerata + 10 * normal(a);
      lv[d < BATAS[0] ? 0 : d < BATAS[1] ? 1 : d < BATAS[2] ? 2 : 3]++;
      for (let f = 0; f < 3; f++) faktor[f] += 50 + 0.8 * (d - 50) + 6 * normal(a);
      for (let v = 0; v < JUMLAH_PV; v++) {
        const dv = d + 2 * normal(a); // measurement spread between plausible values
        s[v] += dv;
        ss[v] += dv * dv;
      }
    }
    n += nu;
    N += u.jumlahPegawai;
    for (let l = 0; l < 4; l++) level[l] += lv[l];
    for (let v = 0; v < JUMLAH_PV; v++) {
      S[v] += s[v];
      SS[v] += ss[v];
    }
    const unitId = idUnit.get(u.kode);
    if (!unitId) throw new Error(`unit ${u.kode} tidak ada`);
    baris.push({
      instansi_id: instansiId,
      kampanye_id: kampanyeId,
      unit_id: unitId,
      n: nu,
      level: lv,
      faktor,
      s,
      ss,
      jumlah_pegawai: u.jumlahPegawai,
    });
  }
  for (let i = 0; i < baris.length; i += PER_PERNYATAAN)
    await db
      .insertInto("ringkasan_peta")
      .values(baris.slice(i, i + PER_PERNYATAAN))
      .execute();
  if (n < K_BAKU || n < 2) return { kampanyeId, dirilis, nilai: null, bawah: null, atas: null, n, N, level };
  const e = indeksDariJumlah(n, S, SS, { jumlahPopulasi: N });
  return { kampanyeId, dirilis, nilai: e.nilai, bawah: e.bawah, atas: e.atas, n, N, level };
}
