// @vitest-environment jsdom
/** A version's statements (pages/bank-butir/TabelPernyataan.tsx) through the typed client; the filter (text, sub-dimension) is one form and any change goes back to page 1. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DetailVersi } from "../src/pages/bank-butir/api.ts";
import { TabelPernyataan } from "../src/pages/bank-butir/TabelPernyataan.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const VERSI = {
  id: "00000000-0000-4000-8000-0000000000a1",
  bolehUbah: false,
  lihatKunci: false,
} as DetailVersi;

function server() {
  const diminta: URL[] = [];
  tiruServer(async (req) => {
    const url = new URL(req.url);
    diminta.push(url);
    const page = Number(url.searchParams.get("page"));
    const items = Array.from({ length: 25 }, (_, i) => ({
      id: `KD${page}-${String(i).padStart(2, "0")}`,
      subDimensi: "KD1",
      teks: `Pernyataan ${page}-${i}`,
      status: "draf",
      lint: { galat: 0, peringatan: 0 },
    }));
    return Response.json({ items, total: 60, page, pageSize: 25 });
  });
  return diminta;
}

afterEach(() => vi.unstubAllGlobals());

describe("TabelPernyataan", () => {
  it("lists the version's statements and asks for the text typed, back from page 2 to page 1", async () => {
    const u = userEvent.setup();
    const diminta = server();
    tampilkan(<TabelPernyataan versi={VERSI} />);
    expect(await screen.findByText("Pernyataan 1-0")).toBeTruthy();
    expect(diminta[0]?.pathname).toBe(`/api/bank-butir/versi/${VERSI.id}/pernyataan`);
    await u.click(screen.getByRole("button", { name: "Halaman berikutnya" }));
    expect(await screen.findByText("Pernyataan 2-0")).toBeTruthy();
    await u.type(screen.getByRole("searchbox", { name: /Cari/ }), "hadiah");
    await waitFor(() => expect(diminta.at(-1)?.searchParams.get("q")).toBe("hadiah"));
    expect(diminta.at(-1)?.searchParams.get("page")).toBe("1");
    expect(diminta.at(-1)?.searchParams.get("pageSize")).toBe("25");
  });
});
