/** Readable names of the audit log's action codes (pages/audit/i18n), for every code the server writes. */

import { muatTabelRute } from "@nurani/server/test-support";
import { describe, expect, it } from "vitest";
import en from "../src/pages/audit/i18n/en.json";
import id from "../src/pages/audit/i18n/id.json";

/** Codes written outside a route's declared `aksi` (login outcomes, jobs, CLI, demo). */
const DI_LUAR_RUTE = [
  "login.berhasil",
  "login.gagal",
  "login.terkunci",
  "login.dibatasi",
  "login.ditunda",
  "login.totp_diperlukan",
  "pengguna.pegawai_dilepas",
  "login.sso_gagal",
  "pengguna.buat",
  "pengguna.reset_password",
  "pegawai.impor",
  "demo.seed",
];

describe("audit action names", () => {
  it("names every action the server records, in both languages", async () => {
    const rute = await muatTabelRute();
    const kode = new Set(DI_LUAR_RUTE);
    for (const r of rute) {
      if (r.aksi) kode.add(r.aksi);
      if (r.bacaPribadi) kode.add(`${r.bacaPribadi}.baca`);
    }
    expect(kode.size).toBeGreaterThan(100);
    const tanpaNama = (label: Record<string, string>) => [...kode].filter((k) => !label[k]?.trim());
    expect(tanpaNama(id.aksiAudit)).toEqual([]);
    expect(tanpaNama(en.aksiAudit)).toEqual([]);
    expect(Object.keys(en.aksiAudit).sort()).toEqual(Object.keys(id.aksiAudit).sort());
  });
});
