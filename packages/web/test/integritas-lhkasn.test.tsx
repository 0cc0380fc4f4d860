// @vitest-environment jsdom
/** LHKASN import (pages/integritas/LhkasnPage.tsx) on the form kit: check first, apply only a clean check, once. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LhkasnPage } from "../src/pages/integritas/LhkasnPage.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const IID = "00000000-0000-4000-8000-000000000001";
vi.mock("../src/auth/session.tsx", async (asli) => ({
  ...(await asli<typeof import("../src/auth/session.tsx")>()),
  useSession: () => ({ instansi: { id: IID } }),
}));

const KEPATUHAN = { tahun: null, k: 5, instansi: { lapor: 0, wajib: 0, persen: null }, unit: [] };

function laporan(galat: { baris: number; nip: string; pesan: string }[], diterapkan = false) {
  return { tahun: 2025, baris: 2, sah: 2 - galat.length, galat, diterapkan };
}

/** The server: answers each import POST with the next report, records the bodies. */
function server(jawaban: ReturnType<typeof laporan>[]) {
  const kiriman: { terapkan: boolean; tahun: number; format: string }[] = [];
  tiruServer(async (req) => {
    if (req.method === "GET") return Response.json(KEPATUHAN);
    const b = (await req.json()) as { terapkan: boolean; tahun: number; format: string };
    kiriman.push({ terapkan: b.terapkan, tahun: b.tahun, format: b.format });
    return Response.json(jawaban.shift());
  });
  return kiriman;
}

afterEach(() => vi.unstubAllGlobals());

/** Mantine's FileInput is a button (named by its label) over a hidden file input. */
async function masukanBerkas(): Promise<HTMLInputElement> {
  await screen.findByRole("button", { name: "Berkas CSV/XLSX" });
  return document.querySelector('input[type="file"]') as HTMLInputElement;
}

const berkas = (nama = "lhkasn.csv") => new File(["nip,tanggal\n"], nama, { type: "text/csv" });

describe("LhkasnPage", () => {
  it("checks the file, then applies it once the check found no error", async () => {
    const u = userEvent.setup();
    const kiriman = server([laporan([]), laporan([], true)]);
    tampilkan(<LhkasnPage />);
    const periksa = (await screen.findByRole("button", { name: "Periksa" })) as HTMLButtonElement;
    const terapkan = screen.getByRole("button", { name: /Terapkan/ }) as HTMLButtonElement;
    expect(periksa.disabled).toBe(true);
    await u.upload(await masukanBerkas(), berkas());
    expect(terapkan.disabled).toBe(true);
    await u.click(periksa);
    await waitFor(() => expect(terapkan.disabled).toBe(false));
    await u.click(terapkan);
    await waitFor(() => expect(kiriman).toHaveLength(2));
    expect(kiriman).toEqual([
      { terapkan: false, tahun: new Date().getFullYear() - 1, format: "csv" },
      { terapkan: true, tahun: new Date().getFullYear() - 1, format: "csv" },
    ]);
    await waitFor(() => expect(terapkan.disabled).toBe(true));
  });

  it("lists the rows in error and does not let an erroneous file be applied; another file drops the report", async () => {
    const u = userEvent.setup();
    server([laporan([{ baris: 2, nip: "199001012020011001", pesan: "NIP tidak dikenal" }])]);
    tampilkan(<LhkasnPage />);
    await u.upload(await masukanBerkas(), berkas());
    await u.click(screen.getByRole("button", { name: "Periksa" }));
    expect(await screen.findByText("NIP tidak dikenal")).toBeTruthy();
    expect((screen.getByRole("button", { name: /Terapkan/ }) as HTMLButtonElement).disabled).toBe(true);
    await u.upload(await masukanBerkas(), berkas("lain.xlsx"));
    expect(screen.queryByText("NIP tidak dikenal")).toBeNull();
  });
});
