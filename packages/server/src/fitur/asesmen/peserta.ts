/** A campaign's participants (paged list) and their printed test tokens. */
import { sql } from "kysely";
import { z } from "zod";
import { daftarUuid, kunciKampanye, type Trx } from "./kampanye.ts";
import { galat } from "./pesan.ts";
import { buatToken, hashToken, normalkanToken } from "./token.ts";

export const SkemaPeserta = z.object({
  id: z.uuid(),
  pegawaiId: z.uuid(),
  nip: z.string(),
  nama: z.string(),
  unitNama: z.string().nullable(),
  adaEmail: z.boolean(),
  undangan: z.enum(["belum", "terkirim", "gagal", "tanpa_email", "token"]),
  diundang: z.string().nullable(),
  mulai: z.string().nullable(),
  selesai: z.string().nullable(),
  dijawab: z.number(),
});

export async function daftarPeserta(
  db: Trx,
  instansiId: string,
  kampanyeId: string,
  o: { page: number; pageSize: number; q?: string },
) {
  const saring = o.q
    ? sql`and (g.nama ilike ${`%${o.q.replace(/[%_\\]/g, "\\$&")}%`} or g.nip like ${`${o.q}%`})`
    : sql``;
  const r = await sql<{
    id: string;
    pegawai_id: string;
    nip: string;
    nama: string;
    unit_nama: string | null;
    ada_email: boolean;
    undangan: "belum" | "terkirim" | "gagal" | "tanpa_email" | "token";
    diundang: Date | null;
    mulai: Date | null;
    selesai: Date | null;
    dijawab: number;
  }>`
    select p.id, p.pegawai_id, g.nip, g.nama, u.nama as unit_nama, (g.email is not null) as ada_email,
      p.undangan, p.diundang, p.mulai, p.selesai,
      (select count(*)::int from jawaban_asesmen j where j.instansi_id = p.instansi_id and j.peserta_id = p.id) as dijawab
    from peserta_asesmen p
    join pegawai g on g.instansi_id = p.instansi_id and g.id = p.pegawai_id
    left join unit_kerja u on u.instansi_id = g.instansi_id and u.id = g.unit_id
    where p.instansi_id = ${instansiId} and p.kampanye_id = ${kampanyeId} ${saring}
    order by g.nama, g.nip limit ${o.pageSize} offset ${(o.page - 1) * o.pageSize}`.execute(db);
  const n = await sql<{ n: number }>`select count(*)::int as n from peserta_asesmen p
    join pegawai g on g.instansi_id = p.instansi_id and g.id = p.pegawai_id
    where p.instansi_id = ${instansiId} and p.kampanye_id = ${kampanyeId} ${saring}`.execute(db);
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    items: r.rows.map((x) => ({
      id: x.id,
      pegawaiId: x.pegawai_id,
      nip: x.nip,
      nama: x.nama,
      unitNama: x.unit_nama,
      adaEmail: x.ada_email,
      undangan: x.undangan,
      diundang: iso(x.diundang),
      mulai: iso(x.mulai),
      selesai: iso(x.selesai),
      dijawab: x.dijawab,
    })),
    total: n.rows[0].n,
    page: o.page,
    pageSize: o.pageSize,
  };
}

export const MAKS_TOKEN = 5000;

export const SkemaMintaToken = z.strictObject({
  /** `tanpa_email`: everyone without an email address or whose email failed; `pilihan`: the given ids. */
  sasaran: z.enum(["tanpa_email", "pilihan"]),
  pesertaIds: z.array(z.uuid()).max(MAKS_TOKEN).optional(),
});

export interface TokenCetak {
  pesertaId: string;
  nip: string;
  nama: string;
  unitNama: string | null;
  token: string;
}

/**
 * New one-time tokens for participants who have not submitted (shown once;
 * only the hash is kept; a new token replaces the old one, which stops working).
 */
export async function buatTokenPeserta(
  db: Trx,
  instansiId: string,
  kampanyeId: string,
  b: z.infer<typeof SkemaMintaToken>,
): Promise<TokenCetak[]> {
  const k = await kunciKampanye(db, instansiId, kampanyeId);
  if (k.status !== "aktif") throw galat(409, "KAMPANYE_BUKAN_AKTIF", { status: k.status });
  const pilih =
    b.sasaran === "pilihan"
      ? sql`and p.id = any(${daftarUuid(b.pesertaIds ?? [])}::uuid[])`
      : sql`and (g.email is null or p.undangan in ('tanpa_email', 'gagal', 'token'))`;
  const r = await sql<{ id: string; nip: string; nama: string; unit_nama: string | null }>`
    select p.id, g.nip, g.nama, u.nama as unit_nama
    from peserta_asesmen p
    join pegawai g on g.instansi_id = p.instansi_id and g.id = p.pegawai_id
    left join unit_kerja u on u.instansi_id = g.instansi_id and u.id = g.unit_id
    where p.instansi_id = ${instansiId} and p.kampanye_id = ${kampanyeId} and p.selesai is null ${pilih}
    order by u.nama nulls last, g.nama, g.nip
    limit ${MAKS_TOKEN + 1}`.execute(db);
  if (r.rows.length > MAKS_TOKEN) {
    throw galat(400, "TERLALU_BANYAK_TOKEN", { maks: MAKS_TOKEN });
  }
  const out: TokenCetak[] = [];
  for (const x of r.rows) {
    const token = buatToken();
    out.push({ pesertaId: x.id, nip: x.nip, nama: x.nama, unitNama: x.unit_nama, token });
  }
  // One statement for the whole list: id → hash.
  for (let i = 0; i < out.length; i += 1000) {
    const bagian = out.slice(i, i + 1000);
    const nilai = sql.join(
      bagian.map((t) => sql`(${t.pesertaId}::uuid, ${hashToken(normalkanToken(t.token) as string)})`),
    );
    await sql`update peserta_asesmen p set token_hash = v.h, undangan = 'token', diundang = now()
      from (values ${nilai}) as v(id, h)
      where p.instansi_id = ${instansiId} and p.kampanye_id = ${kampanyeId} and p.id = v.id`.execute(db);
  }
  return out;
}
