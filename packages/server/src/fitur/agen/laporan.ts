/**
 * The change agents' section of the cycle report (fitur/program/laporan.ts):
 * selection and appointment counts, coverage per unit against the cycle's rule
 * (Tabel 3 no. 6 "jumlah yang memadai"), each agent's latest assessment on the
 * team's instrument (Tabel 2 I.2) with their Renaksi progress, and the
 * innovations register (Tabel 2 I success indicator). Counts and scores only;
 * no evidence texts.
 */
import type { Db } from "../../db/factory.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { jumlahNominasi, kueriInovasi, kueriPenilaian, kueriRenaksiSiklus } from "./kueri.ts";
import { cakupan } from "./layanan.ts";

/** A report section: a title and tables, rendered by the report in PDF and XLSX alike. */
export interface BagianLaporan {
  judul: string;
  /** Short sheet name for the XLSX (≤ 31 characters). */
  lembar: string;
  blok: { judul: string; kepala: string[]; baris: (string | number | null)[][] }[];
}

const T = {
  id: {
    judul: "Agen Perubahan (Tabel 2 I.1–2; Tabel 3 no. 6)",
    lembar: "Agen Perubahan",
    seleksi: "Seleksi dan penetapan",
    status: "Status",
    jumlah: "Jumlah",
    nominasi: "nominasi (diri sendiri dan oleh pegawai lain)",
    diajukan: "menunggu seleksi",
    terpilih: "terpilih (belum ditetapkan)",
    tidakTerpilih: "tidak terpilih",
    ditetapkan: "ditetapkan dengan SK yang berlaku",
    cakupan: (p: number, a: number) =>
      `Cakupan per unit (aturan: paling sedikit ${a} agen untuk unit dengan ${p} pegawai atau lebih)`,
    unit: "Unit kerja",
    pegawai: "Pegawai",
    agen: "Agen",
    wajib: "Wajib",
    memadai: "Memadai",
    ya: "ya",
    tidak: "tidak",
    penilaian: "Hasil penilaian agen (periode terakhir, instrumen Tim Supervisi)",
    nama: "Agen",
    periode: "Periode",
    nilai: "Nilai (1–4)",
    renaksi: "Butir Renaksi selesai",
    inovasi: "Register inovasi",
    tanggal: "Tanggal",
    sebagai: "Sebagai",
    judulInovasi: "Inovasi",
    pimpinan: "pimpinan",
    agenPerubahan: "agen perubahan",
  },
  en: {
    judul: "Change agents (Tabel 2 I.1–2; Tabel 3 no. 6)",
    lembar: "Change agents",
    seleksi: "Selection and appointment",
    status: "Status",
    jumlah: "Count",
    nominasi: "nominations (self and by others)",
    diajukan: "awaiting selection",
    terpilih: "selected (not yet appointed)",
    tidakTerpilih: "not selected",
    ditetapkan: "appointed by a decree in force",
    cakupan: (p: number, a: number) =>
      `Coverage per unit (rule: at least ${a} agent(s) in units of ${p} or more employees)`,
    unit: "Work unit",
    pegawai: "Employees",
    agen: "Agents",
    wajib: "Required",
    memadai: "Adequate",
    ya: "yes",
    tidak: "no",
    penilaian: "Agent assessments (latest period, the supervision team's instrument)",
    nama: "Agent",
    periode: "Period",
    nilai: "Score (1–4)",
    renaksi: "Renaksi items done",
    inovasi: "Innovations register",
    tanggal: "Date",
    sebagai: "As",
    judulInovasi: "Innovation",
    pimpinan: "leader",
    agenPerubahan: "change agent",
  },
} as const;

export async function bagianLaporanAgen(
  db: Db,
  instansiId: string,
  siklusId: string,
  bahasa: Bahasa,
): Promise<BagianLaporan> {
  const t = T[bahasa];
  const ya = (x: boolean) => (x ? t.ya : t.tidak);
  const n = await jumlahNominasi(db, instansiId, siklusId);
  const c = await cakupan(db, instansiId, siklusId);
  const penilaian = await kueriPenilaian(db, instansiId, siklusId).orderBy("a.periode").execute();
  const terakhir = new Map<string, (typeof penilaian)[number]>();
  for (const p of penilaian) terakhir.set(p.pegawai_id, p);
  const renaksi = await kueriRenaksiSiklus(db, instansiId, siklusId).execute();
  const inovasi = await kueriInovasi(db, instansiId, siklusId).orderBy("i.tanggal").execute();
  return {
    judul: t.judul,
    lembar: t.lembar,
    blok: [
      {
        judul: t.seleksi,
        kepala: [t.status, t.jumlah],
        baris: [
          [t.nominasi, n.nominasi],
          [t.diajukan, n.diajukan],
          [t.terpilih, n.terpilih],
          [t.tidakTerpilih, n.tidakTerpilih],
          [t.ditetapkan, n.ditetapkan],
        ],
      },
      {
        judul: t.cakupan(c.aturan.minPegawai, c.aturan.minAgen),
        kepala: [t.unit, t.pegawai, t.agen, t.wajib, t.memadai],
        baris: c.unit.map((u) => [u.nama, u.pegawai, u.agen, ya(u.wajib), ya(u.memadai)]),
      },
      {
        judul: t.penilaian,
        kepala: [t.nama, t.periode, t.nilai, t.renaksi],
        baris: [...terakhir.values()].map((p) => {
          const r = renaksi.filter((x) => x.agen_id === p.pegawai_id);
          const butir = r.reduce((s, x) => s + Number(x.butir ?? 0), 0);
          const selesai = r.reduce((s, x) => s + Number(x.selesai ?? 0), 0);
          return [p.nama, p.periode, Number(p.nilai), `${selesai}/${butir}`];
        }),
      },
      {
        judul: t.inovasi,
        kepala: [t.tanggal, t.nama, t.sebagai, t.judulInovasi],
        baris: inovasi.map((i) => [
          i.tanggal,
          i.nama,
          i.sebagai === "pimpinan" ? t.pimpinan : t.agenPerubahan,
          i.judul,
        ]),
      },
    ],
  };
}
