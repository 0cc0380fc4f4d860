/** The test page's local answer queue (pages/asesmen/antrean.ts): nothing is lost, order is kept. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AntreanJawaban, type HasilKirim, type PenyimpananSederhana } from "../src/pages/asesmen/antrean.ts";
import type { JawabanKirim } from "../src/pages/asesmen/api.ts";

class Memori implements PenyimpananSederhana {
  m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

const jawab = (blok: string, ps = "a", pts = "b") => ({
  blok,
  palingSesuai: ps,
  palingTidakSesuai: pts,
  detik: 3,
  perubahan: 0,
});
const tunggu = () => vi.advanceTimersByTimeAsync(10);

describe("AntreanJawaban", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));
  afterEach(() => vi.useRealTimers());

  it("numbers answers with a counter that survives a reload and never goes below the server's", async () => {
    const s = new Memori();
    const dikirim: JawabanKirim[] = [];
    const q = new AntreanJawaban(
      "k",
      s,
      async (j) => {
        dikirim.push(j);
        return "ok";
      },
      () => {},
    );
    q.naikkanPenghitung(7);
    q.tambah(jawab("B1"));
    q.tambah(jawab("B2"));
    await vi.runAllTimersAsync();
    expect(dikirim.map((j) => j.urutanKlien)).toEqual([8, 9]);
    const q2 = new AntreanJawaban(
      "k",
      s,
      async () => "ok",
      () => {},
    );
    expect(q2.tambah(jawab("B1")).urutanKlien).toBe(10);
  });

  it("keeps answers through a network failure and a reload, retrying with backoff until they are sent", async () => {
    const s = new Memori();
    let online = false;
    const diterima: JawabanKirim[] = [];
    const kirim = async (j: JawabanKirim): Promise<HasilKirim> => {
      if (!online) return "coba_lagi";
      diterima.push(j);
      return "ok";
    };
    const keadaan: boolean[] = [];
    const q = new AntreanJawaban("k", s, kirim, (k) => keadaan.push(k.gagalSementara));
    q.tambah(jawab("B1"));
    q.tambah(jawab("B1", "c", "a")); // changed answer: only the newest matters
    q.tambah(jawab("B2"));
    await tunggu();
    expect(keadaan.at(-1)).toBe(true);
    q.hentikan(); // the tab closes
    const q2 = new AntreanJawaban("k", s, kirim, () => {});
    expect(Object.keys(q2.keadaan().tertunda).sort()).toEqual(["B1", "B2"]);
    online = true;
    await q2.kuras();
    expect(diterima.map((j) => [j.blok, j.palingSesuai, j.urutanKlien])).toEqual([
      ["B1", "c", 2],
      ["B2", "a", 3],
    ]);
    expect(q2.keadaan().tertunda).toEqual({});
  });

  it("backs off exponentially up to 30 s", async () => {
    const s = new Memori();
    const waktu: number[] = [];
    const mulai = Date.now();
    let n = 0;
    const q = new AntreanJawaban(
      "k",
      s,
      async () => {
        waktu.push(Date.now() - mulai);
        return ++n < 8 ? "coba_lagi" : "ok";
      },
      () => {},
    );
    vi.useFakeTimers();
    q.tambah(jawab("B1"));
    await vi.advanceTimersByTimeAsync(200_000);
    const jeda = waktu.slice(1).map((t, i) => t - waktu[i]);
    expect(jeda).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(q.keadaan().tertunda).toEqual({});
  });

  it("drops an answer the server refuses (e.g. time is up) and reports the message", async () => {
    const s = new Memori();
    const q = new AntreanJawaban(
      "k",
      s,
      async () => ({ tolak: "Batas waktu habis" }),
      () => {},
    );
    q.tambah(jawab("B1"));
    await vi.runAllTimersAsync();
    expect(q.keadaan()).toMatchObject({ tertunda: {}, ditolak: "Batas waktu habis" });
  });
});
