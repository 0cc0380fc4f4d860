/**
 * Roles (peran) a user can hold in an instansi. SPEC "Who uses it";
 * PermenPANRB 60/2020 Pasal 5 (PPK/PyB), Tabel 3 no. 1 (Tim Supervisi),
 * Tabel 2 I.1 (Agen Perubahan), Tabel 2 I.4 (APIP), BAB IV (KemenPANRB),
 * Tabel 2 II (Pengelola WBS: the only readers of whistleblowing reports;
 * APIP staff may hold it), Tabel 2 II (Pengelola UPG: the gratification
 * control unit, the only handlers of gratification reports).
 */
export const PERAN = [
  "evaluator_nasional",
  "admin_instansi",
  "ppk",
  "tim_supervisi",
  "agen_perubahan",
  "pimpinan",
  "apip",
  "pegawai",
  "pengelola_wbs",
  "pengelola_upg",
] as const;

export type Peran = (typeof PERAN)[number];

export const NAMA_PERAN: Record<Peran, { id: string; en: string }> = {
  evaluator_nasional: { id: "Evaluator Nasional (KemenPANRB)", en: "National evaluator (KemenPANRB)" },
  admin_instansi: { id: "Admin Instansi", en: "Agency administrator" },
  ppk: { id: "PPK / PyB", en: "Appointing official (PPK/PyB)" },
  tim_supervisi: { id: "Tim Supervisi", en: "Supervision team" },
  agen_perubahan: { id: "Agen Perubahan", en: "Change agent" },
  pimpinan: { id: "Pimpinan / Atasan", en: "Leader / superior" },
  apip: { id: "APIP (Auditor Internal)", en: "Internal auditor (APIP)" },
  pegawai: { id: "Pegawai ASN", en: "Employee (ASN)" },
  pengelola_wbs: { id: "Pengelola WBS", en: "Whistleblowing handler (WBS)" },
  pengelola_upg: { id: "Pengelola UPG (Gratifikasi)", en: "Gratification control officer (UPG)" },
};

export function isPeran(x: unknown): x is Peran {
  return typeof x === "string" && (PERAN as readonly string[]).includes(x);
}
