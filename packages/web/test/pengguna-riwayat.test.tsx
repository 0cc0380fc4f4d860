// @vitest-environment jsdom
/** A user's role history (pages/pengguna/AsalPeran.tsx) through the typed client on the kit's paged table. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RiwayatPeranDialog } from "../src/pages/pengguna/AsalPeran.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const INSTANSI = "00000000-0000-4000-8000-000000000001";
const PENGGUNA = { id: "00000000-0000-4000-8000-0000000000b2", nama: "Rina Wulandari" };

const baris = (n: number) => ({
  id: `r${n}`,
  waktu: "2026-11-02T03:04:00.000Z",
  peran: "tim_supervisi",
  aksi: n % 2 ? "diberikan" : "dicabut",
  alasan: n % 2 ? "sk_dicatat" : "admin",
  nomorSk: n % 2 ? `800/${n}/2026` : null,
  siklusNama: n % 2 ? "Siklus 2026" : null,
  olehNama: "Admin Instansi",
});

function server() {
  const diminta: URLSearchParams[] = [];
  tiruServer(async (req) => {
    const url = new URL(req.url);
    diminta.push(url.searchParams);
    const page = Number(url.searchParams.get("page"));
    const items = page === 1 ? Array.from({ length: 100 }, (_, i) => baris(i + 1)) : [baris(101)];
    return Response.json({ items, total: 101, page, pageSize: 100 });
  });
  return diminta;
}

afterEach(() => vi.unstubAllGlobals());

describe("RiwayatPeranDialog", () => {
  it("lists who changed which role, from which decree, and pages past the first hundred", async () => {
    const u = userEvent.setup();
    const diminta = server();
    tampilkan(<RiwayatPeranDialog instansiId={INSTANSI} pengguna={PENGGUNA} onTutup={vi.fn()} />);
    const dialog = await screen.findByRole("dialog", { name: "Riwayat peran Rina Wulandari" });
    const tabel = await within(dialog).findByRole("table", { name: "Riwayat peran Rina Wulandari" });
    expect(within(tabel).getAllByRole("row")).toHaveLength(101);
    expect(
      within(tabel).getByText("SK dicatat — SK 800/1/2026 (Siklus 2026)", { exact: false }),
    ).toBeTruthy();
    expect(within(dialog).getByText("Menampilkan 1–100 dari 101")).toBeTruthy();
    await u.click(within(dialog).getByRole("button", { name: "Halaman berikutnya" }));
    await waitFor(() => expect(within(tabel).queryAllByRole("row")).toHaveLength(2));
    expect(within(dialog).getByText(/800\/101\/2026/)).toBeTruthy();
    expect(diminta.map((q) => [q.get("page"), q.get("pageSize")])).toEqual([
      ["1", "100"],
      ["2", "100"],
    ]);
  });
});
