/**
 * Demo individual development plans (docs/agen-perubahan.md "Rencana saya"): the `pegawai` login
 * and five colleagues of their unit get a plan for the sub-stage of their released result (two
 * Tabel 5–8 modules and a guided assignment with the supervision team's member as supervisor), some
 * criteria ticked and some confirmed, so "Rencana saya", the unit aggregates (k = 5) and the
 * agency checklist's per-person shares are not empty on first start.
 */
import type { Db } from "../db/factory.ts";
import { muatRencana, tetapkanRencana } from "../fitur/rencana/index.ts";
import { tanggalDi } from "../umum/tanggal.ts";

export async function seedRencanaDemo(db: Db, instansiId: string, sekarang: Date = new Date()) {
  const login = async (username: string) =>
    (await db
      .selectFrom("pengguna")
      .select(["id", "pegawai_id"])
      .where("username", "=", username)
      .executeTakeFirst()) ?? null;
  const pegawai = await login("pegawai");
  const tim = await login("supervisi");
  if (!pegawai?.pegawai_id || !tim?.pegawai_id) return { rencana: 0 };
  const unit = await db
    .selectFrom("pegawai")
    .select("unit_id")
    .where("instansi_id", "=", instansiId)
    .where("id", "=", pegawai.pegawai_id)
    .executeTakeFirstOrThrow();
  const rekan = await db
    .selectFrom("pegawai")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("aktif", "=", true)
    .where("id", "not in", [pegawai.pegawai_id, tim.pegawai_id])
    .$if(unit.unit_id !== null, (q) => q.where("unit_id", "=", unit.unit_id as string))
    .orderBy("nip")
    .limit(5)
    .execute();
  const tenggat = (hari: number) =>
    tanggalDi(new Date(sekarang.getTime() + hari * 86_400_000), "Asia/Jakarta");
  const ids = [pegawai.pegawai_id, ...rekan.map((r) => r.id)];
  for (const [i, pegawaiId] of ids.entries()) {
    const usul = await muatRencana(db, instansiId, pegawaiId, "id");
    await tetapkanRencana(db, {
      instansiId,
      pegawaiId,
      oleh: tim.id,
      b: "id",
      body: {
        subtahap: usul.subtahap,
        kegiatan: [
          ...usul.usulan.slice(0, 2).map((u, j) => ({
            jenis: "modul" as const,
            kodeTemplat: u.kode,
            tenggat: tenggat(30 + 30 * j),
          })),
          {
            jenis: "penugasan_terbimbing" as const,
            judul: "Memandu diskusi kode etik di unit",
            pembimbingId: tim.pegawai_id,
            tenggat: tenggat(45),
          },
        ],
      },
    });
    // the first module under way for everyone; criteria: ticked by all, confirmed for every other one
    const k = await db
      .selectFrom("kegiatan_rencana")
      .select("id")
      .where("instansi_id", "=", instansiId)
      .where("pegawai_id", "=", pegawaiId)
      .where("jenis", "=", "modul")
      .orderBy("kode_templat")
      .executeTakeFirst();
    if (k)
      await db
        .updateTable("kegiatan_rencana")
        .set({ status: i % 3 === 0 ? "selesai" : "berjalan" })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", k.id)
        .execute();
    const kriteria = usul.kriteria[0];
    if (kriteria)
      await db
        .insertInto("kriteria_individu")
        .values({
          instansi_id: instansiId,
          pegawai_id: pegawaiId,
          kode_item: kriteria.kode,
          ...(i % 2 === 1 ? { dikonfirmasi: sekarang, dikonfirmasi_oleh: tim.id } : {}),
        })
        .execute();
  }
  return { rencana: ids.length };
}
