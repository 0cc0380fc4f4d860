/**
 * The scoring keys and desirability ratings of the national test are seen by
 * the national evaluator only (fitur/bank-butir/kunci.ts, docs/item-bank.md
 * "Who sees the keys"): every item-bank read and export, called as each
 * agency role, carries statements without them; so does the test taker's form.
 */
import { PERAN, type Peran } from "@nurani/domain";
import { beforeAll, expect, it } from "vitest";
import { bacaZip } from "../src/fitur/bank-butir/zip.ts";
import { muatTabelRute } from "../src/http/route-table.ts";
import { buatPegawai, buatUnit, kampanyeAktif, tautkan, tokenUntuk, ujian } from "./asesmen-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

/** Field names that carry (or give away) a key; none may reach an agency. */
const ISIAN_RAHASIA = ["kunci", "keinginanSosial", "penilaiKeinginanSosial", "keyakinan", "riwayat", "pola"];
const ATRIBUT_RAHASIA = /data-nurani-(kunci|keinginan-sosial|penilai|keyakinan)=/;

/** Every object key anywhere in a JSON value. */
function semuaKunci(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) semuaKunci(x, out);
  else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      semuaKunci(x, out);
    }
  return out;
}

const PERAN_INSTANSI = PERAN.filter((p) => p !== "evaluator_nasional");

describeOnDatabases("bank butir: keys only for the national evaluator", (ctx) => {
  let a: InstansiUji;
  let evaluator: SesiUji;
  const sesi = new Map<Peran | "semua", SesiUji>();
  let versiId: string;
  /** Each GET route of the item bank, with its params filled, and each export format. */
  let urlBaca: string[];

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    const nas = await buatInstansi(ctx.db, { nasional: true });
    const ev = await buatPengguna(ctx.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    evaluator = await login(ctx.app, ev.username, ev.password);
    for (const peran of PERAN_INSTANSI) {
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran }]);
      sesi.set(peran, await login(ctx.app, u.username, u.password));
    }
    const semua = await buatPengguna(
      ctx.db,
      PERAN_INSTANSI.map((peran) => ({ instansiId: a.id, peran })),
    );
    sesi.set("semua", await login(ctx.app, semua.username, semua.password));
    const daftar = await minta(ctx.app, evaluator, { method: "GET", url: "/api/bank-butir/versi" });
    versiId = daftar.json().items.find((v: { status: string }) => v.status === "terbit").id;
    const rute = (await muatTabelRute()).filter(
      (r) => r.method === "GET" && r.url.startsWith("/api/bank-butir"),
    );
    urlBaca = rute.flatMap((r) => {
      const url = r.url.replace(":id", versiId);
      if (url.endsWith("/ekspor")) return [`${url}?format=json`, `${url}?format=qti`];
      if (url.endsWith("/pernyataan")) return [`${url}?pageSize=100`];
      return [url];
    });
    expect(urlBaca.length).toBeGreaterThanOrEqual(7);
  });

  it("the national evaluator sees keys and desirability in the statements, forms, lint report and both exports", async () => {
    const get = (url: string) => minta(ctx.app, evaluator, { method: "GET", url });
    const p = await get(`/api/bank-butir/versi/${versiId}/pernyataan?pageSize=5`);
    expect(p.json().items[0]).toHaveProperty("kunci");
    expect(p.json().items[0]).toHaveProperty("keinginanSosial");
    expect((await get(`/api/bank-butir/versi/${versiId}`)).json().lihatKunci).toBe(true);
    expect((await get(`/api/bank-butir/versi/${versiId}/formulir`)).json()[0].blok[0]).toHaveProperty("pola");
    expect((await get(`/api/bank-butir/versi/${versiId}/lint`)).statusCode).toBe(200);
    const json = await get(`/api/bank-butir/versi/${versiId}/ekspor?format=json`);
    expect(JSON.parse(json.body).pernyataan[0]).toHaveProperty("kunci");
    const qti = await get(`/api/bank-butir/versi/${versiId}/ekspor?format=qti`);
    expect(bacaZip(qti.rawPayload).some((e) => ATRIBUT_RAHASIA.test(e.isi.toString()))).toBe(true);
  });

  it("every item-bank read and export, called as each agency role, carries no key or desirability field", async () => {
    let dibaca = 0;
    for (const [peran, s] of sesi) {
      for (const url of urlBaca) {
        const r = await minta(ctx.app, s, { method: "GET", url });
        expect([200, 403], `${peran} ${url}: ${r.body.slice(0, 200)}`).toContain(r.statusCode);
        if (r.statusCode !== 200) continue;
        dibaca++;
        if (url.endsWith("format=qti")) {
          const berkas = bacaZip(r.rawPayload);
          expect(berkas.length).toBeGreaterThan(1);
          for (const e of berkas)
            expect(e.isi.toString(), `${peran} ${url} ${e.nama}`).not.toMatch(ATRIBUT_RAHASIA);
          continue;
        }
        const bocor = [...semuaKunci(JSON.parse(r.body))].filter((k) => ISIAN_RAHASIA.includes(k));
        expect(bocor, `${peran} ${url}`).toEqual([]);
      }
    }
    // not vacuous: the agency admin reads the statements and exports
    expect(dibaca).toBeGreaterThanOrEqual(2 * 6);
    const admin = sesi.get("admin_instansi") as SesiUji;
    const p = await minta(ctx.app, admin, {
      method: "GET",
      url: `/api/bank-butir/versi/${versiId}/pernyataan?pageSize=5`,
    });
    expect(p.json().items[0].teks.length).toBeGreaterThan(10);
    expect(p.json().total).toBeGreaterThan(50);
    const json = await minta(ctx.app, admin, {
      method: "GET",
      url: `/api/bank-butir/versi/${versiId}/ekspor?format=json`,
    });
    expect(JSON.parse(json.body).pernyataan[0].teks.length).toBeGreaterThan(10);
    const detail = await minta(ctx.app, admin, { method: "GET", url: `/api/bank-butir/versi/${versiId}` });
    expect(detail.json().lihatKunci).toBe(false);
    const lint = await minta(ctx.app, admin, { method: "GET", url: `/api/bank-butir/versi/${versiId}/lint` });
    expect([lint.statusCode, lint.json().error.code]).toEqual([403, "KUNCI_TERBATAS"]);
    expect(lint.json().error.message).toMatch(/hanya evaluator nasional/);
  });

  it("the test taker's form carries statement ids and texts only", async () => {
    const tim = sesi.get("tim_supervisi") as SesiUji;
    const unit = await buatUnit(ctx.db, a.id, "U-KUNCI");
    const pegawaiId = await buatPegawai(ctx.db, a.id, { nama: "Peserta Kunci", unitId: unit });
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
    await tautkan(ctx.db, u.id, a.id, pegawaiId);
    const kampanyeId = await kampanyeAktif(ctx.app, tim, a.id, { nama: "Asesmen kunci" });
    const peserta = await ctx.db
      .selectFrom("peserta_asesmen")
      .select("id")
      .where("kampanye_id", "=", kampanyeId)
      .where("pegawai_id", "=", pegawaiId)
      .executeTakeFirstOrThrow();
    const token = (await tokenUntuk(ctx.app, tim, a.id, kampanyeId, [peserta.id])).get(peserta.id) as string;
    const mulai = await ujian(ctx.app, token, "POST", "/mulai", { setuju: true });
    expect(mulai.statusCode, mulai.body).toBe(200);
    const keadaan = (await ujian(ctx.app, token, "GET", "")).json();
    expect(keadaan.blok.length).toBeGreaterThan(5);
    const kunciPernyataan = new Set(
      keadaan.blok.flatMap((b: { pernyataan: object[] }) => b.pernyataan.flatMap((p) => Object.keys(p))),
    );
    expect([...kunciPernyataan].sort()).toEqual(["id", "teks"]);
    expect([...semuaKunci(keadaan)].filter((k) => ISIAN_RAHASIA.includes(k))).toEqual([]);
  });
});
