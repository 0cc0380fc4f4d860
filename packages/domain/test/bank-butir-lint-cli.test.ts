import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BANK_NASIONAL } from "../src/bank-butir/index.ts";

const cli = fileURLToPath(new URL("../src/bank-butir/lint-cli.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));

function jalankan(...args: string[]): { kode: number; keluaran: string } {
  try {
    return { kode: 0, keluaran: execFileSync(tsx, [cli, ...args], { encoding: "utf8" }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { kode: err.status, keluaran: err.stdout + err.stderr };
  }
}

describe("lint-cli", { timeout: 60_000 }, () => {
  it("exits 0 on the shipped bank and 1, with Indonesian findings, on a broken one", () => {
    expect(jalankan()).toMatchObject({ kode: 0 });
    const dir = mkdtempSync(join(tmpdir(), "bank-butir-"));
    const berkas = join(dir, "bank.json");
    const rusak = {
      ...BANK_NASIONAL,
      pernyataan: BANK_NASIONAL.pernyataan.map((p) =>
        p.id === "DN2-03" ? { ...p, teks: "Saya selalu siap." } : p,
      ),
    };
    writeFileSync(berkas, JSON.stringify(rusak));
    const h = jalankan(berkas);
    expect(h.kode).toBe(1);
    expect(h.keluaran).toContain(
      "GALAT [JUMLAH_KATA] pernyataan DN2-03: Panjang pernyataan 3 kata; harus 8–20 kata.",
    );
    expect(h.keluaran).toContain("GALAT [KATA_MUTLAK] pernyataan DN2-03");
    expect(h.keluaran).toMatch(/2 galat, 0 peringatan\./);
  });

  it("exits 2 on a file that is not a bank", () => {
    const dir = mkdtempSync(join(tmpdir(), "bank-butir-"));
    const berkas = join(dir, "bukan.json");
    writeFileSync(berkas, "[1, 2]");
    const h = jalankan(berkas);
    expect(h.kode).toBe(2);
    expect(h.keluaran).toContain("tidak dapat dibaca");
  });
});
