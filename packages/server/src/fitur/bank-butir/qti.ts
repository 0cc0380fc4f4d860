/**
 * QTI 3.0 export and import of a bank version (docs/item-bank.md "QTI 3.0").
 *
 * A content package (ZIP) with `imsmanifest.xml`, one `qti-assessment-item`
 * per block (`items/<block>.xml`) and one `qti-assessment-test` per form
 * (`tests/<form>.xml`). A block is two `qti-choice-interaction`s over the same
 * three `qti-simple-choice`s: response `PALING_SESUAI` ("most like me") and
 * `PALING_TIDAK_SESUAI` ("least like me"). QTI has no standard way to say the
 * two answers must differ; the second interaction carries the Nurani extension
 * `data-nurani-berbeda-dari="PALING_SESUAI"`. No response processing: scoring
 * is Thurstonian IRT in Nurani, not a QTI outcome.
 *
 * What does not map to QTI and travels as Nurani metadata (`data-nurani-*`
 * attributes on each `qti-simple-choice`, a `nurani:` element in the manifest
 * for forms and the bank): sub-dimension, keying, social desirability and its
 * rater, situation, belief, definition source, status, English text. Lost:
 * statements that are in no block, each statement's change log (an import
 * records one "imported from QTI" entry), and any Thurstonian parameters
 * (they are not part of a bank version; see parameter_asesmen).
 */
import type { PernyataanTampil } from "./kunci.ts";
import type { FormulirBank } from "./skema.ts";
import { anakElemen, attr, bacaXml, type ElemenXml, esc, GalatXml, lokal, teksDalam } from "./xml.ts";
import { bacaZip, GalatZip, tulisZip } from "./zip.ts";

const NS_QTI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
const NS_CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
export const NS_NURANI = "https://nurani.go.id/xsd/bank-butir/1";
const DEKLARASI = '<?xml version="1.0" encoding="UTF-8"?>\n';

export const RESPON = { sesuai: "PALING_SESUAI", tidakSesuai: "PALING_TIDAK_SESUAI" } as const;
export const LABEL = {
  sesuai: "Paling sesuai dengan saya",
  tidakSesuai: "Paling tidak sesuai dengan saya",
} as const;

function atributPernyataan(p: PernyataanTampil): Record<string, string | number | undefined> {
  return {
    identifier: p.id,
    "data-nurani-sub-dimensi": p.subDimensi,
    "data-nurani-kunci": p.kunci,
    "data-nurani-keinginan-sosial": p.keinginanSosial,
    "data-nurani-penilai": p.penilaiKeinginanSosial,
    "data-nurani-situasi": p.situasi,
    "data-nurani-keyakinan": p.keyakinan,
    "data-nurani-sumber-definisi": p.sumberDefinisi,
    "data-nurani-status": p.status,
    "data-nurani-teks-en": p.teksEn,
    "data-nurani-absolut-sah": p.absolutSah,
  };
}

function interaksi(respon: string, label: string, isi: PernyataanTampil[], ekstra = ""): string {
  const pilihan = isi
    .map((p) => `      <qti-simple-choice${attr(atributPernyataan(p))}>${esc(p.teks)}</qti-simple-choice>\n`)
    .join("");
  return (
    `    <qti-choice-interaction${attr({ "response-identifier": respon, shuffle: "true", "max-choices": 1, "min-choices": 1 })}${ekstra}>\n` +
    `      <qti-prompt>${esc(label)}</qti-prompt>\n${pilihan}    </qti-choice-interaction>\n`
  );
}

export function itemBlok(blokId: string, isi: PernyataanTampil[]): string {
  return (
    DEKLARASI +
    `<qti-assessment-item${attr({ xmlns: NS_QTI, identifier: blokId, title: `Blok ${blokId}`, adaptive: "false", "time-dependent": "false", "xml:lang": "id-ID" })}>\n` +
    `  <qti-response-declaration${attr({ identifier: RESPON.sesuai, cardinality: "single", "base-type": "identifier" })}/>\n` +
    `  <qti-response-declaration${attr({ identifier: RESPON.tidakSesuai, cardinality: "single", "base-type": "identifier" })}/>\n` +
    `  <qti-item-body${attr({ "data-nurani-format": "pilihan-paksa-3" })}>\n` +
    interaksi(RESPON.sesuai, LABEL.sesuai, isi) +
    interaksi(
      RESPON.tidakSesuai,
      LABEL.tidakSesuai,
      isi,
      attr({ "data-nurani-berbeda-dari": RESPON.sesuai }),
    ) +
    "  </qti-item-body>\n</qti-assessment-item>\n"
  );
}

function testFormulir(f: FormulirBank): string {
  const ref = f.blok
    .map(
      (b) =>
        `        <qti-assessment-item-ref${attr({ identifier: b.id, href: `../items/${b.id}.xml` })}/>\n`,
    )
    .join("");
  return (
    DEKLARASI +
    `<qti-assessment-test${attr({ xmlns: NS_QTI, identifier: f.id, title: f.nama.id })}>\n` +
    `  <qti-test-part${attr({ identifier: `${f.id}-bagian`, "navigation-mode": "linear", "submission-mode": "individual" })}>\n` +
    `    <qti-assessment-section${attr({ identifier: `${f.id}-seksi`, title: f.nama.id, visible: "true" })}>\n` +
    ref +
    "    </qti-assessment-section>\n  </qti-test-part>\n</qti-assessment-test>\n"
  );
}

/**
 * The QTI 3.0 content package of a bank version; statements without their keys
 * (kunci.ts `bankUntuk`) are written without those attributes.
 */
export function eksporQti(bank: {
  versi: string;
  pernyataan: PernyataanTampil[];
  formulir: FormulirBank[];
}): Buffer {
  const indeks = new Map(bank.pernyataan.map((p) => [p.id, p]));
  const blok = new Map<string, string[]>();
  for (const f of bank.formulir)
    for (const b of f.blok) if (!blok.has(b.id)) blok.set(b.id, [...b.pernyataan]);
  const berkas: { nama: string; isi: Buffer }[] = [];
  const sumber: string[] = [];
  for (const [id, ids] of blok) {
    const isi = ids.map((x) => indeks.get(x)).filter((p): p is PernyataanTampil => !!p);
    berkas.push({ nama: `items/${id}.xml`, isi: Buffer.from(itemBlok(id, isi)) });
    sumber.push(
      `    <resource${attr({ identifier: `ITEM-${id}`, type: "imsqti_item_xmlv3p0", href: `items/${id}.xml` })}>\n` +
        `      <file${attr({ href: `items/${id}.xml` })}/>\n    </resource>\n`,
    );
  }
  for (const f of bank.formulir) {
    berkas.push({ nama: `tests/${f.id}.xml`, isi: Buffer.from(testFormulir(f)) });
    const dep = [...new Set(f.blok.map((b) => b.id))]
      .map((b) => `      <dependency${attr({ identifierref: `ITEM-${b}` })}/>\n`)
      .join("");
    sumber.push(
      `    <resource${attr({ identifier: `TEST-${f.id}`, type: "imsqti_test_xmlv3p0", href: `tests/${f.id}.xml` })}>\n` +
        `      <metadata>\n        <nurani:formulir${attr({ jenis: f.jenis, versi: f.versi, "nama-en": f.nama.en, jangkar: f.jangkar.join(" ") })}/>\n      </metadata>\n` +
        `      <file${attr({ href: `tests/${f.id}.xml` })}/>\n${dep}    </resource>\n`,
    );
  }
  const manifest =
    DEKLARASI +
    `<manifest${attr({ xmlns: NS_CP, "xmlns:nurani": NS_NURANI, identifier: `NURANI-BANK-${bank.versi}` })}>\n` +
    `  <metadata>\n    <schema>QTI Package</schema>\n    <schemaversion>3.0.0</schemaversion>\n` +
    `    <nurani:bank${attr({ versi: bank.versi })}/>\n  </metadata>\n` +
    "  <organizations/>\n  <resources>\n" +
    sumber.join("") +
    "  </resources>\n</manifest>\n";
  return tulisZip([{ nama: "imsmanifest.xml", isi: Buffer.from(manifest) }, ...berkas]);
}

export class GalatQti extends Error {}

function wajib(cond: unknown, pesan: string): asserts cond {
  if (!cond) throw new GalatQti(pesan);
}

function angka(s: string | undefined): number | string | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  return s.trim() !== "" && Number.isFinite(n) ? n : s;
}

/**
 * Reads a package exported by `eksporQti` back into a bank candidate (not yet
 * validated: the caller runs the same schema as a JSON import). Refuses, with
 * a reason in Bahasa Indonesia, any package it cannot read faithfully.
 */
export function imporQti(zip: Buffer, tanggal: string): unknown {
  let berkas: Map<string, Buffer>;
  try {
    berkas = new Map(bacaZip(zip).map((e) => [e.nama, e.isi]));
  } catch (e) {
    if (e instanceof GalatZip) throw new GalatQti(e.message);
    throw e;
  }
  const xml = (nama: string): ElemenXml => {
    const b = berkas.get(nama);
    wajib(b, `berkas ${nama} tidak ada di paket`);
    try {
      return bacaXml(b.toString("utf8"));
    } catch (e) {
      if (e instanceof GalatXml) throw new GalatQti(`${nama}: ${e.message}`);
      throw e;
    }
  };
  const manifest = xml("imsmanifest.xml");
  wajib(lokal(manifest.nama) === "manifest", "imsmanifest.xml bukan manifest IMS CP");
  const meta = anakElemen(manifest, "metadata")[0];
  const bankMeta = meta ? anakElemen(meta, "bank")[0] : undefined;
  wajib(bankMeta?.atribut.versi, "manifest tanpa metadata nurani:bank (bukan paket ekspor Nurani)");
  const resources = anakElemen(
    anakElemen(manifest, "resources")[0] ?? { nama: "", atribut: {}, anak: [] },
    "resource",
  );

  const pernyataan = new Map<string, Record<string, unknown>>();
  const blok = new Map<string, [string, string, string]>();
  for (const r of resources.filter((r) => r.atribut.type === "imsqti_item_xmlv3p0")) {
    const href = r.atribut.href;
    wajib(href && /^items\/[\w.-]+\.xml$/.test(href), `rujukan item tidak sah: ${href ?? "(kosong)"}`);
    const item = xml(href);
    wajib(lokal(item.nama) === "qti-assessment-item", `${href}: bukan qti-assessment-item`);
    const id = item.atribut.identifier;
    const body = anakElemen(item, "qti-item-body")[0];
    wajib(
      body?.atribut["data-nurani-format"] === "pilihan-paksa-3",
      `${href}: bukan blok pilihan paksa Nurani`,
    );
    const inter = anakElemen(body, "qti-choice-interaction");
    wajib(inter.length === 2, `${href}: harus ada dua qti-choice-interaction`);
    const [a, b] = inter;
    wajib(
      a.atribut["response-identifier"] === RESPON.sesuai &&
        b.atribut["response-identifier"] === RESPON.tidakSesuai,
      `${href}: interaksi harus ${RESPON.sesuai} lalu ${RESPON.tidakSesuai}`,
    );
    const pilihanA = anakElemen(a, "qti-simple-choice");
    const pilihanB = anakElemen(b, "qti-simple-choice").map((c) => c.atribut.identifier);
    wajib(pilihanA.length === 3, `${href}: blok harus berisi tiga pernyataan`);
    wajib(
      JSON.stringify(pilihanA.map((c) => c.atribut.identifier)) === JSON.stringify(pilihanB),
      `${href}: kedua interaksi harus memuat pernyataan yang sama`,
    );
    for (const c of pilihanA) {
      const t = c.atribut;
      const p: Record<string, unknown> = {
        id: t.identifier,
        subDimensi: t["data-nurani-sub-dimensi"],
        kunci: angka(t["data-nurani-kunci"]),
        teks: teksDalam(c),
        teksEn: t["data-nurani-teks-en"],
        keinginanSosial: angka(t["data-nurani-keinginan-sosial"]),
        penilaiKeinginanSosial: t["data-nurani-penilai"],
        situasi: t["data-nurani-situasi"],
        keyakinan: t["data-nurani-keyakinan"],
        sumberDefinisi: t["data-nurani-sumber-definisi"],
        status: t["data-nurani-status"],
        riwayat: [{ versi: bankMeta.atribut.versi, tanggal, catatan: "Diimpor dari paket QTI 3.0." }],
        absolutSah: t["data-nurani-absolut-sah"],
      };
      for (const k of Object.keys(p)) if (p[k] === undefined) delete p[k];
      const ada = pernyataan.get(String(p.id));
      if (ada) {
        wajib(
          JSON.stringify({ ...ada, riwayat: 0 }) === JSON.stringify({ ...p, riwayat: 0 }),
          `pernyataan ${String(p.id)} berbeda antar-blok`,
        );
      } else pernyataan.set(String(p.id), p);
    }
    blok.set(id, pilihanA.map((c) => c.atribut.identifier) as [string, string, string]);
  }

  const formulir: unknown[] = [];
  for (const r of resources.filter((r) => r.atribut.type === "imsqti_test_xmlv3p0")) {
    const href = r.atribut.href;
    wajib(href && /^tests\/[\w.-]+\.xml$/.test(href), `rujukan tes tidak sah: ${href ?? "(kosong)"}`);
    const test = xml(href);
    wajib(lokal(test.nama) === "qti-assessment-test", `${href}: bukan qti-assessment-test`);
    const m = anakElemen(anakElemen(r, "metadata")[0] ?? { nama: "", atribut: {}, anak: [] }, "formulir")[0];
    wajib(m, `${href}: tanpa metadata nurani:formulir`);
    const refs: string[] = [];
    const jelajah = (el: ElemenXml) => {
      for (const c of anakElemen(el)) {
        if (lokal(c.nama) === "qti-assessment-item-ref") refs.push(c.atribut.identifier);
        else jelajah(c);
      }
    };
    jelajah(test);
    formulir.push({
      id: test.atribut.identifier,
      nama: { id: test.atribut.title, en: m.atribut["nama-en"] },
      jenis: m.atribut.jenis,
      versi: m.atribut.versi,
      blok: refs.map((id) => {
        const isi = blok.get(id);
        wajib(isi, `${href}: blok ${id} tidak ada di paket`);
        return { id, pernyataan: isi };
      }),
      jangkar: (m.atribut.jangkar ?? "").split(/\s+/).filter(Boolean),
    });
  }
  return { versi: bankMeta.atribut.versi, pernyataan: [...pernyataan.values()], formulir };
}
