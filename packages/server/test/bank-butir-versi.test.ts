import { BANK_NASIONAL } from "@nurani/domain";
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "../src/db/factory.ts";
import { JOB_DESAIN } from "../src/fitur/bank-butir/bersama.ts";
import { pastikanBankBawaan } from "../src/fitur/bank-butir/index.ts";
import { jobs } from "../src/fitur/bank-butir/jobs.ts";
import { formulirTerbit } from "../src/fitur/bank-butir/terbit.ts";
import { catatProgres, klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

/** Runs every queued design-guard job, as a worker would (with progress). */
async function jalankanGuard(db: Db): Promise<number> {
  let n = 0;
  for (;;) {
    const job = await klaimJob(db, [JOB_DESAIN], "pekerja-uji");
    if (!job) return n;
    const hasil = await jobs[JOB_DESAIN](job, {
      db,
      progres: (s, t) => catatProgres(db, job.id, s, t),
      signal: new AbortController().signal,
    });
    await selesaikanJob(db, job.id, hasil);
    n++;
  }
}

describeOnDatabases("bank butir: versions, states, register, lint, guard, roles", (t) => {
  let nasional: InstansiUji;
  let A: InstansiUji;
  let evaluator: SesiUji;
  /** A second national evaluator: publishes what `evaluator` submitted (four-eyes rule). */
  let peninjau: SesiUji;
  let evaluatorLokal: SesiUji;
  let admin: SesiUji;
  let pegawai: SesiUji;
  let bawaanId = "";

  const ev = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown) =>
    minta(t.app, evaluator, { method, url, payload: payload as object });
  const pen = (method: "GET" | "POST", url: string, payload?: unknown) =>
    minta(t.app, peninjau, { method, url, payload: payload as object });
  const buatDraf = async (versi: string) => {
    const r = await ev("POST", "/api/bank-butir/versi", { asalId: bawaanId, versi });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  const pernyataan = (id: string) => {
    const p = BANK_NASIONAL.pernyataan.find((x) => x.id === id);
    if (!p) throw new Error(id);
    const { id: _id, riwayat: _r, ...isi } = p;
    return isi;
  };
  const jumlahVersi = async () =>
    Number(
      (
        await t.db
          .selectFrom("bank_butir_versi")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    nasional = await buatInstansi(t.db, { nasional: true });
    A = await buatInstansi(t.db);
    const uE = await buatPengguna(t.db, [{ instansiId: nasional.id, peran: "evaluator_nasional" }]);
    const uL = await buatPengguna(t.db, [{ instansiId: A.id, peran: "evaluator_nasional" }]);
    const uA = await buatPengguna(t.db, [{ instansiId: A.id, peran: "admin_instansi" }]);
    const uP = await buatPengguna(t.db, [{ instansiId: A.id, peran: "pegawai" }]);
    evaluator = await login(t.app, uE.username, uE.password);
    const uR = await buatPengguna(t.db, [{ instansiId: nasional.id, peran: "evaluator_nasional" }]);
    peninjau = await login(t.app, uR.username, uR.password);
    evaluatorLokal = await login(t.app, uL.username, uL.password);
    admin = await login(t.app, uA.username, uA.password);
    pegawai = await login(t.app, uP.username, uP.password);
  });

  it("seeds the built-in national bank once as the first, published version", async () => {
    const r = await ev("GET", "/api/bank-butir/versi");
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().items).toEqual([
      expect.objectContaining({ versi: BANK_NASIONAL.versi, status: "terbit", bawaan: true }),
    ]);
    bawaanId = r.json().items[0].id;
    await pastikanBankBawaan(t.db);
    await Promise.all([pastikanBankBawaan(t.db), ev("GET", "/api/bank-butir/versi")]);
    expect(await jumlahVersi()).toBe(1);
    const d = await ev("GET", `/api/bank-butir/versi/${bawaanId}`);
    expect(d.json()).toMatchObject({
      jumlahPernyataan: 144,
      jumlahFormulir: 3,
      lint: { galat: 0 },
      bolehUbah: false,
    });
  });

  it("lets only the national evaluator (held in the national instansi) write; agency admins read published versions", async () => {
    const id = await buatDraf("2-roles");
    const sebelum = await jumlahVersi();
    // admin_instansi: no writes, drafts invisible
    const put = await minta(t.app, admin, {
      method: "PUT",
      url: `/api/bank-butir/versi/${id}/pernyataan/KD1-01`,
      payload: pernyataan("KD1-01"),
    });
    expect(put.statusCode).toBe(403);
    const buat = await minta(t.app, admin, {
      method: "POST",
      url: "/api/bank-butir/versi",
      payload: { asalId: bawaanId, versi: "x-admin" },
    });
    expect(buat.statusCode).toBe(403);
    expect(
      (await minta(t.app, admin, { method: "GET", url: `/api/bank-butir/versi/${id}` })).statusCode,
    ).toBe(404);
    const daftar = await minta(t.app, admin, { method: "GET", url: "/api/bank-butir/versi" });
    expect(daftar.json().items.map((v: { status: string }) => v.status)).toEqual(["terbit"]);
    const pratinjau = await minta(t.app, admin, {
      method: "GET",
      url: `/api/bank-butir/versi/${bawaanId}/formulir`,
    });
    expect(pratinjau.statusCode).toBe(200);
    expect(pratinjau.json()[0].blok[0].pernyataan).toHaveLength(3);
    expect(pratinjau.json()[0].blok[0].pernyataan[0].teks).toMatch(/saya/i);
    // evaluator_nasional held in an ordinary agency is not the national evaluator
    const lokal = await minta(t.app, evaluatorLokal, {
      method: "POST",
      url: "/api/bank-butir/versi",
      payload: { asalId: bawaanId, versi: "x-lokal" },
    });
    expect(lokal.statusCode).toBe(403);
    expect(lokal.json().error.message).toMatch(/evaluator nasional/);
    // a pegawai cannot even read
    expect((await minta(t.app, pegawai, { method: "GET", url: "/api/bank-butir/versi" })).statusCode).toBe(
      403,
    );
    expect(await jumlahVersi()).toBe(sebelum);
  });

  it("refuses illegal state transitions and edits outside draft", async () => {
    const id = await buatDraf("2-status");
    const url = `/api/bank-butir/versi/${id}`;
    const terbitLangsung = await ev("POST", `${url}/terbitkan`, {});
    expect(terbitLangsung.statusCode).toBe(409);
    expect(terbitLangsung.json().error.code).toBe("TRANSISI_TIDAK_SAH");
    expect((await ev("POST", `${url}/kembalikan`, { komentar: "x" })).json().error.code).toBe(
      "TRANSISI_TIDAK_SAH",
    );
    const ajukan = await ev("POST", `${url}/ajukan`, {});
    expect(ajukan.statusCode, ajukan.body).toBe(200);
    expect(ajukan.json().status).toBe("tinjauan");
    expect((await ev("POST", `${url}/ajukan`, {})).json().error.code).toBe("TRANSISI_TIDAK_SAH");
    const ubah = await ev("PUT", `${url}/pernyataan/KD1-01`, {
      ...pernyataan("KD1-01"),
      penilaiKeinginanSosial: "panel",
    });
    expect(ubah.statusCode).toBe(409);
    expect(ubah.json().error.code).toBe("VERSI_TERKUNCI");
    const tanpaKomentar = await ev("POST", `${url}/kembalikan`, {});
    expect(tanpaKomentar.statusCode).toBe(400);
    expect(tanpaKomentar.json().error.code).toBe("KOMENTAR_WAJIB");
    const kembali = await ev("POST", `${url}/kembalikan`, {
      komentar: "Rating KD1-01 perlu dinilai ulang panel.",
    });
    expect(kembali.json()).toMatchObject({
      status: "draf",
      komentarTinjauan: "Rating KD1-01 perlu dinilai ulang panel.",
    });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["aksi", "objek_id"])
      .where("aksi", "like", "bank_butir.versi.%")
      .where("objek_id", "=", id)
      .execute();
    expect(audit.map((a) => a.aksi)).toEqual(
      expect.arrayContaining([
        "bank_butir.versi.buat",
        "bank_butir.versi.ajukan",
        "bank_butir.versi.kembalikan",
      ]),
    );
  });

  it("keeps a published version immutable, in the API and in the database", async () => {
    const url = `/api/bank-butir/versi/${bawaanId}`;
    const r = await ev("PUT", `${url}/pernyataan/KD1-01`, pernyataan("KD1-01"));
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe("VERSI_TERBIT_TETAP");
    expect((await ev("DELETE", url)).statusCode).toBe(409);
    expect((await ev("POST", `${url}/desain`, {})).statusCode).toBe(409);
    await expect(
      t.db
        .updateTable("bank_butir_pernyataan")
        .set({ teks: "Saya diubah diam-diam." })
        .where("versi_id", "=", bawaanId)
        .execute(),
    ).rejects.toThrow(/tidak dapat diubah/);
    await expect(
      t.db.deleteFrom("bank_butir_formulir").where("versi_id", "=", bawaanId).execute(),
    ).rejects.toThrow(/tidak dapat diubah/);
    await expect(
      t.db.updateTable("bank_butir_versi").set({ status: "draf" }).where("id", "=", bawaanId).execute(),
    ).rejects.toThrow(/tidak dapat diubah/);
    // the application role (used by agency-fenced requests) may only read
    await expect(
      t.db.transaction().execute(async (trx) => {
        await sql`set local role nurani_app`.execute(trx);
        await trx.insertInto("bank_butir_versi").values({ versi: "selundup" }).execute();
      }),
    ).rejects.toThrow(/permission denied/);
  });

  it("enforces the register: a published text, sub-dimension or keying never changes; a new text needs a new id", async () => {
    const id = await buatDraf("2-register");
    const url = `/api/bank-butir/versi/${id}/pernyataan`;
    const lama = pernyataan("KD1-01");
    const ubahTeks = await ev("PUT", `${url}/KD1-01`, {
      ...lama,
      teks: `${lama.teks.slice(0, -1)} di kantor.`,
    });
    expect(ubahTeks.statusCode).toBe(409);
    expect(ubahTeks.json().error).toMatchObject({ code: "TEKS_TERBIT" });
    expect(ubahTeks.json().error.message).toMatch(/id baru/);
    expect((await ev("PUT", `${url}/KD1-01`, { ...lama, kunci: -lama.kunci })).statusCode).toBe(409);
    expect((await ev("DELETE", `${url}/KD1-01`)).json().error.code).toBe("TERBIT_TIDAK_BOLEH_DIHAPUS");
    // re-rating desirability (panel) and withdrawing are allowed
    const tarik = await ev("PUT", `${url}/KD1-01`, {
      ...lama,
      status: "ditarik",
      catatanPerubahan: "Ditarik; diganti KD1-13.",
    });
    expect(tarik.statusCode, tarik.body).toBe(200);
    expect(tarik.json().pernyataan.riwayat.at(-1)).toMatchObject({
      versi: "2-register",
      catatan: "Ditarik; diganti KD1-13.",
    });
    // the withdrawn statement is still in blocks: the linter says so
    expect(tarik.json().temuan.map((x: { aturan: string }) => x.aturan)).toContain("BLOK_PERNYATAAN_DITARIK");
    const baru = await ev("PUT", `${url}/KD1-13`, {
      ...lama,
      teks: `${lama.teks.slice(0, -1)} di kantor.`,
      status: "draf",
    });
    expect(baru.statusCode, baru.body).toBe(200);
    expect(baru.json()).toMatchObject({ hasil: "baru", temuan: [] });
    // live lint in English on request
    const inggris = await minta(t.app, evaluator, {
      method: "PUT",
      url: `${url}/KD1-14`,
      payload: { ...lama, teks: "Saya selalu membuat report yang rapi untuk atasan saya setiap minggu." },
      headers: { "accept-language": "en" },
    });
    expect(inggris.statusCode).toBe(200);
    const temuan = inggris.json().temuan as { aturan: string; pesan: string; rincian: string }[];
    expect(temuan.map((x) => x.aturan).sort()).toEqual(["KATA_INGGRIS", "KATA_MUTLAK"]);
    expect(temuan.find((x) => x.aturan === "KATA_INGGRIS")?.pesan).toMatch(/English/);
    expect(temuan.find((x) => x.aturan === "KATA_INGGRIS")?.rincian).toMatch(/bahasa Inggris/);
    expect((await ev("DELETE", `${url}/KD1-14`)).statusCode).toBe(204);
  });

  it("refuses publication with lint errors, without a current design report, or when a form fails the guard; publishes otherwise", async () => {
    const id = await buatDraf("2-terbit");
    const url = `/api/bank-butir/versi/${id}`;
    // a lint error: a block with two statements of one sub-dimension
    const formulir = (await ev("GET", `${url}/formulir`)).json();
    const blok = formulir[0].blok[0];
    const asli = blok.pernyataan.map((p: { id: string }) => p.id);
    const lain = BANK_NASIONAL.pernyataan.find(
      (p) => p.subDimensi === blok.pernyataan[0].subDimensi && p.id !== asli[0],
    )?.id;
    const rusak = await ev("PUT", `${url}/formulir/${formulir[0].id}/blok/${blok.id}`, {
      pernyataan: [asli[0], lain, asli[2]],
    });
    expect(rusak.statusCode, rusak.body).toBe(200);
    expect(rusak.json().temuan.map((x: { aturan: string }) => x.aturan)).toContain("BLOK_SUBDIMENSI_SAMA");
    expect((await ev("POST", `${url}/ajukan`, {})).statusCode).toBe(200);
    const tolak = await pen("POST", `${url}/terbitkan`, {});
    expect(tolak.statusCode).toBe(409);
    expect(tolak.json().error.code).toBe("TERBIT_ADA_GALAT");
    expect(tolak.json().error.message).toMatch(/galat lint/);
    const lint = await ev("GET", `${url}/lint`);
    expect(lint.json().galat).toBeGreaterThan(0);
    // the refused attempt is audited
    const gagal = await t.db
      .selectFrom("audit_log")
      .select("rincian")
      .where("aksi", "=", "bank_butir.versi.terbitkan")
      .where("objek_id", "=", id)
      .execute();
    expect(gagal).toHaveLength(1);
    expect(gagal[0].rincian).toMatchObject({ hasil: "gagal", versi: "2-terbit", ke: "terbit" });

    // repair, and run into the design guard
    await ev("POST", `${url}/kembalikan`, { komentar: "Blok pertama rusak." });
    expect(
      (await ev("PUT", `${url}/formulir/${formulir[0].id}/blok/${blok.id}`, { pernyataan: asli })).statusCode,
    ).toBe(200);
    await ev("POST", `${url}/ajukan`, {});
    expect((await pen("POST", `${url}/terbitkan`, {})).json().error.code).toBe("DESAIN_BELUM");
    const mulai = await ev("POST", `${url}/desain`, {});
    expect(mulai.statusCode, mulai.body).toBe(202);
    expect((await ev("GET", url)).json().desain).toMatchObject({ job: { status: "antre" }, mutakhir: false });
    expect(await jalankanGuard(t.db)).toBe(1);
    const desain = (await ev("GET", url)).json().desain;
    expect(desain).toMatchObject({
      job: { status: "selesai", selesai: 3, total: 3 },
      mutakhir: true,
      layakTerbit: true,
    });
    expect(desain.laporan.formulir).toHaveLength(3);
    for (const f of desain.laporan.formulir)
      expect(Math.min(...Object.values(f.reliabilitas as Record<string, number>))).toBeGreaterThan(0.6);

    // a failing form report (as the guard would write it) blocks publication
    const { laporan_desain } = await t.db
      .selectFrom("bank_butir_versi")
      .select("laporan_desain")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const buruk = structuredClone(laporan_desain) as {
      formulir: { layakTerbit: boolean; alasan: string[] }[];
    };
    buruk.formulir[1].layakTerbit = false;
    buruk.formulir[1].alasan = ["Reliabilitas harapan KD1 0.55 di bawah ambang 0.70."];
    await t.db
      .updateTable("bank_butir_versi")
      .set({ laporan_desain: JSON.stringify(buruk) })
      .where("id", "=", id)
      .execute();
    const gagalDesain = await pen("POST", `${url}/terbitkan`, {});
    expect(gagalDesain.json().error).toMatchObject({ code: "DESAIN_GAGAL" });
    expect(gagalDesain.json().error.message).toContain("NAS-1-B");
    await t.db
      .updateTable("bank_butir_versi")
      .set({ laporan_desain: JSON.stringify(laporan_desain) })
      .where("id", "=", id)
      .execute();

    const terbit = await pen("POST", `${url}/terbitkan`, {});
    expect(terbit.statusCode, terbit.body).toBe(200);
    expect(terbit.json().status).toBe("terbit");
    const p = (await ev("GET", `${url}/pernyataan?q=KD1-01`)).json().items[0];
    expect(p.status).toBe("terbit");
    expect(p.riwayat.at(-1).catatan).toMatch(/2-terbit/);
    expect((await ev("GET", url)).json().desain.mutakhir).toBe(true);

    // campaigns see it, newest first, also from an agency-fenced transaction
    const forms = await formulirTerbit(t.db);
    expect(forms.slice(0, 3).map((f) => `${f.bankVersi}/${f.formulir.id}`)).toEqual([
      "2-terbit/NAS-1-A",
      "2-terbit/NAS-1-B",
      "2-terbit/NAS-1-S",
    ]);
    expect(forms.slice(3).map((f) => f.bankVersi)).toEqual([
      BANK_NASIONAL.versi,
      BANK_NASIONAL.versi,
      BANK_NASIONAL.versi,
    ]);
    expect(forms[0].pernyataan).toHaveLength(108);
    const terpagar = await t.db.transaction().execute(async (trx) => {
      await sql`select set_config('nurani.instansi_id', ${A.id}, true)`.execute(trx);
      await sql`set local role nurani_app`.execute(trx);
      return formulirTerbit(trx);
    });
    expect(terpagar.length).toBe(6);
    // and an agency admin now lists it
    const daftar = await minta(t.app, admin, { method: "GET", url: "/api/bank-butir/versi" });
    expect(daftar.json().items.map((v: { versi: string }) => v.versi)).toContain("2-terbit");
  });

  it("deletes a draft (never a published version) and a statement only when no block uses it", async () => {
    const id = await buatDraf("2-hapus");
    const url = `/api/bank-butir/versi/${id}`;
    const baru = pernyataan("KM4-01");
    expect(
      (
        await ev("PUT", `${url}/pernyataan/KM4-13`, {
          ...baru,
          teks: "Saya berani menolak perintah atasan yang jelas melanggar aturan kantor.",
        })
      ).statusCode,
    ).toBe(200);
    expect((await ev("DELETE", `${url}/pernyataan/KM4-13`)).statusCode).toBe(204);
    expect((await ev("DELETE", `${url}/pernyataan/KM4-13`)).statusCode).toBe(404);
    // a never-published statement still used in a block: imported bank with a renamed statement
    const bank = (await ev("GET", `/api/bank-butir/versi/${bawaanId}/ekspor?format=json`)).json();
    const sebelum = bank.pernyataan[0].id as string;
    bank.pernyataan[0].id = "KD1-99";
    for (const f of bank.formulir)
      for (const b of f.blok) b.pernyataan = b.pernyataan.map((x: string) => (x === sebelum ? "KD1-99" : x));
    const imp = await ev("POST", "/api/bank-butir/impor?versi=2-hapus-b", bank);
    expect(imp.statusCode, imp.body).toBe(201);
    // the register notices the published KD1-01 went missing
    const lint = (await ev("GET", `/api/bank-butir/versi/${imp.json().id}/lint`)).json();
    expect(lint.temuan.map((x: { aturan: string }) => x.aturan)).toContain("TERBIT_HILANG");
    const dipakai = await ev("DELETE", `/api/bank-butir/versi/${imp.json().id}/pernyataan/KD1-99`);
    expect(dipakai.statusCode).toBe(409);
    expect(dipakai.json().error.code).toBe("PERNYATAAN_DIPAKAI");
    expect((await ev("DELETE", url)).statusCode).toBe(204);
    expect((await ev("GET", url)).statusCode).toBe(404);
    expect(
      await t.db.selectFrom("bank_butir_pernyataan").select("id").where("versi_id", "=", id).execute(),
    ).toEqual([]);
  });

  it("full cycle: withdraw a published statement, add its replacement, reassemble the forms, guard, publish", async () => {
    const id = await buatDraf("3-siklus");
    const url = `/api/bank-butir/versi/${id}`;
    const lama = pernyataan("KD1-01");
    expect((await ev("PUT", `${url}/pernyataan/KD1-01`, { ...lama, status: "ditarik" })).statusCode).toBe(
      200,
    );
    const ganti = await ev("PUT", `${url}/pernyataan/KD1-13`, {
      ...lama,
      teks: "Saya melayani warga di loket sesuai nomor antrean, siapa pun yang datang.",
      catatanPerubahan: "Pengganti KD1-01 setelah telaah panel.",
    });
    expect(ganti.json().temuan).toEqual([]);
    // the old forms still use the withdrawn statement
    expect((await ev("GET", `${url}/lint`)).json().temuan.map((x: { aturan: string }) => x.aturan)).toContain(
      "BLOK_PERNYATAAN_DITARIK",
    );
    const susun = await ev("POST", `${url}/susun`, { benih: 2027, versiFormulir: "3" });
    expect(susun.statusCode, susun.body).toBe(200);
    expect(susun.json()).toMatchObject({ formulir: ["NAS-3-A", "NAS-3-B", "NAS-3-S"], temuan: [] });
    const forms = (await ev("GET", `${url}/formulir`)).json();
    const dipakai = new Set(
      forms.flatMap((f: { blok: { pernyataan: { id: string }[] }[] }) =>
        f.blok.flatMap((b) => b.pernyataan.map((p) => p.id)),
      ),
    );
    expect(dipakai.has("KD1-01")).toBe(false);
    expect(dipakai.has("KD1-13")).toBe(true);
    expect(
      (await ev("POST", `/api/bank-butir/versi/${bawaanId}/susun`, { benih: 1, versiFormulir: "9" }))
        .statusCode,
    ).toBe(409);
    expect((await ev("POST", `${url}/ajukan`, {})).statusCode).toBe(200);
    await ev("POST", `${url}/desain`, {});
    await jalankanGuard(t.db);
    const terbit = await pen("POST", `${url}/terbitkan`, {});
    expect(terbit.statusCode, terbit.body).toBe(200);
    const bank = (await ev("GET", `${url}/ekspor?format=json`)).json();
    expect(bank.pernyataan.find((p: { id: string }) => p.id === "KD1-01")).toMatchObject({
      status: "ditarik",
      teks: lama.teks,
    });
    expect(bank.pernyataan.find((p: { id: string }) => p.id === "KD1-13").status).toBe("terbit");
    expect((await formulirTerbit(t.db))[0]).toMatchObject({
      bankVersi: "3-siklus",
      formulir: { id: "NAS-3-A" },
    });
    // the new text is now bound to KD1-13 too
    const lagi = await buatDraf("4-siklus");
    const ubah = await ev("PUT", `/api/bank-butir/versi/${lagi}/pernyataan/KD1-13`, {
      ...lama,
      teks: "Saya melayani warga di loket menurut urutan datang, siapa pun orangnya.",
    });
    expect(ubah.json().error.code).toBe("TEKS_TERBIT");
  });

  it("lists statements with a sub-dimension filter, search and paging", async () => {
    const url = `/api/bank-butir/versi/${bawaanId}/pernyataan`;
    const km = (await ev("GET", `${url}?subDimensi=KM2&pageSize=5&page=2`)).json();
    expect(km).toMatchObject({ total: 12, page: 2, pageSize: 5 });
    expect(km.items).toHaveLength(5);
    expect(km.items.every((p: { subDimensi: string }) => p.subDimensi === "KM2")).toBe(true);
    const cari = (await ev("GET", `${url}?q=${encodeURIComponent("100%_x")}`)).json();
    expect(cari.total).toBe(0);
    const semua = (await ev("GET", `${url}?pageSize=200`)).json();
    expect(semua.total).toBe(144);
  });
});
