// @vitest-environment jsdom
/**
 * The worksheet (LKE) editor (pages/lke): the weights of each level and
 * empty labels are refused next to their field in Bahasa Indonesia while
 * what was typed stays; questions are added, reordered and removed; a
 * published version is shown read-only; the score preview computes a
 * component and the 0–100 total with the domain's formula.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { EditorLke } from "../src/pages/lke/EditorLke.tsx";
import { periksaIsi } from "../src/pages/lke/galat-isi.ts";
import { PratinjauSkor } from "../src/pages/lke/PratinjauSkor.tsx";
import { hapusDi, type Isi, pathDi, pindahDi, tambahDi } from "../src/pages/lke/ubah-isi.ts";
import { tampilkan } from "./support/dom.tsx";

const ISI: Isi = {
  komponen: [
    {
      kode: "A",
      nama: { id: "Persiapan", en: "Preparation" },
      bobot: 100,
      sumber: "Tabel 3",
      indikator: [
        {
          kode: "A1",
          nama: { id: "Pembentukan tim", en: "Team" },
          bobot: 100,
          pengisian: "dijawab",
          bukti: "opsional",
          sumber: "Tabel 3 no. 1",
          pertanyaan: [
            {
              kode: "A1.1",
              teks: { id: "SK tim ada?", en: "Decree?" },
              jenisJawaban: "ya_tidak",
              aturan: { jenis: "ya_tidak" },
              bobot: 60,
            },
            {
              kode: "A1.2",
              teks: { id: "Persentase anggota terlatih", en: "Share trained" },
              jenisJawaban: "persen",
              aturan: {
                jenis: "linier",
                titik: [
                  [0, 0],
                  [100, 1],
                ],
              },
              bobot: 40,
            },
          ],
        },
      ],
    },
  ],
};

/** The editor as the version page holds it: the content in state, checked on every change. */
function Editor({ bacaSaja = false, lihat }: { bacaSaja?: boolean; lihat?: (isi: Isi) => void }) {
  const [isi, setIsi] = useState<Isi>(() => structuredClone(ISI));
  lihat?.(isi);
  const ubah = (f: (x: Isi) => void) =>
    setIsi((x) => {
      const n = structuredClone(x);
      f(n);
      return n;
    });
  return <EditorLke kx={{ ubah, cek: periksaIsi(isi), bacaSaja }} isi={isi} />;
}

async function bukaIndikator() {
  fireEvent.click(screen.getByRole("button", { name: /A1 Pembentukan tim/ }));
  return screen.findByRole("region", { name: "Pertanyaan A1.1" });
}

describe("LKE editor", () => {
  it("a valid worksheet shows no problem", () => {
    expect(periksaIsi(ISI).jumlah).toBe(0);
  });

  it("shows a weight sum that is not 100 beside the questions, keeping the typed weight", async () => {
    const u = userEvent.setup();
    let isi = ISI;
    tampilkan(<Editor lihat={(x) => (isi = x)} />);
    const q1 = await bukaIndikator();
    const bobot = within(q1).getByLabelText("Bobot");
    await u.clear(bobot);
    await u.type(bobot, "50");
    expect(
      await screen.findByText(/Jumlah bobot pertanyaan: 90 dari 100 — jumlahnya 90, harus 100\./),
    ).toBeTruthy();
    expect((bobot as HTMLInputElement).value).toBe("50");
    expect(isi.komponen[0].indikator[0].pertanyaan[0].bobot).toBe(50);
    // a badge on the folded indicator counts it
    expect(screen.getByText("1 perlu diperbaiki")).toBeTruthy();
  });

  it("marks an empty label as required at its field, in Bahasa Indonesia", async () => {
    const u = userEvent.setup();
    tampilkan(<Editor />);
    const q1 = await bukaIndikator();
    const teks = within(q1).getByLabelText(/Teks pertanyaan \(Indonesia\)/);
    await u.clear(teks);
    expect(teks.getAttribute("aria-invalid")).toBe("true");
    expect(within(q1).getByText("Wajib diisi.")).toBeTruthy();
  });

  it("adds, moves and removes questions, and checks a new one's rule and weight", async () => {
    const u = userEvent.setup();
    let isi = ISI;
    tampilkan(<Editor lihat={(x) => (isi = x)} />);
    await bukaIndikator();
    await u.click(screen.getByRole("button", { name: "Tambah pertanyaan di A1" }));
    const kode = () => isi.komponen[0].indikator[0].pertanyaan.map((p) => p.kode);
    expect(kode()).toEqual(["A1.1", "A1.2", "A1.3"]);
    const baru = screen.getByRole("region", { name: "Pertanyaan A1.3" });
    expect(within(baru).getByText("Bobot harus lebih dari 0.")).toBeTruthy();
    await u.click(screen.getByRole("button", { name: "Naikkan A1.3" }));
    expect(kode()).toEqual(["A1.1", "A1.3", "A1.2"]);
    await u.click(screen.getByRole("button", { name: "Hapus A1.3" }));
    expect(kode()).toEqual(["A1.1", "A1.2"]);
    expect(screen.queryByText(/perlu diperbaiki/)).toBeNull();
  });

  it("changing the answer type to the A–E scale asks for each letter's criterion", async () => {
    const u = userEvent.setup();
    tampilkan(<Editor />);
    await bukaIndikator();
    const soal = screen.getByRole("region", { name: "Pertanyaan A1.2" });
    const jenis = within(soal).getByLabelText("Jenis jawaban");
    await u.click(jenis);
    const daftar = document.getElementById(jenis.getAttribute("aria-controls") ?? "") as HTMLElement;
    await u.click(within(daftar).getByRole("option", { name: "Skala A–E", hidden: true }));
    expect(
      await within(soal).findByText("A1.2: skala A–E perlu kriteria untuk setiap huruf A sampai E."),
    ).toBeTruthy();
    expect(within(soal).getByLabelText(/Kriteria E \(Inggris\)/)).toBeTruthy();
  });

  it("shows a published version read-only: no add, move or remove, fields not editable", async () => {
    tampilkan(<Editor bacaSaja />);
    const q1 = await bukaIndikator();
    expect(within(q1).getByLabelText("Bobot").hasAttribute("readonly")).toBe(true);
    expect(screen.queryByRole("button", { name: /Tambah/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Hapus/ })).toBeNull();
  });
});

describe("LKE tree edits", () => {
  it("adds, moves and removes an item at each level with the same helpers", () => {
    const isi = structuredClone(ISI);
    const kode = () => isi.komponen.map((k) => [k.kode, k.indikator.map((i) => i.kode)]);
    tambahDi(isi, []);
    tambahDi(isi, [0]);
    expect(kode()).toEqual([
      ["A", ["A1", "A2"]],
      ["B", []],
    ]);
    pindahDi(isi, [1], -1);
    pindahDi(isi, [1, 1], -1);
    pindahDi(isi, [1, 0], -1); // already first: nothing
    expect(kode()).toEqual([
      ["B", []],
      ["A", ["A2", "A1"]],
    ]);
    tambahDi(isi, [1, 0]);
    expect(isi.komponen[1].indikator[0].pertanyaan.map((p) => p.kode)).toEqual(["A2.1"]);
    hapusDi(isi, [1, 1]);
    hapusDi(isi, [0]);
    expect(kode()).toEqual([["A", ["A2"]]]);
    expect([pathDi([0]), pathDi([0, 1]), pathDi([0, 1, 2])]).toEqual(["k.0", "k.0.i.1", "k.0.i.1.p.2"]);
  });
});

describe("LKE score preview", () => {
  it("computes the total 0–100 from example answers with the formula written out", async () => {
    const u = userEvent.setup();
    tampilkan(<PratinjauSkor isi={ISI} />);
    expect(screen.getByText("Nilai total contoh: 100 dari 100")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /A Persiapan: nilai 1 × bobot 100 = 100 poin/ }));
    await u.click(await screen.findByRole("button", { name: "Kosongkan semua" }));
    expect(await screen.findByText("Nilai total contoh: 0 dari 100")).toBeTruthy();
    const persen = screen.getByLabelText("Contoh jawaban A1.2");
    await u.type(persen, "50");
    // A1 = (60 × 0 + 40 × 0.5) / 100 = 0.2 → 100 × 0.2 = 20 points
    expect(await screen.findByText("Nilai total contoh: 20 dari 100")).toBeTruthy();
    expect(screen.getByText(/Nilai total = 100 × 0,2 = 20 \(dari 100\)/)).toBeTruthy();
  });
});
