/**
 * The local answer queue of the test page (docs/asesmen.md "Guarantees": each
 * answer is saved on the server as it is given; closing the tab, losing the
 * network or a server restart loses nothing). Every answer gets the next number of a counter
 * kept in localStorage (`urutanKlien`), is written to localStorage first and
 * then sent; the server applies a save only above the stored number, so
 * resending is always safe. Network failures and 5xx are retried with
 * exponential backoff (1 s … 30 s); a 4xx refusal (deadline passed,
 * submitted) drops the entry and is reported.
 */
import type { JawabanKirim } from "./api.ts";

export interface PenyimpananSederhana {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}

export interface KeadaanAntrean {
  /** Answers written locally but not yet confirmed by the server, by block. */
  tertunda: Record<string, JawabanKirim>;
  /** Sending is failing (offline or server error); retrying. */
  gagalSementara: boolean;
  /** The last refusal message from the server (4xx), if any. */
  ditolak: string | null;
}

export type HasilKirim = "ok" | "coba_lagi" | { tolak: string };

const JEDA_MAKS_MS = 30_000;

export class AntreanJawaban {
  private tertunda: Record<string, JawabanKirim>;
  private sedang = false;
  private percobaan = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private gagalSementara = false;
  private ditolak: string | null = null;
  private berhenti = false;

  constructor(
    private readonly kunci: string,
    private readonly simpan: PenyimpananSederhana,
    private readonly kirim: (j: JawabanKirim) => Promise<HasilKirim>,
    private readonly onUbah: (k: KeadaanAntrean) => void,
  ) {
    this.tertunda = bacaJson(simpan, `${kunci}.antrean`) ?? {};
  }

  /** The counter is never below what the server already holds (e.g. another device's answers). */
  naikkanPenghitung(minimal: number): void {
    if (this.penghitung() < minimal) this.simpan.setItem(`${this.kunci}.urutan`, String(minimal));
  }

  private penghitung(): number {
    return Number(this.simpan.getItem(`${this.kunci}.urutan`) ?? 0) || 0;
  }

  keadaan(): KeadaanAntrean {
    return { tertunda: { ...this.tertunda }, gagalSementara: this.gagalSementara, ditolak: this.ditolak };
  }

  /** Records an answer locally with the next counter value and starts sending. */
  tambah(j: Omit<JawabanKirim, "urutanKlien">): JawabanKirim {
    const urutanKlien = this.penghitung() + 1;
    this.simpan.setItem(`${this.kunci}.urutan`, String(urutanKlien));
    const entri = { ...j, urutanKlien };
    this.tertunda[j.blok] = entri;
    this.tulis();
    this.ubah();
    void this.kuras();
    return entri;
  }

  /** Sends what is pending, one at a time, oldest number first. */
  async kuras(): Promise<void> {
    if (this.sedang || this.berhenti) return;
    this.sedang = true;
    try {
      for (;;) {
        const berikut = Object.values(this.tertunda).sort((a, b) => a.urutanKlien - b.urutanKlien)[0];
        if (!berikut) break;
        const h = await this.kirim(berikut);
        if (h === "coba_lagi") {
          this.gagalSementara = true;
          this.percobaan++;
          this.ubah();
          this.jadwalkan(Math.min(JEDA_MAKS_MS, 1000 * 2 ** (this.percobaan - 1)));
          return;
        }
        this.gagalSementara = false;
        this.percobaan = 0;
        if (typeof h === "object") this.ditolak = h.tolak;
        // a newer answer for the block may have arrived while this one was in flight
        if (this.tertunda[berikut.blok]?.urutanKlien === berikut.urutanKlien)
          delete this.tertunda[berikut.blok];
        this.tulis();
        this.ubah();
      }
    } finally {
      this.sedang = false;
    }
  }

  /** Retry now (e.g. the browser says it is online again). */
  cobaSekarang(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    void this.kuras();
  }

  hentikan(): void {
    this.berhenti = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** After final submission nothing is left to send. */
  kosongkan(): void {
    this.tertunda = {};
    this.simpan.removeItem(`${this.kunci}.antrean`);
    this.ubah();
  }

  private jadwalkan(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.kuras();
    }, ms);
  }

  private tulis(): void {
    this.simpan.setItem(`${this.kunci}.antrean`, JSON.stringify(this.tertunda));
  }

  private ubah(): void {
    this.onUbah(this.keadaan());
  }
}

function bacaJson<T>(s: PenyimpananSederhana, k: string): T | null {
  try {
    const v = s.getItem(k);
    return v ? (JSON.parse(v) as T) : null;
  } catch {
    return null;
  }
}
