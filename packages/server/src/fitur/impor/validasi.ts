/**
 * Whole-file validation of an employee import: every row checked against the
 * shared row schema, duplicate NIPs within the file, and unit codes against
 * the agency's units. Consumes the reader's events; yields one result per row.
 */
import {
  type BarisPegawai,
  type KodeGalatPegawai,
  type KolomPegawai,
  pesanGalatPegawai,
  skemaBarisPegawai,
  validasiBarisPegawai,
} from "@nurani/domain";
import type { KejadianBaca } from "./baca.ts";
import type { GalatBerkas } from "./galat-berkas.ts";

export interface GalatBaris {
  baris: number;
  /** Header text as written in the file (e.g. "NIP Baru"). */
  kolom: string;
  kode: KodeGalatPegawai;
  /** Values for the message, e.g. the first row of a duplicate NIP. */
  isian?: Record<string, string>;
}

export type HasilBaris =
  | { jenis: "valid"; baris: number; data: BarisPegawai; unitId: string }
  | { jenis: "galat"; baris: number; galat: GalatBaris[] }
  | { jenis: "berkas"; galat: GalatBerkas };

export interface KonteksValidasi {
  /** Active unit codes of the agency (upper case) → unit id; file codes match case-insensitively. */
  unit: ReadonlyMap<string, string>;
  hariIni?: Date;
}

export function pesanGalatBaris(g: GalatBaris, bahasa: "id" | "en" = "id"): string {
  const dasar = pesanGalatPegawai(g.kode, bahasa);
  if (g.kode === "NIP_GANDA" && g.isian?.barisPertama) {
    return bahasa === "id"
      ? `${dasar} (pertama kali di baris ${g.isian.barisPertama})`
      : `${dasar} (first on row ${g.isian.barisPertama})`;
  }
  if (g.kode === "UNIT_TIDAK_DIKENAL" && g.isian?.kode) return `${dasar} (${g.isian.kode})`;
  return dasar;
}

export async function* validasiImpor(
  kejadian: AsyncIterable<KejadianBaca>,
  konteks: KonteksValidasi,
): AsyncGenerator<HasilBaris> {
  const skema = skemaBarisPegawai(konteks.hariIni ?? new Date());
  const nipPertama = new Map<string, number>();
  let judul: Partial<Record<KolomPegawai, string>> = {};
  for await (const k of kejadian) {
    if (k.jenis === "galat") {
      yield { jenis: "berkas", galat: k.galat };
      return;
    }
    if (k.jenis === "judul") {
      judul = k.peta.judul;
      continue;
    }
    const namaKolom = (kolom: KolomPegawai) => judul[kolom] ?? kolom;
    const r = validasiBarisPegawai(k.nilai, skema);
    const galat: GalatBaris[] = r.ok
      ? []
      : r.galat.map((g) => ({ baris: k.baris, kolom: namaKolom(g.kolom), kode: g.kode }));

    const nip = r.ok ? r.data.nip : (k.nilai.nip ?? "").replace(/\s+/g, "");
    if (nip !== "") {
      const pertama = nipPertama.get(nip);
      if (pertama === undefined) nipPertama.set(nip, k.baris);
      else if (!galat.some((g) => g.kolom === namaKolom("nip"))) {
        galat.push({
          baris: k.baris,
          kolom: namaKolom("nip"),
          kode: "NIP_GANDA",
          isian: { barisPertama: String(pertama) },
        });
      }
    }

    const kodeUnit = (k.nilai.kodeUnit ?? "").trim();
    const unitId = konteks.unit.get(kodeUnit.toUpperCase());
    if (kodeUnit !== "" && unitId === undefined && !galat.some((g) => g.kolom === namaKolom("kodeUnit"))) {
      galat.push({
        baris: k.baris,
        kolom: namaKolom("kodeUnit"),
        kode: "UNIT_TIDAK_DIKENAL",
        isian: { kode: kodeUnit.slice(0, 60) },
      });
    }

    if (r.ok && galat.length === 0 && unitId !== undefined)
      yield { jenis: "valid", baris: k.baris, data: r.data, unitId };
    else yield { jenis: "galat", baris: k.baris, galat };
  }
}
