/** The evidence/document file check (umum/berkas.ts): type from magic bytes, agreeing with the name. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GalatApi } from "../src/http/errors.ts";
import { jenisDariIsi, periksaBerkas, UKURAN_MAKS_BERKAS } from "../src/umum/berkas.ts";

const TANDA: Record<string, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
};
const zip = (bagian: string) =>
  Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    Buffer.from(`....[Content_Types].xml....${bagian}....`, "latin1"),
  ]);

describe("program files: type by magic bytes", () => {
  it("recognises PDF, PNG, JPEG, DOCX and XLSX by their first bytes, not their names", () => {
    for (const [jenis, t] of Object.entries(TANDA))
      expect(jenisDariIsi(Buffer.from([...t, 1, 2, 3]))).toBe(jenis);
    expect(jenisDariIsi(zip("word/document.xml"))).toBe("docx");
    expect(jenisDariIsi(zip("xl/workbook.xml"))).toBe("xlsx");
    expect(jenisDariIsi(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBeNull(); // a plain ZIP
    expect(jenisDariIsi(Buffer.from("<html><script>alert(1)</script>"))).toBeNull();
  });

  it("accepts a file only when its bytes and its extension agree; refuses everything else with a 4xx (property)", () => {
    const nama = fc.tuple(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        ".pdf",
        ".PDF",
        ".png",
        ".jpg",
        ".jpeg",
        ".docx",
        ".xlsx",
        ".exe",
        ".html",
        "",
        ".pdf.exe",
      ),
    );
    const isi = fc.oneof(
      fc.uint8Array({ minLength: 0, maxLength: 64 }).map((a) => Buffer.from(a)),
      fc
        .tuple(fc.constantFrom(...Object.values(TANDA)), fc.uint8Array({ maxLength: 32 }))
        .map(([t, a]) => Buffer.from([...t, ...a])),
      fc.constantFrom(zip("word/document.xml"), zip("xl/workbook.xml")),
    );
    fc.assert(
      fc.property(nama, isi, ([dasar, ext], b) => {
        const n = `${dasar}${ext}`;
        try {
          const r = periksaBerkas(n, b);
          const menurutIsi = jenisDariIsi(b);
          expect(r.jenis).toBe(menurutIsi);
          const e = n.toLowerCase().split(".").pop();
          expect(e === "jpg" ? "jpeg" : e).toBe(r.jenis);
        } catch (g) {
          expect(g).toBeInstanceOf(GalatApi);
          expect([400, 413, 415]).toContain((g as GalatApi).status);
          expect((g as GalatApi).teks.id.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses more than 10 MiB (413) and an empty file (400)", () => {
    const besar = Buffer.concat([Buffer.from(TANDA.pdf), Buffer.alloc(UKURAN_MAKS_BERKAS)]);
    expect(() => periksaBerkas("a.pdf", besar)).toThrow(/BERKAS_TERLALU_BESAR/);
    expect(() => periksaBerkas("a.pdf", Buffer.alloc(0))).toThrow(/BERKAS_KOSONG/);
  });
});
