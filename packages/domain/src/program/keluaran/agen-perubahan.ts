import { type Galat, galat, type Pemeriksaan } from "../galat.ts";
import { daftar, ganda, hasil, KELUARAN_KOSONG, kosong, objek, periksaSk } from "./bantu.ts";
import type { KeluaranAgenPerubahan, KonteksKeluaran } from "./tipe.ts";

/**
 * Tabel 3 no. 6: selection criteria, nominees with decisions, an appointment
 * decree, at least one appointed agent, each a selected nominee. Warns below
 * the agency's sufficiency target ("dalam jumlah yang memadai").
 */
export function periksaAgenPerubahan(k: KeluaranAgenPerubahan, ks: KonteksKeluaran): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 6");
  const S = "Tabel 3 no. 6";
  const g: Galat[] = [];
  if (!Array.isArray(k.kriteriaSeleksi) || !k.kriteriaSeleksi.some((x) => !kosong(x)))
    g.push(
      galat(
        "AP_TANPA_KRITERIA",
        "Tabel 2 I.1; Tabel 3 no. 6",
        "Kriteria seleksi agen perubahan wajib dicatat.",
        "The change-agent selection criteria must be recorded.",
        "kriteriaSeleksi",
      ),
    );
  g.push(...periksaSk(k.sk, "sk", S, ks.hariIni));
  const nominasi = daftar<KeluaranAgenPerubahan["nominasi"][number]>(k.nominasi, "nominasi", S, g);
  const ditetapkan = Array.isArray(k.ditetapkan) ? k.ditetapkan.filter((x): x is string => !kosong(x)) : [];
  if (ditetapkan.length === 0)
    g.push(
      galat(
        "AP_TIDAK_ADA",
        S,
        "Belum ada agen perubahan yang ditetapkan.",
        "No change agent has been appointed.",
        "ditetapkan",
      ),
    );
  const terpilih = new Set(nominasi.filter((n) => n.keputusan === "terpilih").map((n) => n.pegawaiId));
  const bukanTerpilih = ditetapkan.filter((id) => !terpilih.has(id));
  if (bukanTerpilih.length > 0)
    g.push(
      galat(
        "AP_BUKAN_HASIL_SELEKSI",
        "Tabel 2 I.1; Tabel 3 no. 6",
        `Pegawai ditetapkan tanpa keputusan seleksi 'terpilih': ${bukanTerpilih.join(", ")}.`,
        `Employees appointed without a 'selected' decision: ${bukanTerpilih.join(", ")}.`,
        "ditetapkan",
      ),
    );
  const dobel = ganda([...ditetapkan]).concat(ganda(nominasi.map((n) => n.pegawaiId)));
  if (dobel.length > 0)
    g.push(
      galat(
        "AP_GANDA",
        S,
        `Pegawai tercatat lebih dari sekali: ${[...new Set(dobel)].join(", ")}.`,
        `Employees listed more than once: ${[...new Set(dobel)].join(", ")}.`,
      ),
    );
  const p: Galat[] = [];
  const target = ks.targetAgenPerubahan;
  if (target === undefined)
    p.push(
      galat(
        "AP_TARGET_BELUM_ADA",
        S,
        "Instansi belum menetapkan jumlah agen perubahan yang memadai.",
        "The agency has not set the sufficient number of change agents.",
      ),
    );
  else if (ditetapkan.length < target)
    p.push(
      galat(
        "AP_KURANG_MEMADAI",
        S,
        `Baru ${ditetapkan.length} agen perubahan ditetapkan; jumlah yang memadai menurut instansi adalah ${target}.`,
        `Only ${ditetapkan.length} change agents appointed; the agency's sufficient number is ${target}.`,
        "ditetapkan",
      ),
    );
  return hasil(g, p);
}
