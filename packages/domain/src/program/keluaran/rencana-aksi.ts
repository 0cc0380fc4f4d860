import { type Galat, galat, type Pemeriksaan } from "../galat.ts";
import { type TargetSmart, validasiTargetSmart } from "../smart.ts";
import { daftar, ganda, hasil, KELUARAN_KOSONG, kosong, objek, periksaTanggal } from "./bantu.ts";
import type { KeluaranRencanaAksi, KonteksKeluaran } from "./tipe.ts";

/** Tabel 3 no. 4: the document, its date and at least one target, every target SMART. */
export function periksaRencanaAksi(k: KeluaranRencanaAksi, ks: KonteksKeluaran): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 4");
  const S = "Tabel 3 no. 4";
  const g: Galat[] = [];
  if (kosong(k.dokumenId))
    g.push(
      galat(
        "RENAKSI_TANPA_DOKUMEN",
        S,
        "Dokumen Rencana Aksi dan Roadmap wajib diunggah.",
        "The action plan and roadmap document must be uploaded.",
        "dokumenId",
      ),
    );
  g.push(...periksaTanggal(k.tanggal, "tanggal", S, ks.hariIni));
  const target = daftar<TargetSmart>(k.target, "target", S, g);
  if (target.length === 0)
    g.push(
      galat(
        "RENAKSI_TANPA_TARGET",
        S,
        "Rencana aksi perlu paling sedikit satu target SMART.",
        "The action plan needs at least one SMART target.",
        "target",
      ),
    );
  target.forEach((t, i) => {
    g.push(...validasiTargetSmart(t, { tanggalRencana: k.tanggal, peta: ks.peta }, `target[${i}]`));
  });
  const dobel = ganda(target.map((t) => t.kode));
  if (dobel.length > 0)
    g.push(
      galat(
        "RENAKSI_KODE_GANDA",
        S,
        `Kode target dipakai lebih dari sekali: ${dobel.join(", ")}.`,
        `Target codes used more than once: ${dobel.join(", ")}.`,
        "target",
      ),
    );
  return hasil(g);
}
