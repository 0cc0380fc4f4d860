// @vitest-environment jsdom
/** "Tarik rilis" (pages/hasil/DialogRilis.tsx) on the form kit: a reason first, sent once, the server's refusal on its field. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DialogTarikRilis } from "../src/pages/hasil/DialogRilis.tsx";
import { tampilkan } from "./support/dom.tsx";

// Mantine's autosizing Textarea listens to document.fonts, which jsdom lacks.
if (!("fonts" in document))
  Object.defineProperty(document, "fonts", { value: { addEventListener() {}, removeEventListener() {} } });

const DASAR = "/api/instansi/00000000-0000-4000-8000-000000000001/hasil/kampanye/k1";

function server(jawab: () => Response, tunda?: Promise<void>) {
  const kiriman: { url: string; body: unknown }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (masukan: RequestInfo | URL, init?: RequestInit) => {
      const req =
        masukan instanceof Request
          ? masukan
          : new Request(new URL(String(masukan), "http://localhost"), init);
      kiriman.push({ url: new URL(req.url).pathname, body: await req.json() });
      await tunda;
      return jawab();
    }),
  );
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
    tampilkan(<DialogTarikRilis dasar={DASAR} nama="Asesmen Awal" onSelesai={onSelesai} onTutup={vi.fn()} />);
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
    tampilkan(<DialogTarikRilis dasar={DASAR} nama="Asesmen Awal" onSelesai={onSelesai} onTutup={vi.fn()} />);
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
