/**
 * Evidence files of track-record entries: PDF, PNG or JPEG, at most 10 MiB,
 * recognised by their first bytes (not their name), and the name's
 * extension must agree with what the bytes say.
 */
import { createHash } from "node:crypto";
import { GalatApi } from "../../http/errors.ts";

export const UKURAN_MAKS_BUKTI = 10 * 1024 * 1024;

const JENIS = {
  pdf: { mime: "application/pdf", tanda: [0x25, 0x50, 0x44, 0x46, 0x2d], ekstensi: ["pdf"] },
  png: { mime: "image/png", tanda: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], ekstensi: ["png"] },
  jpeg: { mime: "image/jpeg", tanda: [0xff, 0xd8, 0xff], ekstensi: ["jpg", "jpeg"] },
} as const;

export const buktiTerlaluBesar = () =>
  new GalatApi(413, "BERKAS_TERLALU_BESAR", {
    pesan: { id: "Berkas bukti paling besar 10 MiB.", en: "An evidence file is at most 10 MiB." },
  });

export function periksaBukti(nama: string, isi: Buffer): { mime: string; sha256: string } {
  if (isi.length === 0)
    throw new GalatApi(400, "BERKAS_KOSONG", { pesan: { id: "Berkas kosong.", en: "The file is empty." } });
  if (isi.length > UKURAN_MAKS_BUKTI) throw buktiTerlaluBesar();
  const ext = nama.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  const jenis = Object.values(JENIS).find((j) => j.tanda.every((b, i) => isi[i] === b));
  if (!jenis || !(jenis.ekstensi as readonly string[]).includes(ext))
    throw new GalatApi(415, "BERKAS_TIDAK_DIDUKUNG", {
      pesan: {
        id: "Unggah PDF, PNG, atau JPEG yang isinya sesuai dengan ekstensinya.",
        en: "Upload a PDF, PNG or JPEG whose content matches its extension.",
      },
    });
  return { mime: jenis.mime, sha256: createHash("sha256").update(isi).digest("hex") };
}
