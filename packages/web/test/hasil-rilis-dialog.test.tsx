// @vitest-environment jsdom
/**
 * "Rilis hasil" and "Tarik rilis" (pages/hasil/DialogRilis.tsx) on the form kit through the typed client:
 * the preview first, then the release repeating its figures (a reason when results await review);
 * a withdrawal's reason first, sent once, the server's refusal on its field.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DialogRilis, DialogTarikRilis } from "../src/pages/hasil/DialogRilis.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const PATH = { instansiId: "00000000-0000-4000-8000-000000000001", kampanyeId: "k1" };
const DASAR = `/api/instansi/${PATH.instansiId}/hasil/kampanye/${PATH.kampanyeId}`;

function server(jawab: (req: Request) => Response, tunda?: Promise<void>) {
  const kiriman: { url: string; body: unknown }[] = [];
  tiruServer(async (req) => {
    kiriman.push({
      url: new URL(req.url).pathname,
      body: req.method === "GET" ? null : await req.json(),
    });
    await tunda;
    return jawab(req);
  });
  return kiriman;
}

afterEach(() => vi.unstubAllGlobals());

describe("DialogTarikRilis", () => {
  it("wants a reason, then withdraws once even when the button is pressed twice", async () => {
    const u = userEvent.setup();
    let lepas = () => {};
    const tunda = new Promise<void>((r) => {
      lepas = r;
    });
    const kiriman = server(() => Response.json({ ok: true }), tunda);
    const onSelesai = vi.fn();
    tampilkan(<DialogTarikRilis path={PATH} nama="Asesmen Awal" onSelesai={onSelesai} onTutup={vi.fn()} />);
    const dialog = await screen.findByRole("dialog", { name: "Tarik rilis hasil" });
    const ya = within(dialog).getByRole("button", { name: "Tarik rilis" }) as HTMLButtonElement;
    expect(ya.disabled).toBe(true);
    await u.type(within(dialog).getByLabelText(/Alasan penarikan/), "Dirilis terlalu dini.");
    expect(ya.disabled).toBe(false);
    await u.click(ya);
    await u.click(ya);
    lepas();
    await waitFor(() => expect(onSelesai).toHaveBeenCalled());
    expect(kiriman).toEqual([{ url: `${DASAR}/tarik-rilis`, body: { alasan: "Dirilis terlalu dini." } }]);
  });

  it("shows the server's refusal at the reason and keeps what was typed", async () => {
    const u = userEvent.setup();
    server(() =>
      Response.json(
        {
          error: {
            code: "VALIDASI",
            message: "Data tidak valid.",
            details: [{ lokasi: "body", path: "alasan", kode: "custom", pesan: "Alasan terlalu umum" }],
          },
        },
        { status: 400 },
      ),
    );
    const onSelesai = vi.fn();
    tampilkan(<DialogTarikRilis path={PATH} nama="Asesmen Awal" onSelesai={onSelesai} onTutup={vi.fn()} />);
    const dialog = await screen.findByRole("dialog", { name: "Tarik rilis hasil" });
    await u.type(within(dialog).getByLabelText(/Alasan penarikan/), "Dirilis terlalu dini.");
    await u.click(within(dialog).getByRole("button", { name: "Tarik rilis" }));
    expect(await within(dialog).findByText("Alasan terlalu umum")).toBeTruthy();
    expect(onSelesai).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText(/Alasan penarikan/) as HTMLTextAreaElement).value).toBe(
      "Dirilis terlalu dini.",
    );
  });
});

const PRATINJAU = {
  kampanye: { id: "k1", nama: "Asesmen Awal", ditutup: "2026-11-30T00:00:00.000Z" },
  dinilai: 40,
  menunggu: 2,
  dikecualikan: 0,
  dilaporkan: 38,
  masihTerbuka: false,
  belumSelesai: 0,
  k: 5,
  kelompokDiBawahK: 1,
  disembunyikanKomplementer: 0,
  instansiTampil: true,
  siklus: [],
};

describe("DialogRilis", () => {
  it("shows what would be released, wants a reason for the results awaiting review, and sends the figures seen", async () => {
    const u = userEvent.setup();
    const kiriman = server((req) => Response.json(req.method === "GET" ? PRATINJAU : { ok: true }));
    const onSelesai = vi.fn();
    tampilkan(<DialogRilis path={PATH} onSelesai={onSelesai} onTutup={vi.fn()} />);
    // the preview's loading dialog gives way to the release form once the figures arrive
    await screen.findByText("Asesmen Awal");
    const dialog = screen.getByRole("dialog", { name: "Rilis hasil kampanye" });
    expect(within(dialog).getByText("2 hasil masih menunggu tinjauan.")).toBeTruthy();
    const ya = within(dialog).getByRole("button", { name: /38/ }) as HTMLButtonElement;
    expect(ya.disabled).toBe(true);
    await u.type(within(dialog).getByRole("textbox"), "Tinjauan selesai di luar sistem.");
    await u.click(ya);
    await waitFor(() => expect(onSelesai).toHaveBeenCalled());
    expect(kiriman).toEqual([
      { url: `${DASAR}/rilis`, body: null },
      {
        url: `${DASAR}/rilis`,
        body: { dinilai: 40, menunggu: 2, alasanAbaikanTinjauan: "Tinjauan selesai di luar sistem." },
      },
    ]);
  });

  it("shows the server's refusal of the preview in the dialog", async () => {
    server(() =>
      Response.json(
        { error: { code: "TIDAK_DITEMUKAN", message: "Kampanye tidak ditemukan." } },
        { status: 404 },
      ),
    );
    tampilkan(<DialogRilis path={PATH} onSelesai={vi.fn()} onTutup={vi.fn()} />);
    const dialog = await screen.findByRole("dialog", { name: "Rilis hasil kampanye" });
    expect(await within(dialog).findByText("Kampanye tidak ditemukan.")).toBeTruthy();
  });
});
