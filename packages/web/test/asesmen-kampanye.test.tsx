// @vitest-environment jsdom
/** The campaign dialog (pages/asesmen/KampanyeDialog.tsx) on the form kit: sent once, the server's refusal on its field. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { KampanyeDialog } from "../src/pages/asesmen/KampanyeDialog.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const IID = "00000000-0000-4000-8000-000000000001";

vi.mock("../src/auth/session.tsx", async (asli) => ({
  ...(await asli<object>()),
  useSession: () => ({ instansi: { id: IID } }),
}));

/** The server: empty lists on GET, every POST answered by `jawab` (after `tunda`). */
function server(jawab: () => Response, tunda?: Promise<void>) {
  const kiriman: { url: string; body: Record<string, unknown> }[] = [];
  tiruServer(async (req) => {
    if (req.method === "GET") return Response.json([]);
    kiriman.push({ url: new URL(req.url).pathname, body: await req.json() });
    await tunda;
    return jawab();
  });
  return kiriman;
}

afterEach(() => vi.unstubAllGlobals());

describe("KampanyeDialog", () => {
  it("creates the campaign once even when Save is pressed twice, then closes", async () => {
    const u = userEvent.setup();
    let lepas = () => {};
    const tunda = new Promise<void>((r) => {
      lepas = r;
    });
    const kiriman = server(
      () =>
        Response.json({ id: "00000000-0000-4000-8000-0000000000c1", nama: "Asesmen 2027" }, { status: 201 }),
      tunda,
    );
    const onTutup = vi.fn();
    tampilkan(<KampanyeDialog onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "Buat kampanye" });
    await u.type(within(dialog).getByLabelText(/Nama kampanye/), "Asesmen 2027");
    await u.type(within(dialog).getByLabelText(/Teks persetujuan/), "Saya setuju.");
    const simpan = within(dialog).getByRole("button", { name: "Simpan" });
    await u.click(simpan);
    await u.click(simpan);
    lepas();
    await waitFor(() => expect(onTutup).toHaveBeenCalled());
    expect(kiriman).toHaveLength(1);
    expect(kiriman[0]?.url).toBe(`/api/instansi/${IID}/asesmen/kampanye`);
    expect(kiriman[0]?.body).toMatchObject({
      nama: "Asesmen 2027",
      tujuan: "awal",
      formulirId: "NAS-1-A",
      populasi: { jenis: "semua" },
      batasMenit: null,
      teksPersetujuan: "Saya setuju.",
    });
  });

  it("sends a pilot campaign (calibration only) when its box is ticked", async () => {
    const u = userEvent.setup();
    const kiriman = server(() =>
      Response.json({ id: "00000000-0000-4000-8000-0000000000c2", nama: "Uji coba 2027" }, { status: 201 }),
    );
    const onTutup = vi.fn();
    tampilkan(<KampanyeDialog onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "Buat kampanye" });
    await u.type(within(dialog).getByLabelText(/Nama kampanye/), "Uji coba 2027");
    await u.click(within(dialog).getByLabelText(/Kampanye uji coba \(hanya untuk kalibrasi\)/));
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    await waitFor(() => expect(onTutup).toHaveBeenCalled());
    expect(kiriman[0]?.body).toMatchObject({ nama: "Uji coba 2027", ujiCoba: true });
  });

  it("shows the server's refusal at the field it names and keeps what was typed", async () => {
    const u = userEvent.setup();
    server(() =>
      Response.json(
        {
          error: {
            code: "VALIDASI",
            message: "Data tidak valid.",
            details: [{ lokasi: "body", path: "nama", kode: "custom", pesan: "Nama kampanye sudah dipakai" }],
          },
        },
        { status: 400 },
      ),
    );
    const onTutup = vi.fn();
    tampilkan(<KampanyeDialog onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "Buat kampanye" });
    await u.type(within(dialog).getByLabelText(/Nama kampanye/), "Asesmen 2027");
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect(await within(dialog).findByText("Nama kampanye sudah dipakai")).toBeTruthy();
    expect((await within(dialog).findByRole("alert")).textContent).toContain("Data tidak valid.");
    expect(onTutup).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText(/Nama kampanye/) as HTMLInputElement).value).toBe("Asesmen 2027");
  });

  it("does not send without a name", async () => {
    const u = userEvent.setup();
    const kiriman = server(() => Response.json({}));
    tampilkan(<KampanyeDialog onTutup={vi.fn()} />);
    const dialog = await screen.findByRole("dialog", { name: "Buat kampanye" });
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect(await within(dialog).findByText("Wajib diisi.")).toBeTruthy();
    expect(kiriman).toHaveLength(0);
  });
});
