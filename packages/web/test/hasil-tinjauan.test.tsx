// @vitest-environment jsdom
/** The review queue (pages/hasil/DaftarTinjauan.tsx) on the form kit: one reason, a decision per person, sent once. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DaftarTinjauan } from "../src/pages/hasil/DaftarTinjauan.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";
import { ditahan, IID, tolak } from "./support/komunitas.ts";

afterEach(() => vi.unstubAllGlobals());

const KID = "00000000-0000-4000-8000-0000000000c1";
const P1 = "00000000-0000-4000-8000-0000000000d1";
const P2 = "00000000-0000-4000-8000-0000000000d2";
const baris = (pesertaId: string, nama: string) => ({
  pesertaId,
  pegawaiId: pesertaId,
  nama,
  nip: "199001012020011001",
  derajat: 0.1,
  level: 2,
  tinjauan: "menunggu",
  tanda: [{ kode: "POLA", alasan: `Pola seragam ${nama}` }],
});

function server(jawab: () => Response, tunda?: Promise<void>) {
  const kiriman: { url: string; body: unknown }[] = [];
  tiruServer(async (req) => {
    if (req.method === "GET")
      return Response.json({
        items: [baris(P1, "Ani"), baris(P2, "Budi")],
        total: 2,
        page: 1,
        pageSize: 20,
      });
    kiriman.push({ url: new URL(req.url).pathname, body: await req.json() });
    await tunda;
    return jawab();
  });
  return kiriman;
}

describe("DaftarTinjauan", () => {
  it("wants a reason, then sends the decision of the row pressed, once", async () => {
    const u = userEvent.setup();
    const { tunda, lepas } = ditahan();
    const kiriman = server(() => Response.json({ pesertaId: P2, tinjauan: "dikecualikan" }), tunda);
    const onBerubah = vi.fn();
    tampilkan(<DaftarTinjauan instansiId={IID} kampanyeId={KID} onBerubah={onBerubah} />);
    await screen.findByText("Pola seragam Budi");
    const kecualikan = screen.getAllByRole("button", { name: "Kecualikan" })[1] as HTMLButtonElement;
    expect(kecualikan.disabled).toBe(true);
    await u.type(screen.getByLabelText(/Alasan keputusan/), "Pola jawaban lurus");
    expect(kecualikan.disabled).toBe(false);
    await u.click(kecualikan);
    await u.click(kecualikan);
    lepas();
    await waitFor(() => expect(onBerubah).toHaveBeenCalledTimes(1));
    expect(kiriman).toEqual([
      {
        url: `/api/instansi/${IID}/hasil/kampanye/${KID}/tinjauan/${P2}`,
        body: { keputusan: "dikecualikan", alasan: "Pola jawaban lurus" },
      },
    ]);
  });

  it("shows the server's refusal at the reason and keeps what was typed", async () => {
    const u = userEvent.setup();
    server(tolak("alasan", "Alasan terlalu pendek"));
    const onBerubah = vi.fn();
    tampilkan(<DaftarTinjauan instansiId={IID} kampanyeId={KID} onBerubah={onBerubah} />);
    await screen.findByText("Pola seragam Ani");
    await u.type(screen.getByLabelText(/Alasan keputusan/), "abc");
    await u.click(screen.getAllByRole("button", { name: "Terima" })[0]);
    expect(await screen.findByText("Alasan terlalu pendek")).toBeTruthy();
    expect(onBerubah).not.toHaveBeenCalled();
    expect((screen.getByLabelText(/Alasan keputusan/) as HTMLTextAreaElement).value).toBe("abc");
  });
});
