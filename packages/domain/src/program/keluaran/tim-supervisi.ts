import { type Galat, galat, type Pemeriksaan } from "../galat.ts";
import { daftar, ganda, hasil, KELUARAN_KOSONG, kosong, objek, periksaSk } from "./bantu.ts";
import { type KeluaranTimSupervisi, type KonteksKeluaran, PERAN_TIM } from "./tipe.ts";

/** Tabel 3 no. 1: a named team with a chair and at least one other member, set by decree, linked to the RB team. */
export function periksaTimSupervisi(k: KeluaranTimSupervisi, ks: KonteksKeluaran): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 1");
  const S = "Tabel 3 no. 1";
  const g: Galat[] = [];
  if (kosong(k.nama))
    g.push(galat("TIM_TANPA_NAMA", S, "Nama tim wajib diisi.", "The team needs a name.", "nama"));
  g.push(...periksaSk(k.sk, "sk", S, ks.hariIni));
  const anggota = daftar<KeluaranTimSupervisi["anggota"][number]>(k.anggota, "anggota", S, g);
  if (anggota.length < 2)
    g.push(
      galat(
        "TIM_ANGGOTA_KURANG",
        S,
        "Tim perlu paling sedikit dua anggota (ketua dan anggota).",
        "The team needs at least two members (a chair and a member).",
        "anggota",
      ),
    );
  if (anggota.filter((a) => a.peranTim === "ketua").length !== 1)
    g.push(
      galat(
        "TIM_KETUA",
        S,
        "Tim harus punya tepat satu ketua.",
        "The team must have exactly one chair.",
        "anggota",
      ),
    );
  if (anggota.some((a) => kosong(a.pegawaiId) || !(PERAN_TIM as readonly string[]).includes(a.peranTim)))
    g.push(
      galat(
        "TIM_ANGGOTA_TIDAK_LENGKAP",
        S,
        "Setiap anggota perlu pegawai dan peran dalam tim (ketua, sekretaris, anggota).",
        "Each member needs an employee and a team role (chair, secretary, member).",
        "anggota",
      ),
    );
  const dobel = ganda(anggota.map((a) => a.pegawaiId));
  if (dobel.length > 0)
    g.push(
      galat(
        "TIM_ANGGOTA_GANDA",
        S,
        `Pegawai tercatat lebih dari sekali: ${dobel.join(", ")}.`,
        `Employees listed more than once: ${dobel.join(", ")}.`,
        "anggota",
      ),
    );
  if (kosong(k.timReformasiBirokrasi?.nomorSk))
    g.push(
      galat(
        "TIM_TANPA_TAUTAN_RB",
        S,
        "Tim harus selaras dengan Tim pelaksana reformasi birokrasi: sebutkan nomor SK tim RB.",
        "The team must be aligned with the bureaucratic-reform team: give the RB team's decree number.",
        "timReformasiBirokrasi.nomorSk",
      ),
    );
  const p: Galat[] = [];
  if (anggota.length > 0 && !anggota.some((a) => a.anggotaTimRB))
    p.push(
      galat(
        "TIM_TANPA_ANGGOTA_RB",
        S,
        "Tidak ada anggota yang juga anggota Tim reformasi birokrasi; keselarasan dengan tim RB sulit dijaga.",
        "No member also sits on the bureaucratic-reform team; alignment with it will be hard to keep.",
        "anggota",
      ),
    );
  return hasil(g, p);
}
