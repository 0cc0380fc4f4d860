// @vitest-environment jsdom
/** The employee edit dialog (pages/pegawai/PegawaiEditDialog.tsx) on the form kit and the typed client. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Pegawai } from "../src/api/types.ts";
import { PegawaiEditDialog } from "../src/pages/pegawai/PegawaiEditDialog.tsx";
import { tampilkan, tiruServer } from "./support/dom.tsx";

const IID = "00000000-0000-4000-8000-000000000001";
const PEGAWAI: Pegawai = {
  id: "00000000-0000-4000-8000-0000000000aa",
  nip: "198807092015032002",
  nama: "Rina Marlina",
  unitId: "00000000-0000-4000-8000-0000000000u1",
  unitNama: "Biro Umum",
  jabatan: "Analis",
  jenisJabatan: "fungsional",
  golongan: "III/a",
  email: null,
  telepon: null,
  jenisKelamin: "P",
  tanggalLahir: "1988-07-09",
  tmtCpns: "2015-03-01",
  aktif: true,
};

/** The server as the dialog sees it: the unit list, and the PATCH answered by `patch`. */
function server(patch: (body: unknown) => Response) {
  const kiriman: unknown[] = [];
  tiruServer(async (req) => {
    if (req.method === "GET")
      return Response.json([
        { id: PEGAWAI.unitId, kode: "BU", nama: "Biro Umum", eselon: 2, indukId: null, aktif: true },
      ]);
    const body = await req.json();
    kiriman.push(body);
    return patch(body);
  });
  return kiriman;
}

afterEach(() => vi.unstubAllGlobals());

describe("PegawaiEditDialog", () => {
  it("sends only the fields that changed (the audit log records exactly the edit), then closes", async () => {
    const u = userEvent.setup();
    const kiriman = server(() => Response.json({ ...PEGAWAI, email: "rina@contoh.go.id" }));
    const onTutup = vi.fn();
    tampilkan(<PegawaiEditDialog pegawai={PEGAWAI} instansiId={IID} onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: /Rina Marlina/ });
    await u.type(within(dialog).getByLabelText("Surel"), "rina@contoh.go.id");
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    await waitFor(() => expect(onTutup).toHaveBeenCalled());
    expect(kiriman).toEqual([{ email: "rina@contoh.go.id" }]);
  });

  it("shows the server's refusal at the field it names and keeps the dialog open", async () => {
    const u = userEvent.setup();
    server(() =>
      Response.json(
        {
          error: {
            code: "VALIDASI",
            message: "Data tidak valid.",
            details: [
              { lokasi: "body", path: "email", kode: "invalid_format", pesan: "Alamat email tidak valid" },
            ],
          },
        },
        { status: 400 },
      ),
    );
    const onTutup = vi.fn();
    tampilkan(<PegawaiEditDialog pegawai={PEGAWAI} instansiId={IID} onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog", { name: /Rina Marlina/ });
    await u.type(within(dialog).getByLabelText("Surel"), "bukan-email");
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect(await within(dialog).findByText("Alamat email tidak valid")).toBeTruthy();
    expect((await within(dialog).findByRole("alert")).textContent).toContain("Data tidak valid.");
    expect(onTutup).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText("Surel") as HTMLInputElement).value).toBe("bukan-email");
  });
});
