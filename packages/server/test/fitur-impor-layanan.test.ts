import { readFileSync } from "node:fs";
import { join } from "node:path";
import { susunNip } from "@nurani/domain";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { buatImpor, tulisImpor, validasiImporTersimpan } from "../src/fitur/impor/layanan.ts";
import { buatInstansi, describeOnDatabases } from "./support/index.ts";

const fixture = (nama: string) => readFileSync(join(import.meta.dirname, "fixtures", nama));
const HARI_INI = new Date(Date.UTC(2026, 10, 28));

describeOnDatabases("import service: validate, stage, confirm", (t) => {
  let instansiId = "";
  const jumlahPegawai = async () =>
    Number(
      (
        await t.db
          .selectFrom("pegawai")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("instansi_id", "=", instansiId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const impor = async (berkas: Buffer, nama: string) => {
    const id = await buatImpor(t.db, {
      instansiId,
      penggunaId: null,
      namaBerkas: nama,
      berkas,
      simpanBerkas: true,
    });
    return { id, ...(await validasiImporTersimpan(t.db, instansiId, id, { hariIni: HARI_INI })) };
  };

  beforeAll(async () => {
    instansiId = (await buatInstansi(t.db, { jenis: "kabupaten" })).id;
    await t.db
      .insertInto("unit_kerja")
      .values(
        ["SETDA", "DINKES", "DISDIK"].map((kode) => ({
          instansi_id: instansiId,
          kode,
          nama: `Unit ${kode}`,
          eselon: 2,
        })),
      )
      .execute();
  });

  it("a file with errors is refused with every error stored, and nothing is written", async () => {
    const r = await impor(fixture("pegawai-semua-galat.csv"), "semua-galat.csv");
    expect(r.status).toBe("ditolak");
    expect(r.ringkasan).toMatchObject({ baris: 16, valid: 2, galat: 14 });
    const galat = await t.db
      .selectFrom("impor_pegawai_galat")
      .select(["baris", "kolom", "kode"])
      .where("impor_id", "=", r.id)
      .orderBy("urutan")
      .execute();
    expect(galat).toHaveLength(14);
    expect(galat[0]).toEqual({ baris: 4, kolom: "NIP", kode: "NIP_BUKAN_18_DIGIT" });
    const tersimpan = await t.db
      .selectFrom("impor_pegawai")
      .select(["berkas", "format"])
      .where("id", "=", r.id)
      .executeTakeFirstOrThrow();
    expect(tersimpan).toEqual({ berkas: null, format: "csv" });
    expect(await jumlahPegawai()).toBe(0);
  });

  it("validated rows wait for confirmation, then are written in one go", async () => {
    const r = await impor(fixture("pegawai-windows-1252.csv"), "ekspor.csv");
    expect(r).toMatchObject({
      status: "siap",
      ringkasan: { baris: 3, valid: 3, galat: 0, baru: 3, diperbarui: 0 },
    });
    expect(await jumlahPegawai()).toBe(0);

    const progres: number[] = [];
    const hasil = await tulisImpor(t.db, instansiId, r.id, { onProgres: (s) => void progres.push(s) });
    expect(hasil).toEqual({ baris: 3, valid: 3, galat: 0, baru: 3, diperbarui: 0 });
    expect(progres.at(-1)).toBe(3);
    const siti = await t.db
      .selectFrom("pegawai")
      .select(["nama", "jenis_kelamin", "tanggal_lahir", "tmt_cpns", "golongan"])
      .where("nip", "=", "198503122010012001")
      .executeTakeFirstOrThrow();
    expect(siti).toEqual({
      nama: "Siti Nur\u2019aini",
      jenis_kelamin: "P",
      tanggal_lahir: "1985-03-12",
      tmt_cpns: "2010-01-01",
      golongan: "III/c",
    });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["aksi", "rincian"])
      .where("objek_id", "=", r.id)
      .execute();
    expect(audit).toEqual([{ aksi: "pegawai.impor", rincian: { baris: 3, baru: 3, diperbarui: 0 } }]);
    // a second confirmation of the same import is refused
    await expect(tulisImpor(t.db, instansiId, r.id)).rejects.toThrow(/bukan siap/);
  });

  it("re-importing is idempotent: existing NIPs are updated, not duplicated", async () => {
    const sama = await impor(fixture("pegawai-windows-1252.csv"), "ekspor.csv");
    expect(sama.ringkasan).toMatchObject({ baru: 0, diperbarui: 3 });
    expect(await tulisImpor(t.db, instansiId, sama.id)).toMatchObject({ baru: 0, diperbarui: 0 });
    expect(await jumlahPegawai()).toBe(3);

    const teks =
      "NIP,Nama,Kode Unit,Jabatan,Jenis Jabatan\n198503122010012001,Siti Nuraini,DISDIK,Kepala Bidang,struktural\n";
    const ubah = await impor(Buffer.from(teks), "ubah.csv");
    expect(await tulisImpor(t.db, instansiId, ubah.id)).toMatchObject({ baru: 0, diperbarui: 1 });
    const siti = await t.db
      .selectFrom("pegawai as p")
      .innerJoin("unit_kerja as u", "u.id", "p.unit_id")
      .select(["p.nama", "u.kode", "p.golongan"])
      .where("p.nip", "=", "198503122010012001")
      .executeTakeFirstOrThrow();
    expect(siti).toEqual({ nama: "Siti Nuraini", kode: "DISDIK", golongan: null });
    expect(await jumlahPegawai()).toBe(3);
  });

  it("is all or nothing: a failure in a late batch leaves no row written", async () => {
    const baris = ["NIP,Nama,Kode Unit,Jabatan,Jenis Jabatan"];
    for (let i = 1; i <= 1500; i++) {
      const nip = susunNip({
        tanggalLahir: "1990-05-17",
        tmtCpns: "2015-03-01",
        jenisKelamin: "L",
        nomorUrut: (i % 999) + 1,
      });
      const nipUnik =
        i <= 999
          ? nip
          : susunNip({
              tanggalLahir: "1991-05-17",
              tmtCpns: "2015-03-01",
              jenisKelamin: "P",
              nomorUrut: i - 998,
            });
      baris.push(`${nipUnik},Pegawai ${i},SETDA,Pelaksana,pelaksana`);
    }
    const r = await impor(Buffer.from(baris.join("\n")), "besar.csv");
    expect(r).toMatchObject({ status: "siap", ringkasan: { valid: 1500, baru: 1500 } });
    // Corrupt one staged row near the end so the insert of the second batch violates a constraint.
    await sql`update impor_pegawai_baris set jabatan = repeat('x', 300) where impor_id = ${r.id} and baris = 1490`.execute(
      t.db,
    );
    const sebelum = await jumlahPegawai();
    await expect(tulisImpor(t.db, instansiId, r.id)).rejects.toThrow();
    expect(await jumlahPegawai()).toBe(sebelum);
    const status = await t.db
      .selectFrom("impor_pegawai")
      .select(["status", "galat_berkas"])
      .where("id", "=", r.id)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe("gagal");
    expect(status.galat_berkas).toMatchObject({ kode: "GAGAL_MENULIS" });
  });

  it("refuses to write when a unit was closed after validation", async () => {
    await t.db
      .insertInto("unit_kerja")
      .values({ instansi_id: instansiId, kode: "LAMA", nama: "Unit Lama", eselon: 3 })
      .execute();
    const teks =
      "NIP,Nama,Kode Unit,Jabatan,Jenis Jabatan\n199311052020121004,Ketut Arsana,LAMA,Guru,fungsional\n";
    const r = await impor(Buffer.from(teks), "a.csv");
    expect(r.status).toBe("siap");
    await t.db.updateTable("unit_kerja").set({ aktif: false }).where("kode", "=", "LAMA").execute();
    await expect(tulisImpor(t.db, instansiId, r.id)).rejects.toThrow(/LAMA ditutup/);
    expect(
      await t.db.selectFrom("pegawai").select("id").where("nip", "=", "199311052020121004").execute(),
    ).toEqual([]);
  });
});
