// @vitest-environment jsdom
/** The user dialog (pages/pengguna/PenggunaDialog.tsx) on the form kit: sent once, the server's refusal on its field. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PenggunaDialog } from "../src/pages/pengguna/PenggunaDialog.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const IID = "00000000-0000-4000-8000-000000000001";

/** The server as the dialog sees it: every POST answered by `jawab` (after `tunda`, if given). */
function server(jawab: () => Response, tunda?: Promise<void>) {
  const kiriman: unknown[] = [];
  tiruServer(async (req) => {
    if (req.method === "GET") return Response.json({ items: [], total: 0, page: 1, pageSize: 20 });
    kiriman.push({ url: new URL(req.url).pathname, body: await req.json() });
    await tunda;
    return jawab();
  });
  return kiriman;
}

afterEach(() => vi.unstubAllGlobals());

function buka(onTutup = vi.fn(), onPasswordSementara = vi.fn()) {
  tampilkan(
    <PenggunaDialog
      instansiId={IID}
      instansiKode="KAB-X"
      pengguna={null}
      onTutup={onTutup}
      onPasswordSementara={onPasswordSementara}
    />,
  );
  return { onTutup, onPasswordSementara };
}

describe("PenggunaDialog", () => {
  it("creates the user once even when Save is pressed twice, then shows the temporary password and closes", async () => {
    const u = userEvent.setup();
    let lepas = () => {};
    const tunda = new Promise<void>((r) => {
      lepas = r;
    });
    const kiriman = server(
      () =>
        Response.json(
          {
            id: "00000000-0000-4000-8000-0000000000bb",
            username: "budi@kab-x",
            nama: "Budi",
            pegawaiId: null,
            peran: ["pegawai"],
            aktif: true,
            totpAktif: false,
            terkunci: false,
            harusGantiPassword: true,
            passwordSementara: "Rahasia-123",
          },
          { status: 201 },
        ),
      tunda,
    );
    const { onTutup, onPasswordSementara } = buka();
    const dialog = await screen.findByRole("dialog", { name: "Tambah pengguna" });
    await u.type(within(dialog).getByLabelText(/Nama pengguna/), "budi");
    await u.type(within(dialog).getByLabelText(/Nama lengkap/), "Budi");
    const simpan = within(dialog).getByRole("button", { name: "Simpan" });
    await u.click(simpan);
    await u.click(simpan);
    lepas();
    await waitFor(() => expect(onTutup).toHaveBeenCalled());
    expect(kiriman).toEqual([
      { url: `/api/instansi/${IID}/pengguna`, body: { username: "budi", nama: "Budi", peran: ["pegawai"] } },
    ]);
    expect(onPasswordSementara).toHaveBeenCalledWith("budi@kab-x", "Rahasia-123");
  });

  it("shows the server's refusal at the field it names and keeps what was typed", async () => {
    const u = userEvent.setup();
    server(() =>
      Response.json(
        {
          error: {
            code: "VALIDASI",
            message: "Data tidak valid.",
            details: [
              { lokasi: "body", path: "username", kode: "custom", pesan: "Nama pengguna sudah dipakai" },
            ],
          },
        },
        { status: 400 },
      ),
    );
    const { onTutup } = buka();
    const dialog = await screen.findByRole("dialog", { name: "Tambah pengguna" });
    await u.type(within(dialog).getByLabelText(/Nama pengguna/), "budi");
    await u.type(within(dialog).getByLabelText(/Nama lengkap/), "Budi");
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect(await within(dialog).findByText("Nama pengguna sudah dipakai")).toBeTruthy();
    expect((await within(dialog).findByRole("alert")).textContent).toContain("Data tidak valid.");
    expect(onTutup).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText(/Nama pengguna/) as HTMLInputElement).value).toBe("budi");
  });
});
