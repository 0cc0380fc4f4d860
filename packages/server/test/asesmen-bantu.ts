/** Shared set-up of the assessment delivery tests (asesmen-*.test.ts). */
import { BANK_NASIONAL, type Formulir } from "@nurani/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../src/db/factory.ts";
import { minta, nipUji, type SesiUji } from "./support/index.ts";

export const FORM_S = BANK_NASIONAL.formulir.find((f) => f.id === "NAS-1-S") as Formulir;

export async function buatUnit(db: Db, instansiId: string, kode: string, indukId: string | null = null) {
  const r = await db
    .insertInto("unit_kerja")
    .values({ instansi_id: instansiId, kode, nama: `Unit ${kode}`, eselon: 2, induk_id: indukId })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function buatPegawai(
  db: Db,
  instansiId: string,
  o: { nama?: string; unitId?: string | null; email?: string | null; aktif?: boolean } = {},
): Promise<string> {
  const r = await db
    .insertInto("pegawai")
    .values({
      instansi_id: instansiId,
      nip: nipUji(),
      nama: o.nama ?? "Pegawai Uji",
      unit_id: o.unitId ?? null,
      email: o.email ?? null,
      jenis_kelamin: "P",
      tanggal_lahir: "1985-03-12",
      tmt_cpns: "2010-01-01",
      aktif: o.aktif ?? true,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Links a user account to an employee record (what makes "Asesmen saya" work). */
export async function tautkan(db: Db, penggunaId: string, instansiId: string, pegawaiId: string) {
  await db
    .updateTable("pengguna")
    .set({ pegawai_id: pegawaiId, pegawai_instansi_id: instansiId })
    .where("id", "=", penggunaId)
    .execute();
}

export const jam = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();

/** Creates (and by default activates) a campaign through the API; returns its id. */
export async function kampanyeAktif(
  app: FastifyInstance,
  sesi: SesiUji,
  instansiId: string,
  o: Partial<{
    nama: string;
    formulirId: string;
    populasi: unknown;
    dibuka: string;
    ditutup: string;
    batasMenit: number | null;
    teksPersetujuan: string | null;
    aktifkan: boolean;
  }> = {},
): Promise<string> {
  const res = await minta(app, sesi, {
    method: "POST",
    url: `/api/instansi/${instansiId}/asesmen/kampanye`,
    payload: {
      nama: o.nama ?? "Asesmen Uji",
      tujuan: "berkala",
      formulirId: o.formulirId ?? "NAS-1-S",
      populasi: o.populasi ?? { jenis: "semua" },
      dibuka: o.dibuka ?? jam(-1),
      ditutup: o.ditutup ?? jam(24),
      batasMenit: o.batasMenit ?? null,
      teksPersetujuan: o.teksPersetujuan ?? null,
    },
  });
  if (res.statusCode !== 201) throw new Error(`buat kampanye: ${res.statusCode} ${res.body}`);
  const id = res.json().id as string;
  if (o.aktifkan !== false) {
    const a = await minta(app, sesi, {
      method: "POST",
      url: `/api/instansi/${instansiId}/asesmen/kampanye/${id}/aktifkan`,
    });
    if (a.statusCode !== 200) throw new Error(`aktifkan: ${a.statusCode} ${a.body}`);
  }
  return id;
}

/** Fresh printed tokens for the given participants (by participant id). */
export async function tokenUntuk(
  app: FastifyInstance,
  sesi: SesiUji,
  instansiId: string,
  kampanyeId: string,
  pesertaIds: string[],
): Promise<Map<string, string>> {
  const res = await minta(app, sesi, {
    method: "POST",
    url: `/api/instansi/${instansiId}/asesmen/kampanye/${kampanyeId}/token`,
    payload: { sasaran: "pilihan", pesertaIds },
  });
  if (res.statusCode !== 200) throw new Error(`token: ${res.statusCode} ${res.body}`);
  return new Map(
    (res.json().items as { pesertaId: string; token: string }[]).map((t) => [t.pesertaId, t.token]),
  );
}

/** A request of a token holder (no session). */
export function ujian(
  app: FastifyInstance,
  token: string,
  method: "GET" | "POST",
  jalur: "" | "/mulai" | "/jawaban" | "/kirim",
  payload?: unknown,
) {
  return app.inject({
    method,
    url: `/api/ujian${jalur}`,
    headers: { "x-token-ujian": token },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** A participant's stored answers, by block. */
export function jawabanDb(db: Db, pesertaId: string) {
  return db
    .selectFrom("jawaban_asesmen")
    .selectAll()
    .where("peserta_id", "=", pesertaId)
    .orderBy("blok")
    .execute();
}

/** A valid answer for a block of form S: statement `geser` most, the next one least like me. */
export function isiBlok(blokId: string, urutanKlien: number, geser = 0) {
  const s = FORM_S.blok.find((x) => x.id === blokId)?.pernyataan as string[];
  return {
    blok: blokId,
    palingSesuai: s[geser % 3],
    palingTidakSesuai: s[(geser + 1) % 3],
    urutanKlien,
    detik: 7.5,
    perubahan: 1,
  };
}
