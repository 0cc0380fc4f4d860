// @vitest-environment jsdom
/** The web form kit (src/components/kit): what a user of a form, a list or a confirmation relies on. */
import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../src/api/client.ts";
import {
  type Daftar,
  DialogForm,
  KartuForm,
  konfirmasi,
  TabelBerhalaman,
} from "../src/components/kit/index.ts";
import { tampilkan } from "./support/dom.tsx";

interface Unit {
  kode: string;
  nama: string;
}

function FormUnit({
  kirim,
  onBerhasil = () => {},
  onTutup = () => {},
}: {
  kirim: (v: Unit) => Promise<unknown>;
  onBerhasil?: () => void;
  onTutup?: () => void;
}) {
  const form = useForm<Unit>({
    initialValues: { kode: "", nama: "Unit lama" },
    validate: { kode: (v) => (v.trim() ? null : "Kode wajib diisi") },
  });
  return (
    <DialogForm judul="Unit baru" form={form} kirim={kirim} onBerhasil={onBerhasil} onTutup={onTutup}>
      <TextInput label="Kode" {...form.getInputProps("kode")} />
      <TextInput label="Nama" {...form.getInputProps("nama")} />
    </DialogForm>
  );
}

function Catatan({ kirim }: { kirim: (v: { teks: string }) => Promise<unknown> }) {
  const form = useForm({ initialValues: { teks: "" } });
  return (
    <KartuForm judul="Catatan baru" form={form} kirim={kirim} kosongkanSetelahKirim labelKirim="Kirim">
      <TextInput label="Teks" {...form.getInputProps("teks")} />
    </KartuForm>
  );
}

const baris = (n: number, dari = 0) =>
  Array.from({ length: n }, (_, i) => ({ kode: `U${dari + i + 1}`, nama: `Unit ${dari + i + 1}` }));

function DaftarUnit({
  ambil,
  onHalaman = () => {},
  onUkuranHalaman,
}: {
  ambil: () => Promise<Daftar<Unit>>;
  onHalaman?: (p: number) => void;
  onUkuranHalaman?: (n: number) => void;
}) {
  const query = useQuery({ queryKey: ["uji", ambil], queryFn: ambil });
  return (
    <TabelBerhalaman
      query={query}
      label="Daftar unit"
      kolom={[
        { judul: "Kode", isi: (u) => u.kode, nowrap: true },
        { judul: "Nama", isi: (u) => u.nama },
      ]}
      kunciBaris={(u) => u.kode}
      onHalaman={onHalaman}
      onUkuranHalaman={onUkuranHalaman}
      kosong="Belum ada unit."
    />
  );
}

describe("DialogForm", () => {
  it("checks the fields before sending, then sends once and reports success", async () => {
    const u = userEvent.setup();
    let lepas: (v: unknown) => void = () => {};
    const kirim = vi.fn(() => new Promise((r) => (lepas = r)));
    const onBerhasil = vi.fn();
    tampilkan(<FormUnit kirim={kirim} onBerhasil={onBerhasil} />);
    const dialog = await screen.findByRole("dialog", { name: "Unit baru" });
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect(await within(dialog).findByText("Kode wajib diisi")).toBeTruthy();
    expect(kirim).not.toHaveBeenCalled();

    await u.type(within(dialog).getByLabelText("Kode"), "A1");
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    await waitFor(() => expect(kirim).toHaveBeenCalledTimes(1));
    expect(kirim).toHaveBeenCalledWith({ kode: "A1", nama: "Unit lama" });
    // busy: the submit button shows progress and a second press sends nothing
    const tombol = within(dialog).getByRole("button", { name: "Simpan" });
    expect(tombol.getAttribute("data-loading")).toBe("true");
    await u.click(tombol);
    expect(kirim).toHaveBeenCalledTimes(1);
    lepas({ id: "u1" });
    await waitFor(() =>
      expect(onBerhasil).toHaveBeenCalledWith({ id: "u1" }, { kode: "A1", nama: "Unit lama" }),
    );
  });

  it("shows the server's refusal, keeps what was typed, and marks the fields the server names", async () => {
    const u = userEvent.setup();
    const kirim = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(409, "KODE_UNIT_DIPAKAI", "Kode unit A1 sudah dipakai."))
      .mockRejectedValueOnce(
        new ApiError(400, "VALIDASI", "Data tidak valid.", [
          { lokasi: "body", path: "nama", kode: "too_big", pesan: "Terlalu panjang (maks. 200)" },
        ]),
      );
    const onBerhasil = vi.fn();
    tampilkan(<FormUnit kirim={kirim} onBerhasil={onBerhasil} />);
    const dialog = await screen.findByRole("dialog");
    await u.type(within(dialog).getByLabelText("Kode"), "A1");
    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect((await within(dialog).findByRole("alert")).textContent).toContain("Kode unit A1 sudah dipakai.");
    expect((within(dialog).getByLabelText("Kode") as HTMLInputElement).value).toBe("A1");
    expect(onBerhasil).not.toHaveBeenCalled();

    await u.click(within(dialog).getByRole("button", { name: "Simpan" }));
    expect(await within(dialog).findByText("Terlalu panjang (maks. 200)")).toBeTruthy();
  });

  it("closes on Cancel without sending", async () => {
    const u = userEvent.setup();
    const kirim = vi.fn();
    const onTutup = vi.fn();
    tampilkan(<FormUnit kirim={kirim} onTutup={onTutup} />);
    const dialog = await screen.findByRole("dialog");
    await u.click(within(dialog).getByRole("button", { name: "Batal" }));
    expect(onTutup).toHaveBeenCalled();
    expect(kirim).not.toHaveBeenCalled();
  });
});

describe("KartuForm", () => {
  it("is a titled section that sends and then empties its fields when asked to", async () => {
    const u = userEvent.setup();
    const kirim = vi.fn().mockResolvedValue({});
    tampilkan(<Catatan kirim={kirim} />);
    const kartu = screen.getByRole("region", { name: "Catatan baru" });
    await u.type(within(kartu).getByLabelText("Teks"), "Rapat Jumat");
    await u.click(within(kartu).getByRole("button", { name: "Kirim" }));
    await waitFor(() => expect(kirim).toHaveBeenCalledWith({ teks: "Rapat Jumat" }));
    await waitFor(() => expect((within(kartu).getByLabelText("Teks") as HTMLInputElement).value).toBe(""));
  });

  it("keeps the text when sending fails", async () => {
    const u = userEvent.setup();
    tampilkan(<Catatan kirim={() => Promise.reject(new ApiError(0, "JARINGAN", ""))} />);
    const kartu = screen.getByRole("region", { name: "Catatan baru" });
    await u.type(within(kartu).getByLabelText("Teks"), "Rapat Jumat");
    await u.click(within(kartu).getByRole("button", { name: "Kirim" }));
    expect((await within(kartu).findByRole("alert")).textContent).toMatch(/jaringan|server/i);
    expect((within(kartu).getByLabelText("Teks") as HTMLInputElement).value).toBe("Rapat Jumat");
  });
});

describe("TabelBerhalaman", () => {
  it("shows loading, then the page's rows under their headers, the total and the pages", async () => {
    const u = userEvent.setup();
    const onHalaman = vi.fn();
    tampilkan(
      <DaftarUnit
        ambil={async () => ({ items: baris(25), total: 60, page: 1, pageSize: 25 })}
        onHalaman={onHalaman}
      />,
    );
    expect(screen.getByRole("status").textContent).toContain("Memuat");
    const tabel = await screen.findByRole("table", { name: "Daftar unit" });
    expect(
      within(tabel)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Kode", "Nama"]);
    expect(within(tabel).getAllByRole("row")).toHaveLength(26);
    expect(screen.getByText("Menampilkan 1–25 dari 60")).toBeTruthy();
    await u.click(screen.getByRole("button", { name: "Halaman 2" }));
    expect(onHalaman).toHaveBeenCalledWith(2);
  });

  it("says so when the list is empty, and shows a failure in the user's language", async () => {
    tampilkan(<DaftarUnit ambil={async () => ({ items: [], total: 0, page: 1, pageSize: 25 })} />);
    expect(await screen.findByText("Belum ada unit.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows the server's message when the list cannot be read", async () => {
    tampilkan(
      <DaftarUnit ambil={() => Promise.reject(new ApiError(403, "AKSES_DITOLAK", "Akses ditolak."))} />,
    );
    expect((await screen.findByRole("alert")).textContent).toContain("Akses ditolak.");
  });

  it("lets the user choose how many rows a page shows", async () => {
    const u = userEvent.setup();
    const onUkuranHalaman = vi.fn();
    tampilkan(
      <DaftarUnit
        ambil={async () => ({ items: baris(2), total: 2, page: 1, pageSize: 25 })}
        onUkuranHalaman={onUkuranHalaman}
      />,
    );
    await u.click(await screen.findByRole("combobox", { name: "Baris per halaman" }));
    await u.click(await screen.findByRole("option", { name: "50", hidden: true }));
    expect(onUkuranHalaman).toHaveBeenCalledWith(50);
  });
});

describe("konfirmasi", () => {
  it("resolves true when confirmed and false when cancelled", async () => {
    const u = userEvent.setup();
    tampilkan(null);
    const ya = konfirmasi({
      judul: "Tutup unit?",
      pesan: "Unit A akan ditutup.",
      labelYa: "Tutup unit",
      bahaya: true,
    });
    const dialog = await screen.findByRole("dialog", { name: "Tutup unit?" });
    expect(within(dialog).getByText("Unit A akan ditutup.")).toBeTruthy();
    await u.click(within(dialog).getByRole("button", { name: "Tutup unit" }));
    await expect(ya).resolves.toBe(true);

    const tidak = konfirmasi({ judul: "Hapus?", pesan: "Yakin?", labelYa: "Hapus" });
    await u.click(
      within(await screen.findByRole("dialog", { name: "Hapus?" })).getByRole("button", { name: "Batal" }),
    );
    await expect(tidak).resolves.toBe(false);
  });

  it("runs the action while showing progress, and on failure stays open with the message to retry", async () => {
    const u = userEvent.setup();
    tampilkan(null);
    const aksi = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(409, "UNIT_MASIH_DIPAKAI", "Masih ada 3 pegawai aktif."))
      .mockResolvedValueOnce(undefined);
    const hasil = konfirmasi({
      judul: "Tutup unit?",
      pesan: "Unit A",
      labelYa: "Tutup unit",
      bahaya: true,
      aksi,
    });
    const dialog = await screen.findByRole("dialog", { name: "Tutup unit?" });
    await u.click(within(dialog).getByRole("button", { name: "Tutup unit" }));
    expect((await within(dialog).findByRole("alert")).textContent).toContain("Masih ada 3 pegawai aktif.");
    expect(screen.getByRole("dialog", { name: "Tutup unit?" })).toBeTruthy();
    await u.click(within(dialog).getByRole("button", { name: "Tutup unit" }));
    await expect(hasil).resolves.toBe(true);
    expect(aksi).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Tutup unit?" })).toBeNull());
  });
});
