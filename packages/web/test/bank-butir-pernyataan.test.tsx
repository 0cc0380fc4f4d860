// @vitest-environment jsdom
/** The statement editor (pages/bank-butir/PernyataanDialog.tsx) on the form kit: sent once, the server's refusal on its field. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DetailVersi } from "../src/pages/bank-butir/api.ts";
import { PernyataanDialog } from "../src/pages/bank-butir/PernyataanDialog.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const VERSI = { id: "00000000-0000-4000-8000-0000000000a1" } as DetailVersi;

/** The server: no rule texts on GET, every PUT answered by `jawab` (after `tunda`). */
function server(jawab: () => Response, tunda?: Promise<void>) {
  const kiriman: { url: string; body: Record<string, unknown> }[] = [];
  tiruServer(async (req) => {
    if (req.method === "GET") return Response.json({});
    kiriman.push({ url: new URL(req.url).pathname, body: await req.json() });
    await tunda;
    return jawab();
  });
  return kiriman;
}

afterEach(() => vi.unstubAllGlobals());

async function isiPernyataan(dialog: HTMLElement) {
  const u = userEvent.setup();
  // pasted, not typed key by key: every change runs the statement linter
  await u.type(within(dialog).getByRole("textbox", { name: "Id" }), "kd1-99");
  await u.click(within(dialog).getByRole("textbox", { name: "Teks" }));
  await u.paste("Saya menolak hadiah dari rekanan.");
  await u.click(within(dialog).getByRole("textbox", { name: "Penilai keinginan sosial" }));
  await u.paste("Panel A");
  return u;
}

describe("PernyataanDialog", () => {
  it("saves the statement once even when Save is pressed twice, then closes", async () => {
    let lepas = () => {};
    const tunda = new Promise<void>((r) => {
      lepas = r;
    });
    const kiriman = server(() => Response.json({ hasil: "dibuat", temuan: [] }), tunda);
    const onTutup = vi.fn();
    tampilkan(<PernyataanDialog versi={VERSI} pernyataan={null} onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "Tambah pernyataan" });
    const u = await isiPernyataan(dialog);
    const simpan = within(dialog).getByRole("button", { name: "Simpan" });
    await u.click(simpan);
    await u.click(simpan);
    lepas();
    await waitFor(() => expect(onTutup).toHaveBeenCalled());
    expect(kiriman).toHaveLength(1);
    expect(kiriman[0]?.url).toBe(`/api/bank-butir/versi/${VERSI.id}/pernyataan/KD1-99`);
    expect(kiriman[0]?.body).toMatchObject({
      subDimensi: "KD1",
      kunci: 1,
      teks: "Saya menolak hadiah dari rekanan.",
      penilaiKeinginanSosial: "Panel A",
      keinginanSosial: 3,
      status: "draf",
    });
    expect(kiriman[0]?.body).not.toHaveProperty("id");
  });

  it("shows the server's refusal at the field it names and keeps what was typed", async () => {
    server(() =>
      Response.json(
        {
          error: {
            code: "VALIDASI",
            message: "Data tidak valid.",
            details: [{ lokasi: "body", path: "teks", kode: "custom", pesan: "Teks terlalu pendek" }],
          },
        },
        { status: 400 },
      ),
    );
    const onTutup = vi.fn();
    tampilkan(<PernyataanDialog versi={VERSI} pernyataan={null} onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "Tambah pernyataan" });
    const u = await isiPernyataan(dialog);
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect(await within(dialog).findByText("Teks terlalu pendek")).toBeTruthy();
    expect(onTutup).not.toHaveBeenCalled();
    expect((within(dialog).getByRole("textbox", { name: "Teks" }) as HTMLTextAreaElement).value).toBe(
      "Saya menolak hadiah dari rekanan.",
    );
    expect((within(dialog).getByRole("textbox", { name: "Id" }) as HTMLInputElement).value).toBe("KD1-99");
  });
});
