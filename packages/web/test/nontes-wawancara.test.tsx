// @vitest-environment jsdom
/** The interviewer's scoring (pages/nontes/IsiWawancara.tsx) on the form kit: what was saved shows, the chosen anchors are sent once. */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IsiWawancara } from "../src/pages/nontes/IsiWawancara.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";
import { ditahan, IID, sesiUji } from "./support/komunitas.ts";

vi.mock("../src/auth/session.tsx", async (asli) => ({
  ...(await asli<typeof import("../src/auth/session.tsx")>()),
  useSession: () => sesiUji(["pegawai"]),
}));

afterEach(() => vi.unstubAllGlobals());

const WID = "00000000-0000-4000-8000-0000000000a1";
const teks = (s: string) => ({ id: s, en: s });
const butir = (kode: string) => ({
  kode,
  nama: teks(`Nama ${kode}`),
  pertanyaan: teks(`Pertanyaan ${kode}`),
  lanjutan: [teks("Lanjutan")],
  anchor: [0, 1, 2, 3].map((skor) => ({ skor, level: skor + 1, teks: teks(`${kode} jangkar ${skor}`) })),
});
const WAWANCARA = {
  id: WID,
  pegawai: { id: "00000000-0000-4000-8000-0000000000b1", nama: "Budi" },
  tujuan: "asesmen",
  periodeId: null,
  tanggal: "2026-11-02",
  pewawancara: [],
  panduan: [butir("KD1"), butir("KD2"), butir("KM4")],
  saya: { nilai: { KD1: 2 }, catatan: "Catatan lama" },
  catatan: [],
  hasil: null,
};

function server(tunda?: Promise<void>) {
  const kiriman: { metode: string; url: string; body: unknown }[] = [];
  tiruServer(async (req) => {
    if (req.method === "GET") return Response.json(WAWANCARA);
    kiriman.push({ metode: req.method, url: new URL(req.url).pathname, body: await req.json() });
    await tunda;
    return Response.json(WAWANCARA);
  });
  return kiriman;
}

/** The radios of one sub-dimension (named `skor-<code>`). */
const pilihan = (kode: string) => [
  ...document.querySelectorAll<HTMLInputElement>(`input[name="skor-${kode}"]`),
];

describe("IsiWawancara", () => {
  it("starts from what the interviewer saved and sends the scored sub-dimensions once", async () => {
    const u = userEvent.setup();
    const { tunda, lepas } = ditahan();
    const kiriman = server(tunda);
    tampilkan(<IsiWawancara id={WID} />);
    // the saved anchor of KD1 is chosen, KD2 and KM4 are not yet
    expect(((await screen.findByLabelText("KD1 jangkar 2")) as HTMLInputElement).checked).toBe(true);
    expect(pilihan("KD2").some((r) => r.checked)).toBe(false);
    expect((screen.getByLabelText("Catatan pewawancara (rahasia)") as HTMLTextAreaElement).value).toBe(
      "Catatan lama",
    );
    await u.click(screen.getByLabelText("KD2 jangkar 3"));
    await u.click(pilihan("KM4").find((r) => r.value === "x") as HTMLInputElement);
    await u.type(screen.getByLabelText("Catatan pewawancara (rahasia)"), " baru ");
    const kirim = screen.getByRole("button", { name: "Kirim penilaian" });
    await u.click(kirim);
    await u.click(kirim);
    lepas();
    await waitFor(() => expect(kiriman).toHaveLength(1));
    expect(kiriman[0]).toEqual({
      metode: "PUT",
      url: `/api/instansi/${IID}/nontes/wawancara/${WID}/nilai`,
      body: { nilai: { KD1: 2, KD2: 3, KM4: null }, catatan: "Catatan lama baru" },
    });
  });
});
