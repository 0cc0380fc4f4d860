// @vitest-environment jsdom
/** The new-draft dialog (pages/bank-butir/BuatDrafDialog.tsx) on the form kit: sent once, the server's refusal on its field. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BuatDrafDialog } from "../src/pages/bank-butir/BuatDrafDialog.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const ASAL = "00000000-0000-4000-8000-0000000000a1";
const VERSI = { id: ASAL, versi: "2026.1", status: "terbit" };

/** The server: the published versions on GET, every POST answered by `jawab` (after `tunda`). */
function server(jawab: () => Response, tunda?: Promise<void>) {
  const kiriman: unknown[] = [];
  tiruServer(async (req) => {
    // the page calls the older api() client: fetch(url, init) with a relative URL
    if (req.method === "GET") return Response.json({ items: [VERSI], total: 1, page: 1, pageSize: 200 });
    kiriman.push(await req.json());
    await tunda;
    return jawab();
  });
  return kiriman;
}

afterEach(() => vi.unstubAllGlobals());

describe("BuatDrafDialog", () => {
  it("sends the draft once, copied from the published version, even when the button is pressed twice", async () => {
    const u = userEvent.setup();
    let lepas = () => {};
    const tunda = new Promise<void>((r) => {
      lepas = r;
    });
    const kiriman = server(
      () =>
        Response.json({
          ...VERSI,
          id: "00000000-0000-4000-8000-0000000000a2",
          versi: "2027.1",
          status: "draf",
        }),
      tunda,
    );
    tampilkan(<BuatDrafDialog onTutup={vi.fn()} />);
    const dialog = await screen.findByRole("dialog", { name: "Buat versi draf" });
    await u.type(within(dialog).getByLabelText(/Nama versi/), "2027.1");
    const tombol = within(dialog).getByRole("button", { name: "Buat versi draf" });
    await u.click(tombol);
    await u.click(tombol);
    lepas();
    await waitFor(() => expect(kiriman).toHaveLength(1));
    expect(kiriman).toEqual([{ asalId: ASAL, versi: "2027.1" }]);
  });

  it("shows the server's refusal at the version name and stays open with what was typed", async () => {
    const u = userEvent.setup();
    server(() =>
      Response.json(
        {
          error: {
            code: "VALIDASI",
            message: "Data tidak valid.",
            details: [
              { lokasi: "body", path: "versi", kode: "invalid_format", pesan: "Nama versi tidak sah" },
            ],
          },
        },
        { status: 400 },
      ),
    );
    const onTutup = vi.fn();
    tampilkan(<BuatDrafDialog onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "Buat versi draf" });
    await u.type(within(dialog).getByLabelText(/Nama versi/), "versi baru!");
    await u.click(within(dialog).getByRole("button", { name: "Buat versi draf" }));
    expect(await within(dialog).findByText("Nama versi tidak sah")).toBeTruthy();
    expect(onTutup).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText(/Nama versi/) as HTMLInputElement).value).toBe("versi baru!");
  });
});
