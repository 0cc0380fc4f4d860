import { LEVEL_KEMATANGAN } from "../../kerangka/kematangan.ts";
import { type Galat, galat, type Pemeriksaan } from "../galat.ts";
import { KEGIATAN_SUBTAHAP } from "../kegiatan-subtahap.ts";
import { panduanSubtahap } from "../panduan.ts";
import { tanggalValid } from "../tanggal.ts";
import { daftar, hasil, KELUARAN_KOSONG, kosong, objek, periksaTanggal } from "./bantu.ts";
import type { KeluaranRencanaPelatihan, KonteksKeluaran, ModulPelatihan } from "./tipe.ts";

/**
 * Tabel 3 no. 5: at least one complete, scheduled module; templates must
 * match the module's sub-stage. Warns when a sub-stage the initial
 * assessment places some unit in has no module ("sesuai dengan hasil asesmen
 * awal").
 */
export function periksaRencanaPelatihan(k: KeluaranRencanaPelatihan, ks: KonteksKeluaran): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 5");
  const S = "Tabel 3 no. 5";
  const g: Galat[] = [];
  if (kosong(k.dokumenId))
    g.push(
      galat(
        "PELATIHAN_TANPA_DOKUMEN",
        S,
        "Dokumen panduan, kurikulum dan silabus pelatihan wajib diunggah.",
        "The training guide, curriculum and syllabus document must be uploaded.",
        "dokumenId",
      ),
    );
  g.push(...periksaTanggal(k.tanggal, "tanggal", S, ks.hariIni));
  const modul = daftar<ModulPelatihan>(k.modul, "modul", S, g);
  if (modul.length === 0)
    g.push(
      galat(
        "PELATIHAN_TANPA_MODUL",
        S,
        "Rencana pelatihan perlu paling sedikit satu modul.",
        "The training plan needs at least one module.",
        "modul",
      ),
    );
  const unitDikenal = ks.peta ? new Set(ks.peta.map((u) => u.unitKerjaId)) : undefined;
  modul.forEach((m, i) => {
    const b = `modul[${i}]`;
    const terisi = (xs: unknown) => Array.isArray(xs) && xs.length > 0 && xs.every((x) => !kosong(x));
    if (kosong(m.kode) || kosong(m.judul) || !terisi(m.tujuan) || !terisi(m.cara) || !terisi(m.media))
      g.push(
        galat(
          "MODUL_TIDAK_LENGKAP",
          "Tabel 3 no. 5; Tabel 5–8",
          "Modul perlu kode, judul, tujuan, cara melakukan dan media.",
          "A module needs a code, title, goal, method and media.",
          b,
        ),
      );
    if (!(LEVEL_KEMATANGAN as readonly unknown[]).includes(m.subtahap))
      g.push(
        galat(
          "MODUL_SUBTAHAP",
          "BAB III.B.2",
          "Modul harus terkait satu subtahap (1 kesadaran … 4 kepemilikan).",
          "A module must belong to one sub-stage (1 awareness … 4 ownership).",
          `${b}.subtahap`,
        ),
      );
    if (m.templat !== undefined) {
      const tp = KEGIATAN_SUBTAHAP.find((x) => x.kode === m.templat);
      if (!tp || tp.subtahap !== m.subtahap)
        g.push(
          galat(
            "MODUL_TEMPLAT",
            "Tabel 5–8",
            `Templat ${m.templat} tidak ada atau bukan dari tabel subtahap ${m.subtahap}.`,
            `Template ${m.templat} does not exist or is not from sub-stage ${m.subtahap}'s table.`,
            `${b}.templat`,
          ),
        );
    }
    if (!terisi(m.sasaranUnit))
      g.push(
        galat(
          "MODUL_TANPA_SASARAN",
          S,
          "Modul perlu sasaran peserta (unit kerja).",
          "A module needs its audience (work units).",
          `${b}.sasaranUnit`,
        ),
      );
    else if (unitDikenal && m.sasaranUnit.some((u) => !unitDikenal.has(u)))
      g.push(
        galat(
          "MODUL_UNIT_TIDAK_DIKENAL",
          S,
          "Sasaran modul memuat unit kerja yang tidak ada dalam peta asesmen awal.",
          "The module's audience names a work unit not in the initial assessment map.",
          `${b}.sasaranUnit`,
        ),
      );
    const j = m.jadwal;
    if (!j || !tanggalValid(j.mulai) || !tanggalValid(j.selesai) || j.selesai < j.mulai)
      g.push(
        galat(
          "MODUL_JADWAL",
          S,
          "Jadwal modul perlu tanggal mulai dan selesai (YYYY-MM-DD), selesai tidak sebelum mulai.",
          "A module's schedule needs start and end dates (YYYY-MM-DD), the end not before the start.",
          `${b}.jadwal`,
        ),
      );
  });
  const p: Galat[] = [];
  if (ks.peta) {
    const adaModul = new Set(modul.map((m) => m.subtahap));
    for (const l of new Set(
      panduanSubtahap(ks.peta, ks.panduan).flatMap((x) => (x.status === "ada" ? [x.subtahap] : [])),
    )) {
      if (!adaModul.has(l))
        p.push(
          galat(
            "PELATIHAN_SUBTAHAP_TANPA_MODUL",
            "Tabel 3 no. 5; BAB III.B.2",
            `Menurut asesmen awal ada unit pada subtahap ${l}, tetapi belum ada modul untuk subtahap itu.`,
            `The initial assessment places units in sub-stage ${l}, but no module serves that sub-stage.`,
            "modul",
          ),
        );
    }
  }
  return hasil(g, p);
}
