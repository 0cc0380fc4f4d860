// @vitest-environment jsdom
/**
 * The forms of a bank version (pages/bank-butir/FormulirView.tsx, FormulirDialog.tsx) through the typed
 * client: the forms and blocks listed, a block's statements changed in a kit dialog (sent once, the
 * server's findings shown), the forms assembled again.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DetailVersi } from "../src/pages/bank-butir/api.ts";
import { FormulirView } from "../src/pages/bank-butir/FormulirView.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const VERSI = {
  id: "00000000-0000-4000-8000-0000000000a1",
  bolehUbah: true,
  lihatKunci: false,
} as DetailVersi;
const DASAR = `/api/bank-butir/versi/${VERSI.id}`;

const p = (id: string) => ({
  id,
  teks: `Teks ${id}`,
  teksEn: null,
  subDimensi: id.slice(0, 3).toUpperCase(),
});
const FORMULIR = [
  {
    id: "NAS-1-A",
    nama: { id: "Formulir lengkap A", en: "Full form A" },
    jenis: "lengkap",
    versi: "1",
    jangkar: [],
    blok: [{ id: "N1/J01", pernyataan: [p("kd1-01"), p("dn1-01"), p("km1-01")] }],
  },
];
const PERNYATAAN = ["kd1-01", "dn1-01", "km1-01", "km2-07"].map((id) => ({
  ...p(id),
  status: "draf",
  kunci: 1,
  keinginanSosial: 3,
}));

/** The server: the forms and statements on GET; every write answered by `jawab` (after `tunda`). */
function server(jawab: () => Response, tunda?: Promise<void>) {
  const kiriman: { metode: string; url: string; body: unknown }[] = [];
  tiruServer(async (req) => {
    const url = new URL(req.url).pathname;
    if (req.method === "GET") {
      if (url.endsWith("/formulir")) return Response.json(FORMULIR);
      return Response.json({ items: PERNYATAAN, total: PERNYATAAN.length, page: 1, pageSize: 200 });
    }
    kiriman.push({ metode: req.method, url, body: await req.json() });
    await tunda;
    return jawab();
  });
  return kiriman;
}

afterEach(() => vi.unstubAllGlobals());

describe("FormulirView", () => {
  it("changes a block's statements once even when Save is pressed twice, and shows the server's findings", async () => {
    const u = userEvent.setup();
    let lepas = () => {};
    const tunda = new Promise<void>((r) => {
      lepas = r;
    });
    const kiriman = server(
      () =>
        Response.json({
          temuan: [
            {
              aturan: "B2",
              keparahan: "peringatan",
              lokasi: "N1/J01",
              pesan: "Keinginan sosial tidak setara",
              rincian: "",
            },
          ],
        }),
      tunda,
    );
    tampilkan(<FormulirView versi={VERSI} />);
    expect(await screen.findByText("Formulir lengkap A")).toBeTruthy();
    await u.click(screen.getByRole("button", { name: "Ubah blok N1/J01" }));
    const dialog = await screen.findByRole("dialog", { name: "Ubah blok N1/J01" });
    const ketiga = within(dialog).getByLabelText("Pernyataan 3");
    await waitFor(() => expect((ketiga as HTMLInputElement).value).toMatch(/^km1-01/));
    await u.click(ketiga);
    const daftar = document.getElementById(ketiga.getAttribute("aria-controls") ?? "") as HTMLElement;
    await u.click(within(daftar).getByRole("option", { name: /^km2-07/, hidden: true }));
    const simpan = within(dialog).getByRole("button", { name: "Simpan" });
    await u.click(simpan);
    await u.click(simpan);
    lepas();
    expect(await within(dialog).findByText(/Keinginan sosial tidak setara/)).toBeTruthy();
    expect(kiriman).toEqual([
      {
        metode: "PUT",
        url: `${DASAR}/formulir/NAS-1-A/blok/N1%2FJ01`,
        body: { pernyataan: ["kd1-01", "dn1-01", "km2-07"] },
      },
    ]);
  });

  it("assembles the forms again with the seed and form version typed, and shows the server's refusal", async () => {
    const u = userEvent.setup();
    const kiriman = server(() =>
      Response.json(
        { error: { code: "KONFLIK", message: "Pernyataan aktif tidak cukup." } },
        { status: 409 },
      ),
    );
    tampilkan(<FormulirView versi={VERSI} />);
    await u.click(await screen.findByRole("button", { name: "Susun ulang formulir" }));
    const dialog = await screen.findByRole("dialog", { name: "Susun ulang formulir" });
    const kirim = within(dialog).getByRole("button", { name: "Susun ulang formulir" }) as HTMLButtonElement;
    expect(kirim.disabled).toBe(true);
    await u.type(within(dialog).getByRole("textbox", { name: /Versi formulir/ }), " 2 ");
    await u.click(kirim);
    expect(await within(dialog).findByText("Pernyataan aktif tidak cukup.")).toBeTruthy();
    expect(kiriman).toEqual([
      { metode: "POST", url: `${DASAR}/susun`, body: { benih: 2026, versiFormulir: "2" } },
    ]);
    expect((within(dialog).getByRole("textbox", { name: /Versi formulir/ }) as HTMLInputElement).value).toBe(
      " 2 ",
    );
  });
});
