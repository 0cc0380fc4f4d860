// @vitest-environment jsdom
/** A judge's cuts (pages/norma-batas/FormBatasSaya.tsx): increasing cuts required, the reference hint, one PUT. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FormBatasSaya, phi } from "../src/pages/norma-batas/FormBatasSaya.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const SESI = "00000000-0000-4000-8000-0000000000a1";

function server() {
  const kiriman: { method: string; url: string; body: unknown }[] = [];
  tiruServer(async (req) => {
    kiriman.push({ method: req.method, url: new URL(req.url).pathname, body: await req.json() });
    return Response.json({ id: SESI });
  });
  return kiriman;
}

afterEach(() => vi.unstubAllGlobals());

describe("FormBatasSaya", () => {
  it("Φ matches tabled values", () => {
    expect(phi(0)).toBeCloseTo(0.5, 7);
    expect(phi(1)).toBeCloseTo(0.8413447461, 6);
    expect(phi(-1.959963985)).toBeCloseTo(0.025, 6);
  });

  it("refuses cuts that do not increase, shows the reference share, then sends the three cuts once", async () => {
    const u = userEvent.setup();
    const kiriman = server();
    const onBerhasil = vi.fn();
    tampilkan(
      <FormBatasSaya
        sesiId={SESI}
        acuan={{ mean: 0, sd: 1, batasBaku: [-0.67, 0, 0.67] }}
        awal={null}
        onBerhasil={onBerhasil}
      />,
    );
    const b1 = screen.getByLabelText(/Batas Kesadaran \| Pemahaman/);
    const b2 = screen.getByLabelText(/Batas Pemahaman \| Penerimaan/);
    const b3 = screen.getByLabelText(/Batas Penerimaan \| Kepemilikan/);
    await u.type(b1, "-1");
    await u.type(b2, "-1");
    await u.type(b3, "1");
    // θ = 1 against mean 0, SD 1: Φ(1) = 84.1 %
    expect(screen.getByText(/≈ 84% kelompok acuan di bawahnya; derajat 84,1/)).toBeTruthy();
    await u.click(screen.getByRole("button", { name: "Simpan" }));
    expect(await screen.findByText("Batas harus lebih besar dari batas sebelumnya.")).toBeTruthy();
    expect(kiriman).toEqual([]);
    await u.clear(b2);
    await u.type(b2, "0");
    await u.click(screen.getByRole("button", { name: "Simpan" }));
    await waitFor(() => expect(onBerhasil).toHaveBeenCalled());
    expect(kiriman).toEqual([
      {
        method: "PUT",
        url: `/api/asesmen/penetapan-batas/${SESI}/batas-saya`,
        body: { batas: [-1, 0, 1], catatan: null },
      },
    ]);
  });
});
