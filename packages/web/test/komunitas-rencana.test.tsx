// @vitest-environment jsdom
/**
 * The new-plan form of the APIP audit tab and the change agents' action-plan
 * tab (pages/komunitas/FormJudulTanggal.tsx): title and period posted to the
 * tab's address, the title emptied after saving while the dates stay.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hariIni } from "../src/pages/komunitas/bersama.tsx";
import { TabAudit } from "../src/pages/komunitas/monev/TabAudit.tsx";
import { TabRenaksi } from "../src/pages/komunitas/renaksi/TabRenaksi.tsx";
import { tampilkan } from "./support/dom.tsx";
import { IID, server, sesiUji } from "./support/komunitas.ts";

const peran = vi.hoisted(() => ({ daftar: ["apip"] }));
vi.mock("../src/auth/session.tsx", async (asli) => ({
  ...(await asli<typeof import("../src/auth/session.tsx")>()),
  useSession: () => sesiUji(peran.daftar),
}));

afterEach(() => vi.unstubAllGlobals());

describe("new plan with a title and a period", () => {
  it("APIP posts an audit plan; the title empties, the dates stay", async () => {
    peran.daftar = ["apip"];
    const u = userEvent.setup();
    const kiriman = server(() => Response.json({ id: "x" }, { status: 201 }));
    tampilkan(<TabAudit />);
    const judul = (await screen.findByLabelText(/Judul rencana audit/)) as HTMLInputElement;
    await u.type(judul, "Audit pengadaan 2026");
    expect(screen.queryByText(/karakter/)).toBeNull();
    await u.click(screen.getByRole("button", { name: "Buat rencana" }));
    await waitFor(() => expect(judul.value).toBe(""));
    expect(kiriman).toEqual([
      {
        metode: "POST",
        url: `/api/instansi/${IID}/audit-internal`,
        body: { judul: "Audit pengadaan 2026", mulai: hariIni(), selesai: hariIni() },
      },
    ]);
  });

  it("a change agent's action plan counts the title's characters and needs a title", async () => {
    peran.daftar = ["agen_perubahan"];
    const u = userEvent.setup();
    const kiriman = server(() => Response.json({ id: "x" }, { status: 201 }));
    tampilkan(<TabRenaksi />);
    const judul = await screen.findByLabelText(/Judul rencana aksi/);
    await u.type(judul, "Renaksi");
    expect(screen.getByText("7/200 karakter")).toBeTruthy();
    await u.clear(judul);
    await u.click(screen.getByRole("button", { name: "Buat rencana aksi" }));
    expect(await screen.findByText("Wajib diisi.")).toBeTruthy();
    expect(kiriman).toEqual([]);
  });
});
