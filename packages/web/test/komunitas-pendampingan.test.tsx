// @vitest-environment jsdom
/** The mentoring-session form (pages/komunitas/pendampingan/FormSesi.tsx) on the form kit: sent once, the server's refusal on its field. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FormSesi } from "../src/pages/komunitas/pendampingan/FormSesi.tsx";
import { TabSesi } from "../src/pages/komunitas/pendampingan/TabSesi.tsx";
import type { Sesi } from "../src/pages/komunitas/pendampingan/tipe.ts";
import { tampilkan } from "./support/dom.tsx";
import { ditahan, IID, server, sesiUji, tolak } from "./support/komunitas.ts";

vi.mock("../src/auth/session.tsx", async (asli) => ({
  ...(await asli<typeof import("../src/auth/session.tsx")>()),
  useSession: () => sesiUji(["pimpinan"]),
}));

afterEach(() => vi.unstubAllGlobals());

const SESI: Sesi = {
  id: "00000000-0000-4000-8000-0000000000d1",
  jenis: "mentoring",
  tanggal: "2026-03-02",
  topik: "Menolak gratifikasi",
  tindakan: null,
  tindakLanjut: null,
  tanggalTindakLanjut: null,
  catatan: null,
  pendamping: { id: "p1", nama: "Pimpinan" },
  pegawai: { id: "p2", nama: "Budi" },
  peranSaya: "pendamping",
};

describe("FormSesi (edit)", () => {
  it("saves the session once even when Save is pressed twice, then closes", async () => {
    const u = userEvent.setup();
    const { tunda, lepas } = ditahan();
    const kiriman = server(() => Response.json({ id: SESI.id }), tunda);
    const onSelesai = vi.fn();
    tampilkan(<FormSesi awal={SESI} onSelesai={onSelesai} />);
    const kartu = await screen.findByRole("region", { name: SESI.topik });
    await u.type(within(kartu).getByLabelText(/Tindakan yang disepakati/), "Lapor ke UPG");
    const simpan = within(kartu).getByRole("button", { name: "Simpan" });
    await u.click(simpan);
    await u.click(simpan);
    lepas();
    await waitFor(() => expect(onSelesai).toHaveBeenCalledTimes(1));
    expect(kiriman).toEqual([
      {
        metode: "PATCH",
        url: `/api/instansi/${IID}/pendampingan/${SESI.id}`,
        body: {
          jenis: "mentoring",
          tanggal: "2026-03-02",
          topik: "Menolak gratifikasi",
          tindakan: "Lapor ke UPG",
          tindakLanjut: "",
          tanggalTindakLanjut: null,
          catatan: "",
        },
      },
    ]);
  });

  it("shows the server's refusal at the topic and keeps what was typed", async () => {
    const u = userEvent.setup();
    server(tolak("topik", "Topik terlalu pendek"));
    const onSelesai = vi.fn();
    tampilkan(<FormSesi awal={SESI} onSelesai={onSelesai} />);
    const kartu = await screen.findByRole("region", { name: SESI.topik });
    await u.type(within(kartu).getByLabelText(/Catatan/), "Rahasia");
    await u.click(within(kartu).getByRole("button", { name: "Simpan" }));
    expect(await within(kartu).findByText("Topik terlalu pendek")).toBeTruthy();
    expect((await within(kartu).findByRole("alert")).textContent).toContain("Data tidak valid.");
    expect(onSelesai).not.toHaveBeenCalled();
    expect((within(kartu).getByLabelText(/Catatan/) as HTMLTextAreaElement).value).toBe("Rahasia");
  });
});

describe("TabSesi (new session)", () => {
  it("the button opens the form in its place; Batal closes it and brings the button back", async () => {
    const u = userEvent.setup();
    server(() => Response.json({}, { status: 201 }));
    tampilkan(<TabSesi />);
    await u.click(await screen.findByRole("button", { name: "Catat sesi baru" }));
    const kartu = await screen.findByRole("region", { name: "Catat sesi baru" });
    expect(screen.queryByRole("button", { name: "Catat sesi baru" })).toBeNull();
    await u.click(within(kartu).getByRole("button", { name: "Batal" }));
    expect(await screen.findByRole("button", { name: "Catat sesi baru" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Catat sesi baru" })).toBeNull();
  });
});
