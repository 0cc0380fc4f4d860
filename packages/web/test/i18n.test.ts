import fs from "node:fs";
import path from "node:path";
import { PERAN } from "@nurani/domain";
import { describe, expect, it } from "vitest";
import { TEKS_FITUR } from "../src/fitur-navigasi.ts";
import en from "../src/i18n/en.json";
import id from "../src/i18n/id.json";
import enAudit from "../src/pages/audit/i18n/en.json";
import idAudit from "../src/pages/audit/i18n/id.json";
import { kunciKeterangan, NAVIGASI } from "../src/shell/navigasi.ts";

type Pohon = { [k: string]: string | Pohon };

function kunci(o: Pohon, awalan = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === "string" ? [`${awalan}${k}`] : kunci(v, `${awalan}${k}.`),
  );
}

function sumberSemua(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sumberSemua(p);
    return /\.tsx?$/.test(e.name) ? [fs.readFileSync(p, "utf8")] : [];
  });
}

// the shell's texts, the audit action names and every feature area's (pages/<area>/i18n), as i18n/index.ts merges them
const kunciId = new Set([
  ...kunci(id as Pohon),
  ...kunci(idAudit as Pohon),
  ...kunci(TEKS_FITUR.id as Pohon),
]);
const kunciEn = new Set([
  ...kunci(en as Pohon),
  ...kunci(enAudit as Pohon),
  ...kunci(TEKS_FITUR.en as Pohon),
]);
// a whole table read at once (`t(key, { returnObjects: true })`, e.g. "aksiAudit")
const tabelId = new Set([...kunciId].map((k) => k.split(".")[0]));

describe("translations", () => {
  it("has the same keys in Bahasa Indonesia and English, none empty", () => {
    expect([...kunciId].filter((k) => !kunciEn.has(k))).toEqual([]);
    expect([...kunciEn].filter((k) => !kunciId.has(k))).toEqual([]);
    const kosong = (o: Pohon) =>
      kunci(o).filter((k) => k.split(".").reduce<unknown>((x, s) => (x as Pohon)[s], o) === "");
    for (const pohon of [id, en, TEKS_FITUR.id, TEKS_FITUR.en]) expect(kosong(pohon as Pohon)).toEqual([]);
  });

  it("defines every literal key the source code asks for", () => {
    const dipakai = new Set<string>();
    for (const src of sumberSemua(path.join(import.meta.dirname, "../src"))) {
      for (const m of src.matchAll(/\bt\(\s*"([a-zA-Z0-9_.]+)"/g)) dipakai.add(m[1]);
      // keys held in tables (`label: "nav.pegawai"`, JUDUL_GALAT …)
      for (const m of src.matchAll(/"((?:nav|login\.galat)\.[a-zA-Z]+)"/g)) dipakai.add(m[1]);
    }
    expect(dipakai.size).toBeGreaterThan(100);
    expect([...dipakai].filter((k) => !kunciId.has(k) && !tabelId.has(k))).toEqual([]);
  });

  it("names every role, navigation item and import status in both languages", () => {
    const perlu = [
      ...PERAN.map((p) => `peran.${p}`),
      ...NAVIGASI.map((n) => n.label),
      ...NAVIGASI.filter((n) => n.path !== "/").map(kunciKeterangan),
      ...["memvalidasi", "siap", "ditolak", "menulis", "selesai", "gagal"].map((s) => `impor.status.${s}`),
      ...["tambah", "ubahNama", "pindah", "tutup"].map((s) => `unit.berhasil.${s}`),
      ...["first", "previous", "next", "last"].map((s) => `paginasi.${s}`),
      ...["struktural", "fungsional", "pelaksana"].map((s) => `jenisJabatan.${s}`),
      "jenisKelamin.L",
      "jenisKelamin.P",
    ];
    expect(perlu.filter((k) => !kunciId.has(k) || !kunciEn.has(k))).toEqual([]);
  });
});
