// @vitest-environment jsdom
/** The forum's report dialog (pages/komunitas/forum/LaporDialog.tsx) on the form kit: sent once, the server's refusal on its field. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LaporDialog } from "../src/pages/komunitas/forum/LaporDialog.tsx";
import { tampilkan } from "./support/dom.tsx";
import { ditahan, IID, server, sesiUji, tolak } from "./support/komunitas.ts";

vi.mock("../src/auth/session.tsx", async (asli) => ({
  ...(await asli<typeof import("../src/auth/session.tsx")>()),
  useSession: () => sesiUji(["pegawai"]),
}));

afterEach(() => vi.unstubAllGlobals());

const UTAS = "00000000-0000-4000-8000-0000000000e1";
const BALASAN = "00000000-0000-4000-8000-0000000000e2";

describe("LaporDialog", () => {
  it("sends the report once even when the button is pressed twice, then closes", async () => {
    const u = userEvent.setup();
    const { tunda, lepas } = ditahan();
    const kiriman = server(() => Response.json({ id: "l1" }, { status: 201 }), tunda);
    const onTutup = vi.fn();
    tampilkan(<LaporDialog utasId={UTAS} balasanId={BALASAN} onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "Laporkan ke moderator" });
    await u.type(within(dialog).getByLabelText(/Alasan/), "Menyebut nama pegawai");
    const tombol = within(dialog).getByRole("button", { name: "Laporkan" });
    await u.click(tombol);
    await u.click(tombol);
    lepas();
    await waitFor(() => expect(onTutup).toHaveBeenCalledTimes(1));
    expect(kiriman).toEqual([
      {
        metode: "POST",
        url: `/api/instansi/${IID}/forum/laporan`,
        body: { utasId: UTAS, balasanId: BALASAN, alasan: "Menyebut nama pegawai" },
      },
    ]);
  });

  it("shows the server's refusal at the reason and stays open with what was typed", async () => {
    const u = userEvent.setup();
    server(tolak("alasan", "Alasan terlalu pendek"));
    const onTutup = vi.fn();
    tampilkan(<LaporDialog utasId={UTAS} balasanId={null} onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "Laporkan ke moderator" });
    await u.type(within(dialog).getByLabelText(/Alasan/), "x");
    await u.click(within(dialog).getByRole("button", { name: "Laporkan" }));
    expect(await within(dialog).findByText("Alasan terlalu pendek")).toBeTruthy();
    expect(onTutup).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText(/Alasan/) as HTMLTextAreaElement).value).toBe("x");
  });
});
