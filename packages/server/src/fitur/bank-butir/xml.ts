/**
 * Just enough XML for QTI packages, written by hand: escaping for the writer,
 * and a small strict reader for what the writer produces (elements,
 * double- or single-quoted attributes, text, the five predefined entities and
 * numeric character references, comments, CDATA, the XML declaration). It
 * refuses DOCTYPE (no external entities, no entity expansion) and anything
 * else it does not understand, rather than guess.
 */

export function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** `name="value"` pairs, escaped; undefined values are left out. */
export function attr(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join("");
}

export interface ElemenXml {
  nama: string;
  atribut: Record<string, string>;
  anak: (ElemenXml | string)[];
}

export class GalatXml extends Error {}

const NAMA = /^[A-Za-z_][\w.:-]*/;

function urai(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);|&/g, (m, e: string | undefined) => {
    if (!e) throw new GalatXml("karakter & tanpa entitas yang sah");
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const n = e.startsWith("#x") ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff) throw new GalatXml(`rujukan karakter ${m} tidak sah`);
    return String.fromCodePoint(n);
  });
}

/** Parses one XML document into its root element (strict; see the module comment). */
export function bacaXml(teks: string): ElemenXml {
  let i = teks.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tumpukan: ElemenXml[] = [];
  let akar: ElemenXml | null = null;
  const galat = (pesan: string): never => {
    const baris = teks.slice(0, i).split("\n").length;
    throw new GalatXml(`${pesan} (baris ${baris})`);
  };
  while (i < teks.length) {
    if (teks.startsWith("<?", i)) {
      const akhir = teks.indexOf("?>", i);
      if (akhir < 0) galat("instruksi pemrosesan tidak ditutup");
      if (!/^<\?xml\s/.test(teks.slice(i, i + 6)) || akar) galat("instruksi pemrosesan tidak didukung");
      i = akhir + 2;
    } else if (teks.startsWith("<!--", i)) {
      const akhir = teks.indexOf("-->", i);
      if (akhir < 0) galat("komentar tidak ditutup");
      i = akhir + 3;
    } else if (teks.startsWith("<![CDATA[", i)) {
      const akhir = teks.indexOf("]]>", i);
      if (akhir < 0 || tumpukan.length === 0) galat("CDATA tidak sah");
      tumpukan[tumpukan.length - 1].anak.push(teks.slice(i + 9, akhir));
      i = akhir + 3;
    } else if (teks.startsWith("<!", i)) {
      galat("DOCTYPE dan deklarasi lain tidak didukung");
    } else if (teks.startsWith("</", i)) {
      const m = NAMA.exec(teks.slice(i + 2));
      const el = tumpukan.pop();
      if (!m || !el || el.nama !== m[0]) galat("tag penutup tidak cocok");
      i += 2 + (m as RegExpExecArray)[0].length;
      while (/\s/.test(teks[i] ?? "")) i++;
      if (teks[i] !== ">") galat("tag penutup rusak");
      i++;
    } else if (teks[i] === "<") {
      const m = NAMA.exec(teks.slice(i + 1));
      if (!m) galat("nama elemen tidak sah");
      const el: ElemenXml = { nama: (m as RegExpExecArray)[0], atribut: {}, anak: [] };
      i += 1 + el.nama.length;
      for (;;) {
        const spasi = /^\s*/.exec(teks.slice(i))?.[0].length ?? 0;
        i += spasi;
        if (teks.startsWith("/>", i) || teks[i] === ">") break;
        if (spasi === 0) galat("atribut harus dipisah spasi");
        const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(teks.slice(i));
        if (!a) galat("atribut tidak sah");
        const [semua, nama, , d, t] = a as RegExpExecArray;
        if (Object.hasOwn(el.atribut, nama)) galat(`atribut ${nama} ganda`);
        el.atribut[nama] = urai(d ?? t);
        i += semua.length;
      }
      if (tumpukan.length > 0) tumpukan[tumpukan.length - 1].anak.push(el);
      else if (akar) galat("lebih dari satu elemen akar");
      else akar = el;
      if (teks.startsWith("/>", i)) i += 2;
      else {
        i += 1;
        tumpukan.push(el);
      }
    } else {
      const akhir = teks.indexOf("<", i);
      const potongan = teks.slice(i, akhir < 0 ? teks.length : akhir);
      if (tumpukan.length > 0) tumpukan[tumpukan.length - 1].anak.push(urai(potongan));
      else if (potongan.trim()) galat("teks di luar elemen akar");
      i = akhir < 0 ? teks.length : akhir;
    }
  }
  if (tumpukan.length > 0) galat(`elemen ${tumpukan[tumpukan.length - 1].nama} tidak ditutup`);
  if (!akar) throw new GalatXml("dokumen kosong");
  return akar;
}

/** Local name without the namespace prefix. */
export const lokal = (nama: string) => nama.slice(nama.indexOf(":") + 1);

export function anakElemen(el: ElemenXml, nama?: string): ElemenXml[] {
  return el.anak.filter((a): a is ElemenXml => typeof a !== "string" && (!nama || lokal(a.nama) === nama));
}

export function teksDalam(el: ElemenXml): string {
  return el.anak.map((a) => (typeof a === "string" ? a : teksDalam(a))).join("");
}
