// @vitest-environment jsdom
/** The employee list's filter (pages/pegawai/PegawaiListPage.tsx): one form; what is chosen is asked of the server, and any change goes back to page 1. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PegawaiListPage } from "../src/pages/pegawai/PegawaiListPage.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const IID = "00000000-0000-4000-8000-000000000001";

vi.mock("../src/auth/session.tsx", () => ({
  useSession: () => ({ instansi: { id: IID, kode: "KAB-X", nama: "Kab. X" }, punya: () => true }),
}));

function server() {
  const diminta: URLSearchParams[] = [];
  tiruServer(async (req) => {
    const url = new URL(req.url);
    if (url.pathname.endsWith("/unit")) return Response.json([]);
    diminta.push(url.searchParams);
    const page = Number(url.searchParams.get("page"));
    const items = Array.from({ length: 25 }, (_, i) => ({
      id: `p${page}-${i}`,
      nip: `19880101201001${String(i).padStart(4, "0")}`,
      nama: `Pegawai ${page}-${i}`,
      unitNama: "Sekretariat",
      jabatan: "Analis",
      golongan: "III/a",
      aktif: true,
    }));
    return Response.json({ items, total: 60, page, pageSize: 25 });
  });
  return diminta;
}

afterEach(() => vi.unstubAllGlobals());

describe("PegawaiListPage", () => {
  it("asks for the status and search chosen, and goes back to page 1 when the filter changes", async () => {
    const u = userEvent.setup();
    const diminta = server();
    tampilkan(<PegawaiListPage />);
    expect(await screen.findByText("Pegawai 1-0")).toBeTruthy();
    await u.click(screen.getByRole("button", { name: "Halaman berikutnya" }));
    expect(await screen.findByText("Pegawai 2-0")).toBeTruthy();
    await u.click(screen.getByText("Nonaktif"));
    await waitFor(() => expect(diminta.at(-1)?.get("aktif")).toBe("false"));
    expect(diminta.at(-1)?.get("page")).toBe("1");
    await u.type(screen.getByRole("searchbox", { name: /Cari pegawai/ }), "Sari");
    await waitFor(() => expect(diminta.at(-1)?.get("q")).toBe("Sari"));
    expect(diminta.at(-1)?.get("page")).toBe("1");
    expect(diminta.at(-1)?.get("aktif")).toBe("false");
  });
});
