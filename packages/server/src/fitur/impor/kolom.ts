/**
 * Header row → employee columns. Headers are matched case-insensitively and
 * ignoring spaces and punctuation, with Indonesian and English aliases.
 */
import type { KolomPegawai } from "@nurani/domain";

const ALIAS: Record<KolomPegawai, string[]> = {
  nip: ["nip", "nipbaru", "nip18", "nipasn", "nomorindukpegawai", "employeeid"],
  nama: ["nama", "namalengkap", "namapegawai", "name", "fullname", "employeename"],
  kodeUnit: ["kodeunit", "kodeunitkerja", "unitkerjakode", "kodesatker", "kodeuk", "unitcode", "unitkerja"],
  jabatan: ["jabatan", "namajabatan", "position", "jobtitle", "title"],
  jenisJabatan: ["jenisjabatan", "jenisjab", "tipejabatan", "positiontype", "jobtype"],
  golongan: [
    "golongan",
    "gol",
    "golru",
    "golonganruang",
    "pangkatgolongan",
    "golonganpangkat",
    "rank",
    "grade",
  ],
  email: ["email", "surel", "alamatemail", "emailaddress", "surat elektronik"],
  telepon: [
    "telepon",
    "telp",
    "tlp",
    "hp",
    "nohp",
    "nomorhp",
    "teleponhp",
    "telphp",
    "nomortelepon",
    "notelp",
    "phone",
    "mobile",
    "phonenumber",
  ],
};

export const KOLOM_WAJIB: readonly KolomPegawai[] = ["nip", "nama", "kodeUnit", "jabatan", "jenisJabatan"];

const PETA = new Map<string, KolomPegawai>();
for (const [kolom, daftar] of Object.entries(ALIAS) as [KolomPegawai, string[]][]) {
  for (const a of daftar) PETA.set(kunciJudul(a), kolom);
}

function kunciJudul(judul: string): string {
  return judul
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

export function kolomDariJudul(judul: string): KolomPegawai | null {
  return PETA.get(kunciJudul(judul)) ?? null;
}

export interface PetaJudul {
  /** Column index in the file → employee column. */
  posisi: Map<number, KolomPegawai>;
  /** The header text the user wrote, per employee column (for the report). */
  judul: Partial<Record<KolomPegawai, string>>;
  diabaikan: string[];
  hilang: KolomPegawai[];
  ganda: string[];
}

export function petakanJudul(baris: readonly string[]): PetaJudul {
  const posisi = new Map<number, KolomPegawai>();
  const judul: Partial<Record<KolomPegawai, string>> = {};
  const diabaikan: string[] = [];
  const ganda: string[] = [];
  baris.forEach((teks, i) => {
    const t = teks.trim();
    if (t === "") return;
    const kolom = kolomDariJudul(t);
    if (kolom === null) diabaikan.push(t);
    else if (judul[kolom] !== undefined) ganda.push(t);
    else {
      posisi.set(i, kolom);
      judul[kolom] = t;
    }
  });
  const hilang = KOLOM_WAJIB.filter((k) => judul[k] === undefined);
  return { posisi, judul, diabaikan, hilang, ganda };
}
