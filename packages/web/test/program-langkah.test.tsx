// @vitest-environment jsdom
/**
 * The programme's forms on the form kit (pages/program/): a preparation step's
 * dialog (Tabel 3), planning an activity and recording its execution (Tabel 4).
 * Sent once, the server's refusal at the field it names, what was typed kept.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Kegiatan, StatusSiklus } from "../src/pages/program/api.ts";
import { DialogKegiatan } from "../src/pages/program/DialogKegiatan.tsx";
import { DialogPelaksanaan } from "../src/pages/program/DialogPelaksanaan.tsx";
import { FormLangkah } from "../src/pages/program/FormLangkah.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const IID = "00000000-0000-4000-8000-000000000001";
const SID = "00000000-0000-4000-8000-0000000000c1";

vi.mock("../src/auth/session.tsx", () => ({
  useSession: () => ({
    instansi: { id: IID, kode: "KAB-X", nama: "Kab. X", peran: ["tim_supervisi"], pegawai: true },
    punya: () => true,
  }),
}));

const SIKLUS = {
  id: SID,
  nama: "Program Integritas 2027",
  hariIni: "2027-03-10",
  draf: {},
  keluaran: {},
  namaPegawai: {},
  konfigurasi: {},
  posisi: {
    tahap: "persiapan",
    langkahPersiapan: [
      { kode: "deklarasi_komitmen", no: 2, kegiatan: { id: "Deklarasi komitmen", en: "Commitment" } },
    ],
  },
} as unknown as StatusSiklus;

const KEGIATAN = { id: "00000000-0000-4000-8000-0000000000d1", judul: "Sosialisasi kode etik" } as Kegiatan;

/** The server: lists empty on GET, every other request answered by `jawab` (after `tunda`). */
function server(jawab: () => Response, tunda?: Promise<void>) {
  const kiriman: { metode: string; url: string; body: unknown }[] = [];
  tiruServer(async (req) => {
    if (req.method === "GET")
      return new URL(req.url).pathname.endsWith("/unit")
        ? Response.json([])
        : Response.json({ items: [], total: 0, page: 1, pageSize: 20 });
    kiriman.push({ metode: req.method, url: new URL(req.url).pathname, body: await req.json() });
    await tunda;
    return jawab();
  });
  return kiriman;
}

const tolak = (path: string, pesan: string) => () =>
  Response.json(
    {
      error: {
        code: "VALIDASI",
        message: "Data tidak valid.",
        details: [{ lokasi: "body", path, kode: "custom", pesan }],
      },
    },
    { status: 400 },
  );

function tertunda() {
  let lepas = () => {};
  const tunda = new Promise<void>((r) => {
    lepas = r;
  });
  return { tunda, lepas: () => lepas() };
}

afterEach(() => vi.unstubAllGlobals());

describe("a preparation step's dialog (FormLangkah, commitment declaration)", () => {
  it("records the output once even when the button is pressed twice, then closes", async () => {
    const u = userEvent.setup();
    const { tunda, lepas } = tertunda();
    const kiriman = server(() => Response.json(SIKLUS), tunda);
    const onTutup = vi.fn();
    tampilkan(<FormLangkah kode="deklarasi_komitmen" s={SIKLUS} onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "2. Deklarasi komitmen" });
    const judul = within(dialog).getByLabelText(/Judul deklarasi/);
    await u.clear(judul);
    await u.type(judul, "Deklarasi Kab. X");
    const catat = within(dialog).getByRole("button", { name: "Catat keluaran" });
    await u.click(catat);
    await u.click(catat);
    lepas();
    await waitFor(() => expect(onTutup).toHaveBeenCalled());
    expect(kiriman).toEqual([
      {
        metode: "PUT",
        url: `/api/instansi/${IID}/program/siklus/${SID}/persiapan/deklarasi_komitmen`,
        body: { judul: "Deklarasi Kab. X", dokumenId: "", tanggal: "", selarasZonaIntegritas: true },
      },
    ]);
  });

  it("shows the server's refusal at the field it names and keeps what was typed", async () => {
    const u = userEvent.setup();
    server(tolak("judul", "Judul terlalu pendek"));
    const onTutup = vi.fn();
    tampilkan(<FormLangkah kode="deklarasi_komitmen" s={SIKLUS} onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "2. Deklarasi komitmen" });
    const judul = within(dialog).getByLabelText(/Judul deklarasi/);
    await u.clear(judul);
    await u.type(judul, "DK");
    await u.click(within(dialog).getByRole("button", { name: "Catat keluaran" }));
    expect(await within(dialog).findByText("Judul terlalu pendek")).toBeTruthy();
    expect((await within(dialog).findByRole("alert")).textContent).toContain("Data tidak valid.");
    expect(onTutup).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText(/Judul deklarasi/) as HTMLInputElement).value).toBe("DK");
  });

  it("saves a draft without recording the output and says so", async () => {
    const u = userEvent.setup();
    const kiriman = server(() => new Response(null, { status: 204 }));
    tampilkan(<FormLangkah kode="deklarasi_komitmen" s={SIKLUS} onTutup={vi.fn()} />);
    const dialog = await screen.findByRole("dialog", { name: "2. Deklarasi komitmen" });
    await u.click(within(dialog).getByRole("button", { name: "Simpan draf" }));
    expect(await within(dialog).findByRole("status")).toBeTruthy();
    expect(kiriman.map((k) => k.url)).toEqual([
      `/api/instansi/${IID}/program/siklus/${SID}/persiapan/deklarasi_komitmen/draf`,
    ]);
  });
});

describe("recording an activity's execution (DialogPelaksanaan)", () => {
  it("sends once on a double click and closes", async () => {
    const u = userEvent.setup();
    const { tunda, lepas } = tertunda();
    const kiriman = server(() => Response.json({ id: "x" }, { status: 201 }), tunda);
    const onTutup = vi.fn();
    tampilkan(
      <DialogPelaksanaan siklusId={SID} kegiatan={KEGIATAN} hariIni="2027-03-10" onTutup={onTutup} />,
    );
    const dialog = await screen.findByRole("dialog", { name: "Sosialisasi kode etik" });
    await u.type(within(dialog).getByLabelText(/Hasil kegiatan/), "Peserta aktif berdiskusi.");
    const simpan = within(dialog).getByRole("button", { name: "Simpan" });
    await u.click(simpan);
    await u.click(simpan);
    lepas();
    await waitFor(() => expect(onTutup).toHaveBeenCalled());
    expect(kiriman).toEqual([
      {
        metode: "POST",
        url: `/api/instansi/${IID}/program/siklus/${SID}/kegiatan/${KEGIATAN.id}/pelaksanaan`,
        body: { tanggal: "2027-03-10", hadir: [], hasil: "Peserta aktif berdiskusi.", bukti: [] },
      },
    ]);
  });

  it("asks for the result before sending anything", async () => {
    const u = userEvent.setup();
    const kiriman = server(() => Response.json({ id: "x" }, { status: 201 }));
    tampilkan(
      <DialogPelaksanaan siklusId={SID} kegiatan={KEGIATAN} hariIni="2027-03-10" onTutup={vi.fn()} />,
    );
    const dialog = await screen.findByRole("dialog", { name: "Sosialisasi kode etik" });
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect(await within(dialog).findByText("Wajib diisi.")).toBeTruthy();
    expect(kiriman).toEqual([]);
  });

  it("shows the server's refusal at the result and keeps what was typed", async () => {
    const u = userEvent.setup();
    server(tolak("hasil", "Hasil terlalu singkat"));
    const onTutup = vi.fn();
    tampilkan(
      <DialogPelaksanaan siklusId={SID} kegiatan={KEGIATAN} hariIni="2027-03-10" onTutup={onTutup} />,
    );
    const dialog = await screen.findByRole("dialog", { name: "Sosialisasi kode etik" });
    await u.type(within(dialog).getByLabelText(/Hasil kegiatan/), "Ok");
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect(await within(dialog).findByText("Hasil terlalu singkat")).toBeTruthy();
    expect(onTutup).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText(/Hasil kegiatan/) as HTMLTextAreaElement).value).toBe("Ok");
  });
});

describe("planning an activity (DialogKegiatan)", () => {
  it("shows the server's refusal at the title and keeps what was typed", async () => {
    const u = userEvent.setup();
    const kiriman = server(tolak("judul", "Judul sudah dipakai"));
    const onTutup = vi.fn();
    tampilkan(<DialogKegiatan siklusId={SID} onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: "Rencanakan kegiatan" });
    await u.type(within(dialog).getByLabelText(/Judul kegiatan/), "Sosialisasi");
    await u.type(within(dialog).getByLabelText(/^Mulai/), "01/04/2027");
    await u.type(within(dialog).getByLabelText(/^Selesai/), "02/04/2027");
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect(await within(dialog).findByText("Judul sudah dipakai")).toBeTruthy();
    expect(kiriman).toHaveLength(1);
    expect(kiriman[0].body).toMatchObject({
      kegiatanUtama: "kampanye",
      subtahap: 1,
      judul: "Sosialisasi",
      rencanaMulai: "2027-04-01",
      rencanaSelesai: "2027-04-02",
    });
    expect(onTutup).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText(/Judul kegiatan/) as HTMLInputElement).value).toBe("Sosialisasi");
  });
});
