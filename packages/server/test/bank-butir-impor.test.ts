import { randomBytes } from "node:crypto";
import { BANK_NASIONAL } from "@nurani/domain";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { eksporQti, imporQti } from "../src/fitur/bank-butir/qti.ts";
import type { BankImpor } from "../src/fitur/bank-butir/skema.ts";
import { bacaXml, esc, GalatXml } from "../src/fitur/bank-butir/xml.ts";
import { bacaZip, tulisZip } from "../src/fitur/bank-butir/zip.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

function multipart(nama: string, isi: Buffer) {
  const batas = `----nurani${randomBytes(8).toString("hex")}`;
  const kepala = `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${nama}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(kepala), isi, Buffer.from(`\r\n--${batas}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${batas}` },
  };
}

/** A statement without its change log (which QTI does not carry). */
const tanpaRiwayat = ({ riwayat: _r, ...p }: { id: string; riwayat?: unknown }) => p;
const urut = <T extends { id: string; riwayat?: unknown }>(xs: T[]) =>
  [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe("bank butir: XML and ZIP readers", () => {
  it("reads what the writer escapes, and refuses DOCTYPE, stray ampersands and unclosed elements", () => {
    const el = bacaXml(
      `<?xml version="1.0"?>\n<a x="&quot;1&quot; &amp; 2"><b>Saya &lt;jujur&gt; &#233;&#x41;</b><!-- c --><c/></a>`,
    );
    expect(el.atribut.x).toBe('"1" & 2');
    expect(el.anak[0]).toMatchObject({ nama: "b", anak: ["Saya <jujur> éA"] });
    expect(() => bacaXml('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>')).toThrow(
      GalatXml,
    );
    expect(() => bacaXml("<a>R&D</a>")).toThrow(GalatXml);
    expect(() => bacaXml("<a><b></a>")).toThrow(GalatXml);
    expect(() => bacaXml("<a></a><b></b>")).toThrow(GalatXml);
  });

  it("round-trips ZIP entries and refuses a corrupted archive", () => {
    const zip = tulisZip([
      { nama: "a.txt", isi: Buffer.from("halo ".repeat(100)) },
      { nama: "b/c.xml", isi: Buffer.from("<x/>") },
    ]);
    expect(bacaZip(zip).map((e) => [e.nama, e.isi.toString()])).toEqual([
      ["a.txt", "halo ".repeat(100)],
      ["b/c.xml", "<x/>"],
    ]);
    const rusak = Buffer.from(zip);
    rusak[40] ^= 0xff;
    expect(() => bacaZip(rusak)).toThrow();
    expect(() => bacaZip(Buffer.from("bukan zip sama sekali"))).toThrow(/bukan berkas ZIP/);
  });

  // printable text as a statement may hold (the schema refuses control characters)
  const teksCetak = fc
    .string({ unit: "binary", minLength: 1, maxLength: 60 })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: generating what the schema allows
    .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, "").trim())
    .filter((s) => s.length > 0);

  it("property: any printable text survives escaping and reading, in attributes and in content", () => {
    fc.assert(
      fc.property(teksCetak, (s) => {
        const el = bacaXml(`<a x="${esc(s)}" y='${esc(s)}'>${esc(s)}</a>`);
        expect(el.atribut.x).toBe(s);
        expect(el.atribut.y).toBe(s);
        expect(el.anak.join("")).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it("property: any set of files survives the ZIP writer and reader", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            nama: fc.stringMatching(/^[a-z0-9]{1,8}(\/[a-z0-9]{1,8})?\.xml$/),
            isi: fc.uint8Array({ maxLength: 3000 }),
          }),
          { selector: (e) => e.nama, maxLength: 8 },
        ),
        (entri) => {
          const masuk = entri.map((e) => ({ nama: e.nama, isi: Buffer.from(e.isi) }));
          expect(bacaZip(tulisZip(masuk))).toEqual(masuk);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("property: statement texts and English texts of any printable content round-trip through QTI", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(teksCetak, teksCetak), { minLength: 1, maxLength: 5 }), (teks) => {
        const bank = structuredClone(BANK_NASIONAL) as unknown as BankImpor;
        teks.forEach(([id, en], i) => {
          bank.pernyataan[i * 7].teks = id;
          bank.pernyataan[i * 7].teksEn = en;
        });
        const balik = imporQti(eksporQti(bank), "2026-11-28") as BankImpor;
        const menurut = new Map(balik.pernyataan.map((p) => [p.id, p]));
        teks.forEach(([id, en], i) => {
          expect(menurut.get(bank.pernyataan[i * 7].id)).toMatchObject({ teks: id, teksEn: en });
        });
      }),
      { numRuns: 15 },
    );
  });

  it("QTI: exports the national bank and reads back the same statements (without change log) and forms", () => {
    const bank = BANK_NASIONAL as unknown as BankImpor;
    const zip = eksporQti(bank);
    const berkas = bacaZip(zip).map((e) => e.nama);
    expect(berkas).toContain("imsmanifest.xml");
    expect(berkas.filter((n) => n.startsWith("items/"))).toHaveLength(12 + 24 + 24 + 4);
    expect(berkas.filter((n) => n.startsWith("tests/"))).toEqual([
      "tests/NAS-1-A.xml",
      "tests/NAS-1-B.xml",
      "tests/NAS-1-S.xml",
    ]);
    const item = bacaXml(
      bacaZip(zip)
        .find((e) => e.nama === "items/N1-J01.xml")
        ?.isi.toString() ?? "",
    );
    expect(item.nama).toBe("qti-assessment-item");
    expect(item.atribut.xmlns).toBe("http://www.imsglobal.org/xsd/imsqtiasi_v3p0");
    const balik = imporQti(zip, "2026-11-28") as BankImpor;
    expect(balik.versi).toBe(bank.versi);
    expect(urut(balik.pernyataan).map(tanpaRiwayat)).toEqual(urut(bank.pernyataan).map(tanpaRiwayat));
    expect(balik.formulir).toEqual(bank.formulir);
  });
});

describeOnDatabases("bank butir: JSON and QTI import/export", (t) => {
  let evaluator: SesiUji;
  let admin: SesiUji;
  let bawaanId = "";
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
    const nasional = await buatInstansi(t.db, { nasional: true });
    const A = await buatInstansi(t.db);
    const uE = await buatPengguna(t.db, [{ instansiId: nasional.id, peran: "evaluator_nasional" }]);
    const uA = await buatPengguna(t.db, [{ instansiId: A.id, peran: "admin_instansi" }]);
    evaluator = await login(t.app, uE.username, uE.password);
    admin = await login(t.app, uA.username, uA.password);
    bawaanId = (await minta(t.app, evaluator, { method: "GET", url: "/api/bank-butir/versi" })).json()
      .items[0].id;
  });

  it("exports a version as JSON in the domain's BankButir shape and imports it back as a new draft", async () => {
    // with its keys: the national evaluator's export (agencies get none, bank-butir-kunci.test.ts)
    const r = await minta(t.app, evaluator, {
      method: "GET",
      url: `/api/bank-butir/versi/${bawaanId}/ekspor?format=json`,
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-disposition"]).toContain(`bank-butir-${BANK_NASIONAL.versi}.json`);
    const bank = r.json();
    expect(urut(bank.pernyataan)).toEqual(urut(BANK_NASIONAL.pernyataan as never));
    expect(bank.formulir).toEqual(BANK_NASIONAL.formulir);
    const imp = await minta(t.app, evaluator, {
      method: "POST",
      url: "/api/bank-butir/impor?versi=2-json",
      payload: bank,
    });
    expect(imp.statusCode, imp.body).toBe(201);
    expect(imp.json()).toMatchObject({ versi: "2-json", status: "draf", galat: 0 });
    // the same file again: the version name is taken
    const lagi = await minta(t.app, evaluator, {
      method: "POST",
      url: "/api/bank-butir/impor?versi=2-json",
      payload: bank,
    });
    expect(lagi.statusCode).toBe(409);
    expect(lagi.json().error.code).toBe("VERSI_GANDA");
  });

  it("refuses a bad JSON bank with per-field errors in Bahasa Indonesia and writes nothing", async () => {
    const sebelum = await jumlahVersi();
    const p0 = { ...BANK_NASIONAL.pernyataan[0] } as Record<string, unknown>;
    const p1 = { ...BANK_NASIONAL.pernyataan[1], keinginanSosial: 7, situasi: "kantin" };
    delete p0.teks;
    const buruk = {
      versi: "2-buruk",
      pernyataan: [p0, p1, { ...BANK_NASIONAL.pernyataan[2], kunci: 2, asing: 1 }],
      formulir: [],
    };
    const r = await minta(t.app, evaluator, { method: "POST", url: "/api/bank-butir/impor", payload: buruk });
    expect(r.statusCode).toBe(400);
    const e = r.json().error;
    expect(e.code).toBe("VALIDASI_BANK");
    expect(e.message).toMatch(/tidak ada yang disimpan/);
    const menurut = Object.fromEntries(
      (e.details as { lokasi: string; pesan: string }[]).map((d) => [d.lokasi, d.pesan]),
    );
    expect(menurut).toMatchObject({
      "pernyataan[0].teks": "wajib diisi",
      "pernyataan[1].keinginanSosial": "nilai maksimal 5",
      "pernyataan[2].kunci": expect.stringMatching(/kunci harus 1 atau -1/),
      "pernyataan[2]": "isian tidak dikenal: asing",
    });
    expect(menurut["pernyataan[1].situasi"]).toMatch(/^nilai tidak dikenal; pilihan: /);
    // duplicates the database would refuse
    const ganda = await minta(t.app, evaluator, {
      method: "POST",
      url: "/api/bank-butir/impor",
      payload: {
        versi: "2-ganda",
        pernyataan: [BANK_NASIONAL.pernyataan[0], BANK_NASIONAL.pernyataan[0]],
        formulir: [],
      },
    });
    expect(ganda.statusCode).toBe(400);
    expect(ganda.json().error.details).toEqual([
      { lokasi: "pernyataan[1].id", pesan: 'id "KD1-01" sudah dipakai' },
    ]);
    // not an object, not JSON
    expect(
      (
        await minta(t.app, evaluator, { method: "POST", url: "/api/bank-butir/impor", payload: [1, 2] })
      ).json().error.code,
    ).toBe("IMPOR_FORMAT");
    const m = multipart("bank.json", Buffer.from("{ ini bukan json"));
    const rusak = await minta(t.app, evaluator, { method: "POST", url: "/api/bank-butir/impor", ...m });
    expect(rusak.statusCode).toBe(400);
    expect(rusak.json().error.code).toBe("IMPOR_FORMAT");
    // an agency admin may not import at all
    expect(
      (await minta(t.app, admin, { method: "POST", url: "/api/bank-butir/impor", payload: buruk }))
        .statusCode,
    ).toBe(403);
    expect(await jumlahVersi()).toBe(sebelum);
  });

  it("QTI 3.0: exports a version as a content package and imports it back into an identical draft (round trip)", async () => {
    const r = await minta(t.app, evaluator, {
      method: "GET",
      url: `/api/bank-butir/versi/${bawaanId}/ekspor?format=qti`,
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toContain("application/zip");
    const zip = r.rawPayload;
    const m = multipart("bank.zip", zip);
    const imp = await minta(t.app, evaluator, {
      method: "POST",
      url: "/api/bank-butir/impor?versi=2-qti",
      ...m,
    });
    expect(imp.statusCode, imp.body).toBe(201);
    expect(imp.json()).toMatchObject({ versi: "2-qti", status: "draf", galat: 0 });
    const json = await minta(t.app, evaluator, {
      method: "GET",
      url: `/api/bank-butir/versi/${imp.json().id}/ekspor?format=json`,
    });
    const bank = json.json();
    expect(urut(bank.pernyataan).map(tanpaRiwayat)).toEqual(
      urut(BANK_NASIONAL.pernyataan as never).map(tanpaRiwayat),
    );
    expect(bank.formulir).toEqual(BANK_NASIONAL.formulir);
    expect(bank.pernyataan[0].riwayat).toEqual([
      { versi: BANK_NASIONAL.versi, tanggal: expect.any(String), catatan: "Diimpor dari paket QTI 3.0." },
    ]);
  });

  it("refuses a QTI package it cannot read, saying why, and writes nothing", async () => {
    const sebelum = await jumlahVersi();
    const asing = tulisZip([
      { nama: "imsmanifest.xml", isi: Buffer.from('<manifest xmlns="x"><resources/></manifest>') },
    ]);
    const r = await minta(t.app, evaluator, {
      method: "POST",
      url: "/api/bank-butir/impor",
      ...multipart("lain.zip", asing),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe("QTI_TIDAK_TERBACA");
    expect(r.json().error.message).toMatch(/bukan paket ekspor Nurani/);
    const rusak = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("sampah")]);
    const r2 = await minta(t.app, evaluator, {
      method: "POST",
      url: "/api/bank-butir/impor",
      ...multipart("rusak.zip", rusak),
    });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().error.code).toBe("QTI_TIDAK_TERBACA");
    expect(await jumlahVersi()).toBe(sebelum);
  });
});
