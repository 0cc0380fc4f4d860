// @vitest-environment jsdom
/**
 * Nominating another employee (pages/agen/TabNominasi.tsx): the employee picker (PilihPegawai.tsx) is a
 * form field on the kit — its required error shows at the field, the employee found by search is sent.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Ringkasan } from "../src/pages/agen/kunci.ts";
import { TabNominasi } from "../src/pages/agen/TabNominasi.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const IID = "00000000-0000-4000-8000-000000000001";
const SID = "00000000-0000-4000-8000-0000000000c1";
const PID = "00000000-0000-4000-8000-0000000000d4";

vi.mock("../src/auth/session.tsx", () => ({
  useSession: () => ({
    instansi: { id: IID, kode: "KAB-X", nama: "Kab. X", peran: ["tim_supervisi"], pegawai: true },
    punya: () => true,
  }),
}));

const RINGKASAN = {
  siklus: { id: SID, nama: "Siklus 2027", ditutup: false },
  aturan: { kriteria: ["Berintegritas"] },
  nominasiSaya: { status: "diajukan", alasan: "Saya siap.", catatanSeleksi: null },
} as unknown as Ringkasan;

function server() {
  const kiriman: { url: string; body: unknown }[] = [];
  tiruServer(async (req) => {
    const url = new URL(req.url);
    if (req.method === "GET") {
      const q = url.searchParams.get("q") ?? "";
      const items = q ? [{ id: PID, nama: "Sari Dewi", nip: "198801012010012001" }] : [];
      return Response.json({ items, total: items.length, page: 1, pageSize: 20 });
    }
    kiriman.push({ url: url.pathname, body: await req.json() });
    return Response.json({ id: "n1" }, { status: 201 });
  });
  return kiriman;
}

afterEach(() => vi.unstubAllGlobals());

describe("TabNominasi: nominating another employee", () => {
  it("wants an employee first, then sends the one found by name with the reason", async () => {
    const u = userEvent.setup();
    const kiriman = server();
    tampilkan(<TabNominasi ringkasan={RINGKASAN} />);
    const kartu = screen.getByRole("region", { name: "Calonkan pegawai lain" });
    await u.type(within(kartu).getByRole("textbox", { name: /Alasan/ }), "Teladan di unitnya.");
    await u.click(within(kartu).getByRole("button", { name: "Kirim nominasi" }));
    expect(await within(kartu).findByText("Wajib diisi.")).toBeTruthy();
    expect(kiriman).toEqual([]);

    const pilih = within(kartu).getByLabelText(/^Pegawai/);
    await u.type(pilih, "Sari");
    const daftar = document.getElementById(pilih.getAttribute("aria-controls") ?? "") as HTMLElement;
    await u.click(await within(daftar).findByRole("option", { name: /Sari Dewi/, hidden: true }));
    await waitFor(() => expect(within(kartu).queryByText("Wajib diisi.")).toBeNull());
    await u.click(within(kartu).getByRole("button", { name: "Kirim nominasi" }));
    await waitFor(() => expect(kiriman).toHaveLength(1));
    expect(kiriman[0]).toEqual({
      url: `/api/instansi/${IID}/agen/siklus/${SID}/nominasi`,
      body: { alasan: "Teladan di unitnya.", pegawaiId: PID },
    });
  });
});
