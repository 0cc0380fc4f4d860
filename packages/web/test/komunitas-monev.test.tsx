// @vitest-environment jsdom
/** The audit-finding form (pages/komunitas/monev/FormTemuan.tsx) on the form kit: sent once, the server's refusal on its field. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FormTemuan } from "../src/pages/komunitas/monev/FormTemuan.tsx";
import { tampilkan } from "./support/dom.tsx";
import { ditahan, IID, server, sesiUji, tolak } from "./support/komunitas.ts";

vi.mock("../src/auth/session.tsx", async (asli) => ({
  ...(await asli<typeof import("../src/auth/session.tsx")>()),
  useSession: () => sesiUji(["apip"]),
}));

afterEach(() => vi.unstubAllGlobals());

const RENCANA = "00000000-0000-4000-8000-0000000000c1";

async function isi(u: ReturnType<typeof userEvent.setup>) {
  const kartu = await screen.findByRole("region", { name: "Temuan baru" });
  await u.type(within(kartu).getByLabelText(/Judul temuan/), "Daftar hadir tidak ditandatangani");
  await u.type(within(kartu).getByLabelText(/Uraian/), "Tiga dari lima daftar hadir kosong.");
  await u.type(within(kartu).getByLabelText(/Rekomendasi/), "Gunakan daftar hadir elektronik.");
  return kartu;
}

describe("FormTemuan", () => {
  it("records the finding once even when Save is pressed twice, then empties the form", async () => {
    const u = userEvent.setup();
    const { tunda, lepas } = ditahan();
    const kiriman = server(() => Response.json({ id: "x" }, { status: 201 }), tunda);
    const onTersimpan = vi.fn();
    tampilkan(<FormTemuan rencanaId={RENCANA} onTersimpan={onTersimpan} />);
    const kartu = await isi(u);
    const simpan = within(kartu).getByRole("button", { name: "Simpan" });
    await u.click(simpan);
    await u.click(simpan);
    lepas();
    await waitFor(() => expect(onTersimpan).toHaveBeenCalledTimes(1));
    expect(kiriman).toEqual([
      {
        metode: "POST",
        url: `/api/instansi/${IID}/audit-internal/${RENCANA}/temuan`,
        body: {
          judul: "Daftar hadir tidak ditandatangani",
          uraian: "Tiga dari lima daftar hadir kosong.",
          tingkat: "sedang",
          rekomendasi: "Gunakan daftar hadir elektronik.",
          batasWaktu: null,
        },
      },
    ]);
    await waitFor(() =>
      expect((within(kartu).getByLabelText(/Judul temuan/) as HTMLInputElement).value).toBe(""),
    );
  });

  it("sends nothing while a required field is empty", async () => {
    const u = userEvent.setup();
    const kiriman = server(() => Response.json({ id: "x" }, { status: 201 }));
    tampilkan(<FormTemuan rencanaId={RENCANA} onTersimpan={vi.fn()} />);
    const kartu = await screen.findByRole("region", { name: "Temuan baru" });
    await u.type(within(kartu).getByLabelText(/Judul temuan/), "Tanpa uraian");
    await u.click(within(kartu).getByRole("button", { name: "Simpan" }));
    expect((await within(kartu).findAllByText("Wajib diisi.")).length).toBe(2);
    expect(kiriman).toEqual([]);
  });

  it("shows the server's refusal at the recommendation and keeps what was typed", async () => {
    const u = userEvent.setup();
    server(tolak("rekomendasi", "Rekomendasi terlalu umum"));
    const onTersimpan = vi.fn();
    tampilkan(<FormTemuan rencanaId={RENCANA} onTersimpan={onTersimpan} />);
    const kartu = await isi(u);
    await u.click(within(kartu).getByRole("button", { name: "Simpan" }));
    expect(await within(kartu).findByText("Rekomendasi terlalu umum")).toBeTruthy();
    expect((await within(kartu).findByRole("alert")).textContent).toContain("Data tidak valid.");
    expect(onTersimpan).not.toHaveBeenCalled();
    expect((within(kartu).getByLabelText(/Uraian/) as HTMLTextAreaElement).value).toBe(
      "Tiga dari lima daftar hadir kosong.",
    );
  });
});
