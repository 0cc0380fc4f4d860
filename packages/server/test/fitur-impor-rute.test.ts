/** Feature routes: importing employees over HTTP (upload, background validation, confirmation). */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../src/db/factory.ts";
import { JOB_VALIDASI, jobs } from "../src/fitur/impor/jobs.ts";
import { buatImpor } from "../src/fitur/impor/layanan.ts";
import { antrekanJob, klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import { apiUji } from "./fitur-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  type SesiUji,
} from "./support/index.ts";

const fixture = (nama: string) => readFileSync(join(import.meta.dirname, "fixtures", nama));

function multipart(nama: string, isi: Buffer) {
  const batas = `----nurani${randomBytes(8).toString("hex")}`;
  const kepala = `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${nama}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(kepala), isi, Buffer.from(`\r\n--${batas}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${batas}` },
  };
}

/** Runs every queued import job, as a worker would. */
async function jalankanJob(db: Db): Promise<number> {
  let n = 0;
  for (;;) {
    const job = await klaimJob(db, Object.keys(jobs), "pekerja-uji");
    if (!job) return n;
    const hasil = await jobs[job.jenis](job, {
      db,
      progres: async () => {},
      signal: new AbortController().signal,
    });
    await selesaikanJob(db, job.id, hasil);
    n++;
  }
}

describeOnDatabases("feature routes: employee import over HTTP", (t) => {
  const api = apiUji(t);
  /** Another agency's admin, who must not see this agency's imports. */
  let adminB: SesiUji;

  beforeAll(async () => {
    const B = await buatInstansi(t.db);
    const b = await buatPengguna(t.db, [{ instansiId: B.id, peran: "admin_instansi" }]);
    adminB = await login(t.app, b.username, b.password);
  });

  let D: InstansiUji;
  let adminD: SesiUji;
  let adminDId = "";
  const unggah = (nama: string, isi: Buffer) => {
    const m = multipart(nama, isi);
    return api(adminD, "POST", `/api/instansi/${D.id}/impor-pegawai`, m.payload, m.headers);
  };
  /** What the upload route does after reading the file (tested below): record it and queue the validation job. */
  const catatUnggahan = async (nama: string, isi: Buffer) => {
    const id = await buatImpor(t.db, {
      instansiId: D.id,
      penggunaId: adminDId,
      namaBerkas: nama,
      berkas: isi,
      simpanBerkas: true,
    });
    await antrekanJob(t.db, { jenis: JOB_VALIDASI, instansiId: D.id, muatan: { imporId: id } });
    return id;
  };
  const status = async (id: string) =>
    (await api(adminD, "GET", `/api/instansi/${D.id}/impor-pegawai/${id}`)).json();

  beforeAll(async () => {
    D = await buatInstansi(t.db, { jenis: "kabupaten" });
    const a = await buatPengguna(t.db, [{ instansiId: D.id, peran: "admin_instansi" }]);
    adminDId = a.id;
    adminD = await login(t.app, a.username, a.password);
    await t.db
      .insertInto("unit_kerja")
      .values(
        ["SETDA", "DINKES", "DISDIK"].map((kode) => ({ instansi_id: D.id, kode, nama: kode, eselon: 2 })),
      )
      .execute();
  });

  it("validates in the background and reports every row error, paged, in the user's language", async () => {
    const id = await catatUnggahan("pegawai.csv", fixture("pegawai-semua-galat.csv"));
    expect((await status(id)).status).toBe("memvalidasi");
    expect(await jalankanJob(t.db)).toBe(1);
    const s = await status(id);
    expect(s).toMatchObject({
      status: "ditolak",
      ringkasan: { baris: 16, valid: 2, galat: 14 },
      pesan: null,
    });
    const hal = await api(adminD, "GET", `/api/instansi/${D.id}/impor-pegawai/${id}/galat?pageSize=5&page=2`);
    expect(hal.json()).toMatchObject({ total: 14, page: 2, pageSize: 5 });
    expect(hal.json().items[0]).toEqual({
      baris: 9,
      kolom: "NIP",
      kode: "NIP_TMT_MASA_DEPAN",
      pesan: "TMT CPNS dalam NIP berada di masa depan.",
    });
    const en = await api(
      adminD,
      "GET",
      `/api/instansi/${D.id}/impor-pegawai/${id}/galat?pageSize=1`,
      undefined,
      {
        "accept-language": "en",
      },
    );
    expect(en.json().items[0].pesan).toBe("NIP must be exactly 18 digits.");
    const k = await api(adminD, "POST", `/api/instansi/${D.id}/impor-pegawai/${id}/konfirmasi`);
    expect([k.statusCode, k.json().error.code]).toEqual([409, "IMPOR_BELUM_SIAP"]);
    expect(await t.db.selectFrom("pegawai").select("id").where("instansi_id", "=", D.id).execute()).toEqual(
      [],
    );
    // another agency's admin cannot see it
    expect((await api(adminB, "GET", `/api/instansi/${D.id}/impor-pegawai/${id}`)).statusCode).toBe(403);
  });

  it("writes nothing before confirmation; confirmation writes all; re-import updates instead of duplicating", async () => {
    const jumlah = async () =>
      (await t.db.selectFrom("pegawai").select("nama").where("instansi_id", "=", D.id).execute()).length;
    for (let kali = 0; kali < 2; kali++) {
      const id = await catatUnggahan("ekspor.csv", fixture("pegawai-windows-1252.csv"));
      await jalankanJob(t.db);
      const sebelum = await jumlah();
      expect(await status(id)).toMatchObject({
        status: "siap",
        ringkasan: { baru: kali ? 0 : 3, diperbarui: kali ? 3 : 0 },
      });
      const k = await api(adminD, "POST", `/api/instansi/${D.id}/impor-pegawai/${id}/konfirmasi`);
      expect([k.statusCode, k.json().status]).toEqual([202, "menulis"]);
      expect(await jumlah()).toBe(sebelum);
      await jalankanJob(t.db);
      expect(await status(id)).toMatchObject({ status: "selesai", progres: { selesai: 3, total: 3 } });
    }
    expect(await jumlah()).toBe(3);
    const nama = await t.db
      .selectFrom("pegawai")
      .select("nama")
      .where("instansi_id", "=", D.id)
      .orderBy("nama")
      .execute();
    expect(nama.map((n) => n.nama)).toEqual([
      "Muhammad Rézaldi Siregar",
      "Ni Komang Ayü Sri",
      "Siti Nur\u2019aini",
    ]);
    const jejak = await t.db
      .selectFrom("audit_log")
      .select("aksi")
      .where("instansi_id", "=", D.id)
      .where("aksi", "like", "pegawai.impor%")
      .execute();
    expect(jejak.map((j) => j.aksi).sort()).toEqual([
      "pegawai.impor",
      "pegawai.impor",
      "pegawai.impor.konfirmasi",
      "pegawai.impor.konfirmasi",
    ]);
  });

  it("upload: accepts CSV/XLSX as multipart, refuses a wrong type, an oversize file and a non-multipart body", async () => {
    const ok = await unggah("pegawai.xlsx", fixture("pegawai.xlsx"));
    expect([ok.statusCode, ok.json().status]).toEqual([202, "memvalidasi"]);
    await jalankanJob(t.db);
    expect(await status(ok.json().id)).toMatchObject({
      namaBerkas: "pegawai.xlsx",
      status: "ditolak",
      ringkasan: { baris: 4, galat: 2 },
    });
    const pdf = await unggah("laporan.pdf", fixture("bukan-spreadsheet.pdf"));
    expect([pdf.statusCode, pdf.json().error.code]).toEqual([415, "FORMAT_TIDAK_DIDUKUNG"]);
    expect(pdf.json().error.message).toContain("Unggah berkas CSV (.csv) atau Excel (.xlsx)");
    const besar = await unggah("besar.csv", Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(besar.statusCode).toBe(413);
    expect(besar.json().error.message).toContain("20 MiB");
    const json = await api(adminD, "POST", `/api/instansi/${D.id}/impor-pegawai`, { file: "x" });
    expect(json.statusCode).toBe(415);
  });
});
