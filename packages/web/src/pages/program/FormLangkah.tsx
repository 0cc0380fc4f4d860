/**
 * The six preparation forms (Tabel 3), one dialog each (Langkah*.tsx). Each
 * sends its step's output; the server answers with the regulation's reasons
 * when something is missing, shown one per line. "Simpan draf" keeps
 * unfinished work without checking.
 */
import type { KodeLangkahPersiapan } from "@nurani/domain";
import type { StatusSiklus } from "./api.ts";
import { LangkahAgen } from "./LangkahAgen.tsx";
import { LangkahAsesmen } from "./LangkahAsesmen.tsx";
import { LangkahDeklarasi } from "./LangkahDeklarasi.tsx";
import { LangkahPelatihan } from "./LangkahPelatihan.tsx";
import { LangkahRencanaAksi } from "./LangkahRencanaAksi.tsx";
import { LangkahTim } from "./LangkahTim.tsx";

export function FormLangkah({
  kode,
  s,
  onTutup,
}: {
  kode: KodeLangkahPersiapan;
  s: StatusSiklus;
  onTutup: () => void;
}) {
  const props = { s, onTutup };
  switch (kode) {
    case "pembentukan_tim":
      return <LangkahTim {...props} />;
    case "deklarasi_komitmen":
      return <LangkahDeklarasi {...props} />;
    case "asesmen_awal":
      return <LangkahAsesmen {...props} />;
    case "rencana_aksi":
      return <LangkahRencanaAksi {...props} />;
    case "rencana_pelatihan":
      return <LangkahPelatihan {...props} />;
    case "agen_perubahan":
      return <LangkahAgen {...props} />;
  }
}
