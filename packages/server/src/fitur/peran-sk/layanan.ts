/**
 * Roles that follow decrees (Tabel 3 no. 1 and no. 6; migration 0032): a
 * decree recorded in a preparation step names employees; while it is in
 * force, the accounts linked to them hold its role. Replacing the decree
 * (recording the step again), revoking it or closing the cycle removes what
 * it gave. A role the agency admin also granted by hand stays.
 *
 * `peran_sk` is the truth about decrees; `peran_pengguna` (what sessions read)
 * follows it through `selaraskan`. Every grant and removal is written to
 * `riwayat_peran` with who, when and which decree.
 */
import type { Peran } from "@nurani/domain";
import type { Db } from "../../db/factory.ts";
import type { AlasanRiwayatPeran, LangkahSk } from "../../db/schema-peran.ts";

export const PERAN_SK: Record<LangkahSk, "tim_supervisi" | "agen_perubahan"> = {
  pembentukan_tim: "tim_supervisi",
  agen_perubahan: "agen_perubahan",
};
const PERAN_DARI_SK = Object.values(PERAN_SK);

export interface Sk {
  instansiId: string;
  siklusId: string;
  langkah: LangkahSk;
  nomor: string;
  tanggal: string | null;
  pegawaiIds: readonly string[];
  /** The user recording it (null: a job). */
  oleh: string | null;
}

/** The accounts linked to these employees of the agency. */
async function akunPegawai(db: Db, instansiId: string, pegawaiIds: readonly string[]) {
  if (pegawaiIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom("pengguna")
    .select(["id", "pegawai_id"])
    .where("pegawai_instansi_id", "=", instansiId)
    .where("pegawai_id", "in", [...new Set(pegawaiIds)])
    .execute();
  return new Map(rows.map((r) => [r.pegawai_id as string, r.id]));
}

/**
 * Makes `peran_pengguna` follow `peran_sk` for these employees' accounts:
 * grants a decree role not yet held, removes one held only by decree when no
 * decree in force gives it any more.
 */
export async function selaraskan(db: Db, instansiId: string, pegawaiIds: readonly string[]): Promise<void> {
  const akun = await akunPegawai(db, instansiId, pegawaiIds);
  if (akun.size === 0) return;
  const pengguna = [...akun.values()];
  const berlaku = await db
    .selectFrom("peran_sk")
    .select(["pegawai_id", "peran"])
    .distinct()
    .where("instansi_id", "=", instansiId)
    .where("pegawai_id", "in", [...akun.keys()])
    .execute();
  const mau = new Set(berlaku.map((r) => `${akun.get(r.pegawai_id)}|${r.peran}`));
  const ada = await db
    .selectFrom("peran_pengguna")
    .select(["pengguna_id", "peran", "dari_admin"])
    .where("instansi_id", "=", instansiId)
    .where("pengguna_id", "in", pengguna)
    .where("peran", "in", PERAN_DARI_SK)
    .execute();
  const dipegang = new Set(ada.map((r) => `${r.pengguna_id}|${r.peran}`));
  const tambah = [...mau].filter((k) => !dipegang.has(k));
  if (tambah.length > 0)
    await db
      .insertInto("peran_pengguna")
      .values(
        tambah.map((k) => {
          const [penggunaId, peran] = k.split("|");
          return { instansi_id: instansiId, pengguna_id: penggunaId, peran, dari_admin: false };
        }),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  for (const r of ada) {
    if (r.dari_admin || mau.has(`${r.pengguna_id}|${r.peran}`)) continue;
    await db
      .deleteFrom("peran_pengguna")
      .where("instansi_id", "=", instansiId)
      .where("pengguna_id", "=", r.pengguna_id)
      .where("peran", "=", r.peran)
      .where("dari_admin", "=", false)
      .execute();
  }
}

async function catatRiwayat(
  db: Db,
  sk: Pick<Sk, "instansiId" | "siklusId" | "langkah" | "oleh">,
  baris: { pegawaiId: string; nomor: string; aksi: "diberikan" | "dicabut" }[],
  alasan: AlasanRiwayatPeran,
) {
  if (baris.length === 0) return;
  const akun = await akunPegawai(
    db,
    sk.instansiId,
    baris.map((b) => b.pegawaiId),
  );
  await db
    .insertInto("riwayat_peran")
    .values(
      baris.map((b) => ({
        instansi_id: sk.instansiId,
        pengguna_id: akun.get(b.pegawaiId) ?? null,
        pegawai_id: b.pegawaiId,
        peran: PERAN_SK[sk.langkah],
        aksi: b.aksi,
        sumber: "sk" as const,
        alasan,
        siklus_id: sk.siklusId,
        langkah: sk.langkah,
        nomor_sk: b.nomor,
        oleh: sk.oleh,
      })),
    )
    .execute();
}

/**
 * Puts a decree in force for its step of the cycle (recording the step, again
 * or for the first time): employees no longer named lose its role, those newly
 * named (or all, when the decree's number changed) get it. Returns how many
 * named employees have no account yet (they get the role when one is linked).
 */
export async function terapkanSk(db: Db, sk: Sk): Promise<{ tanpaAkun: number }> {
  const lama = await db
    .selectFrom("peran_sk")
    .select(["pegawai_id", "nomor_sk"])
    .where("instansi_id", "=", sk.instansiId)
    .where("siklus_id", "=", sk.siklusId)
    .where("langkah", "=", sk.langkah)
    .execute();
  const baru = new Set(sk.pegawaiIds);
  const nomorLama = lama[0]?.nomor_sk;
  const diganti = nomorLama !== undefined && nomorLama !== sk.nomor;
  const keluar = lama.filter((r) => diganti || !baru.has(r.pegawai_id));
  const masuk = [...baru].filter((p) => diganti || !lama.some((r) => r.pegawai_id === p));
  if (keluar.length > 0)
    await db
      .deleteFrom("peran_sk")
      .where("instansi_id", "=", sk.instansiId)
      .where("siklus_id", "=", sk.siklusId)
      .where("langkah", "=", sk.langkah)
      .where(
        "pegawai_id",
        "in",
        keluar.map((r) => r.pegawai_id),
      )
      .execute();
  if (masuk.length > 0)
    await db
      .insertInto("peran_sk")
      .values(
        masuk.map((p) => ({
          instansi_id: sk.instansiId,
          siklus_id: sk.siklusId,
          langkah: sk.langkah,
          pegawai_id: p,
          peran: PERAN_SK[sk.langkah],
          nomor_sk: sk.nomor,
          tanggal_sk: sk.tanggal,
          dicatat_oleh: sk.oleh,
        })),
      )
      .execute();
  await catatRiwayat(
    db,
    sk,
    keluar.map((r) => ({ pegawaiId: r.pegawai_id, nomor: r.nomor_sk, aksi: "dicabut" })),
    "sk_diganti",
  );
  await catatRiwayat(
    db,
    sk,
    masuk.map((p) => ({ pegawaiId: p, nomor: sk.nomor, aksi: "diberikan" })),
    "sk_dicatat",
  );
  const semua = [...new Set([...keluar.map((r) => r.pegawai_id), ...baru])];
  await selaraskan(db, sk.instansiId, semua);
  const akun = await akunPegawai(db, sk.instansiId, [...baru]);
  return { tanpaAkun: baru.size - akun.size };
}

/**
 * Ends decrees: of one step (revoked: `sk_dicabut`) or every decree of the
 * cycle (closed: `siklus_ditutup`). Returns how many employees lost a decree.
 */
export async function akhiriSk(
  db: Db,
  o: {
    instansiId: string;
    siklusId: string;
    langkah?: LangkahSk;
    alasan: "sk_dicabut" | "siklus_ditutup";
    oleh: string | null;
  },
): Promise<number> {
  const rows = await db
    .deleteFrom("peran_sk")
    .where("instansi_id", "=", o.instansiId)
    .where("siklus_id", "=", o.siklusId)
    .$if(o.langkah !== undefined, (q) => q.where("langkah", "=", o.langkah as LangkahSk))
    .returning(["pegawai_id", "langkah", "nomor_sk"])
    .execute();
  for (const langkah of ["pembentukan_tim", "agen_perubahan"] as const) {
    await catatRiwayat(
      db,
      { instansiId: o.instansiId, siklusId: o.siklusId, langkah, oleh: o.oleh },
      rows
        .filter((r) => r.langkah === langkah)
        .map((r) => ({ pegawaiId: r.pegawai_id, nomor: r.nomor_sk, aksi: "dicabut" as const })),
      o.alasan,
    );
  }
  await selaraskan(
    db,
    o.instansiId,
    rows.map((r) => r.pegawai_id),
  );
  return rows.length;
}

/**
 * The agency admin sets a user's roles by hand (`PUT …/pengguna/:id/peran`):
 * roles kept keep their origin, new ones are the admin's, and a role held by a
 * decree in force stays (as the decree's) even when left out. History records
 * what the admin added and removed.
 */
export async function tetapkanPeranAdmin(
  db: Db,
  o: { instansiId: string; penggunaId: string; peran: readonly Peran[]; oleh: string | null },
): Promise<void> {
  const lama = await db
    .selectFrom("peran_pengguna")
    .select(["peran", "dari_admin"])
    .where("instansi_id", "=", o.instansiId)
    .where("pengguna_id", "=", o.penggunaId)
    .execute();
  const baru = new Set<string>(o.peran);
  const adminLama = new Set(lama.filter((r) => r.dari_admin).map((r) => r.peran));
  // a role shown ticked because a decree gives it is not thereby the admin's
  const dariSkSaja = new Set(lama.filter((r) => !r.dari_admin).map((r) => r.peran));
  const adminBaru = [...baru].filter((p) => adminLama.has(p) || !dariSkSaja.has(p));
  await db
    .deleteFrom("peran_pengguna")
    .where("instansi_id", "=", o.instansiId)
    .where("pengguna_id", "=", o.penggunaId)
    .execute();
  if (adminBaru.length > 0)
    await db
      .insertInto("peran_pengguna")
      .values(adminBaru.map((p) => ({ instansi_id: o.instansiId, pengguna_id: o.penggunaId, peran: p })))
      .execute();
  const g = await db
    .selectFrom("pengguna")
    .select(["pegawai_id", "pegawai_instansi_id"])
    .where("id", "=", o.penggunaId)
    .executeTakeFirst();
  if (g?.pegawai_id && g.pegawai_instansi_id === o.instansiId)
    await selaraskan(db, o.instansiId, [g.pegawai_id]);
  const ubah = [
    ...adminBaru.filter((p) => !adminLama.has(p)).map((p) => ({ peran: p, aksi: "diberikan" as const })),
    ...[...adminLama].filter((p) => !baru.has(p)).map((p) => ({ peran: p, aksi: "dicabut" as const })),
  ];
  if (ubah.length > 0)
    await db
      .insertInto("riwayat_peran")
      .values(
        ubah.map((u) => ({
          instansi_id: o.instansiId,
          pengguna_id: o.penggunaId,
          pegawai_id: g?.pegawai_instansi_id === o.instansiId ? (g?.pegawai_id ?? null) : null,
          peran: u.peran,
          aksi: u.aksi,
          sumber: "admin" as const,
          alasan: "admin" as const,
          oleh: o.oleh,
        })),
      )
      .execute();
}
