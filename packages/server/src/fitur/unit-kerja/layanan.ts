/** The unit tree's rules: a valid parent, and when a unit may be closed. */
import { GalatApi } from "../../http/errors.ts";
import { indukMelingkar, ringkasanIsiUnit, type TrxDb } from "./kueri.ts";

const galat = (status: number, code: string, id: string, en: string, details?: unknown) =>
  new GalatApi(status, code, { pesan: { id, en }, details });

/** A parent must be an active unit of the same instansi, of a higher eselon (smaller number) when both have one. */
export async function periksaInduk(db: TrxDb, instansiId: string, indukId: string, eselon: number | null) {
  const induk = await db
    .selectFrom("unit_kerja")
    .select(["id", "aktif", "eselon"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", indukId)
    .executeTakeFirst();
  if (!induk) throw galat(400, "INDUK_TIDAK_ADA", "Unit induk tidak ditemukan.", "Parent unit not found.");
  if (!induk.aktif)
    throw galat(409, "INDUK_DITUTUP", "Unit induk sudah ditutup.", "The parent unit is closed.");
  if (eselon !== null && induk.eselon !== null && eselon <= induk.eselon) {
    throw galat(
      400,
      "ESELON_TIDAK_SESUAI",
      `Eselon unit (${eselon}) harus lebih rendah dari eselon induknya (${induk.eselon}).`,
      `The unit's eselon (${eselon}) must be below its parent's (${induk.eselon}).`,
    );
  }
}

/** A unit code is unique within its instansi. */
export async function periksaKodeBebas(db: TrxDb, instansiId: string, kode: string) {
  const ada = await db
    .selectFrom("unit_kerja")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("kode", "=", kode)
    .executeTakeFirst();
  if (ada)
    throw galat(409, "KODE_UNIT_DIPAKAI", `Kode unit ${kode} sudah dipakai.`, `Unit code ${kode} is taken.`);
}

/** A unit never moves under itself or one of its sub-units. */
export async function periksaBukanSiklus(db: TrxDb, instansiId: string, id: string, indukId: string) {
  if (indukId === id || (await indukMelingkar(db, instansiId, id, indukId))) {
    throw galat(
      409,
      "SIKLUS_UNIT",
      "Unit tidak dapat dipindah ke bawah dirinya sendiri atau sub-unitnya.",
      "A unit cannot be moved under itself or one of its sub-units.",
    );
  }
}

/** A unit closes only when no active employee and no active sub-unit is left in it. */
export async function periksaBolehTutup(db: TrxDb, instansiId: string, id: string) {
  const isi = await ringkasanIsiUnit(db, instansiId, id);
  if (isi.pegawaiAktif === 0 && isi.subUnitAktif === 0) return;
  const alasan: string[] = [];
  const reasons: string[] = [];
  if (isi.pegawaiAktif > 0) {
    alasan.push(`${isi.pegawaiAktif} pegawai aktif`);
    reasons.push(`${isi.pegawaiAktif} active employees`);
  }
  if (isi.subUnitAktif > 0) {
    alasan.push(`${isi.subUnitAktif} sub-unit aktif`);
    reasons.push(`${isi.subUnitAktif} active sub-units`);
  }
  throw galat(
    409,
    "UNIT_MASIH_DIPAKAI",
    `Unit belum dapat ditutup: masih ada ${alasan.join(" dan ")}. Pindahkan atau nonaktifkan dahulu.`,
    `The unit cannot be closed yet: it still has ${reasons.join(" and ")}. Move or deactivate them first.`,
    isi,
  );
}

/** A closed unit is kept as it was. */
export function periksaMasihAktif(u: { aktif: boolean }) {
  if (!u.aktif)
    throw galat(409, "UNIT_DITUTUP", "Unit sudah ditutup dan tidak dapat diubah.", "The unit is closed.");
}
