/**
 * Plausible Indonesian personal names by region, so the demo looks like a real
 * agency's roster: Javanese, Sundanese, Batak (with marga), Minang, Bugis,
 * Balinese (birth-order names), Papuan, Acehnese/Malay and Arabic-derived.
 */
import type { JenisKelamin } from "@nurani/domain";
import type { Acak } from "./acak.ts";

interface Pola {
  bobot: number;
  susun(a: Acak, jk: JenisKelamin): string;
}

const ARAB_L = [
  "Muhammad",
  "Ahmad",
  "Abdul Rahman",
  "Fauzan",
  "Hasan",
  "Ridwan",
  "Syaiful",
  "Zainal",
  "Ilham",
  "Rizki",
  "Fadli",
  "Hidayat",
];
const ARAB_P = [
  "Siti",
  "Nur",
  "Fatimah",
  "Aisyah",
  "Khadijah",
  "Zahra",
  "Nurul",
  "Annisa",
  "Rahmawati",
  "Salma",
  "Laila",
  "Nur'aini",
];
const JAWA_L = [
  "Budi",
  "Joko",
  "Slamet",
  "Bambang",
  "Agus",
  "Teguh",
  "Wahyu",
  "Sutrisno",
  "Hadi",
  "Eko",
  "Dwi",
  "Bayu",
];
const JAWA_P = [
  "Sri",
  "Endang",
  "Wulan",
  "Rini",
  "Dewi",
  "Ayu",
  "Retno",
  "Sulastri",
  "Kartini",
  "Tri",
  "Dyah",
  "Puspita",
];
const JAWA_AKHIR_L = [
  "Prasetyo",
  "Nugroho",
  "Wibowo",
  "Santoso",
  "Susanto",
  "Wijaya",
  "Hartono",
  "Saputro",
  "Setiawan",
];
const JAWA_AKHIR_P = [
  "Lestari",
  "Wahyuni",
  "Handayani",
  "Rahayu",
  "Purwanti",
  "Susanti",
  "Wulandari",
  "Pratiwi",
];
const ARAB_AKHIR = ["Hidayat", "Hamzah", "Fauzi", "Rahman", "Hakim", "Syarif", "Maulana", "Ramadhan"];
const SUNDA_L = ["Asep", "Ujang", "Dadang", "Cecep", "Ade", "Dede", "Acep", "Yayan", "Iwan", "Hendra"];
const SUNDA_P = ["Euis", "Neneng", "Imas", "Cucu", "Yeni", "Rina", "Lilis", "Nining", "Tati", "Wulan"];
const SUNDA_AKHIR = [
  "Suryana",
  "Sumantri",
  "Hidayat",
  "Permana",
  "Kurniawan",
  "Gunawan",
  "Nurjaman",
  "Saepudin",
];
const BATAK_DEPAN_L = [
  "Togar",
  "Parulian",
  "Hotman",
  "Binsar",
  "Martua",
  "Sahat",
  "Rudolf",
  "Maruli",
  "Tumpal",
  "Jonner",
];
const BATAK_DEPAN_P = [
  "Rotua",
  "Tiurma",
  "Dameria",
  "Hotmauli",
  "Rosmawati",
  "Lamtiur",
  "Nurmala",
  "Ruth",
  "Debora",
];
const MARGA = [
  "Siregar",
  "Simanjuntak",
  "Nasution",
  "Hutapea",
  "Sitorus",
  "Panjaitan",
  "Simatupang",
  "Lubis",
  "Harahap",
  "Sinaga",
  "Pardede",
  "Situmorang",
];
const MINANG_L = ["Rizal", "Erwin", "Yusril", "Fadhil", "Afrizal", "Zulkifli", "Indra", "Syafri"];
const MINANG_P = ["Yenni", "Rahmi", "Elfi", "Nofriyanti", "Desi", "Yulia", "Fitri", "Mardiah"];
const MINANG_GELAR = ["Datuak", "Sutan", "Malin", "Bagindo"];
const MINANG_AKHIR = ["Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang", "Jambak"];
const BUGIS_L = [
  "Andi Baso",
  "Andi Muhammad",
  "La Ode",
  "Amiruddin",
  "Syamsul",
  "Muhammad Arif",
  "Sudirman",
  "Baharuddin",
];
const BUGIS_P = [
  "Andi Tenri",
  "Andi Nurhayati",
  "Sitti Rahmah",
  "Hasnah",
  "Wa Ode",
  "Haerani",
  "Nurhaedah",
  "Besse",
];
const BUGIS_AKHIR = ["Daeng", "Mappasessu", "Pawelloi", "Tenriajeng", "Parenrengi", "Latif", "Makkasau"];
const BALI_URUT = ["Putu", "Made", "Nyoman", "Ketut", "Wayan", "Kadek", "Komang"];
const BALI_L = ["Agus", "Budiarta", "Suardana", "Wirawan", "Adnyana", "Sudarsana", "Mahendra", "Arsana"];
const BALI_P = [
  "Ayu",
  "Sri Wahyuni",
  "Ariani",
  "Suartini",
  "Dewi Lestari",
  "Sukmawati",
  "Widiastuti",
  "Candra",
];
const PAPUA_L = ["Yohanes", "Markus", "Benny", "Fransiskus", "Yakobus", "Petrus", "Simon", "Otto"];
const PAPUA_P = ["Maria", "Yuliana", "Agustina", "Elisabeth", "Ribka", "Naomi", "Yosina", "Martha"];
const PAPUA_AKHIR = [
  "Wenda",
  "Kogoya",
  "Wanimbo",
  "Rumbiak",
  "Mandowen",
  "Yikwa",
  "Tabuni",
  "Kambuaya",
  "Rumaropen",
  "Wonda",
];
const ACEH_AKHIR = ["Abdullah", "Ibrahim", "Usman", "Yusuf", "Hasballah", "Ismail"];
const ACEH_L = ["Teuku Reza", "Muhammad Iqbal", "Zulfikar", "Teuku Fadhil", "Murtala"];
const ACEH_P = ["Cut Meutia", "Cut Nyak Dhien", "Nurul Hayati", "Rauzah", "Cut Intan"];

const lp = (a: Acak, jk: JenisKelamin, l: readonly string[], p: readonly string[]) =>
  a.pilih(jk === "L" ? l : p);

const POLA: Pola[] = [
  { bobot: 30, susun: (a, jk) => `${lp(a, jk, JAWA_L, JAWA_P)} ${lp(a, jk, JAWA_AKHIR_L, JAWA_AKHIR_P)}` },
  {
    bobot: 14,
    susun: (a, jk) =>
      `${lp(a, jk, ARAB_L, ARAB_P)} ${a.pilih(jk === "L" ? ARAB_AKHIR : [...JAWA_AKHIR_P, ...ARAB_AKHIR])}`,
  },
  { bobot: 14, susun: (a, jk) => `${lp(a, jk, SUNDA_L, SUNDA_P)} ${a.pilih(SUNDA_AKHIR)}` },
  { bobot: 9, susun: (a, jk) => `${lp(a, jk, BATAK_DEPAN_L, BATAK_DEPAN_P)} ${a.pilih(MARGA)}` },
  {
    bobot: 7,
    susun: (a, jk) =>
      jk === "L" && a.next() < 0.3
        ? `${a.pilih(MINANG_L)} ${a.pilih(MINANG_GELAR)} ${a.pilih(MINANG_AKHIR)}`
        : `${lp(a, jk, MINANG_L, MINANG_P)} ${a.pilih(MINANG_AKHIR)}`,
  },
  { bobot: 8, susun: (a, jk) => `${lp(a, jk, BUGIS_L, BUGIS_P)} ${a.pilih(BUGIS_AKHIR)}` },
  {
    bobot: 6,
    susun: (a, jk) => `${jk === "L" ? "I" : "Ni"} ${a.pilih(BALI_URUT)} ${lp(a, jk, BALI_L, BALI_P)}`,
  },
  { bobot: 6, susun: (a, jk) => `${lp(a, jk, PAPUA_L, PAPUA_P)} ${a.pilih(PAPUA_AKHIR)}` },
  { bobot: 6, susun: (a, jk) => `${lp(a, jk, ACEH_L, ACEH_P)} ${a.pilih(ACEH_AKHIR)}` },
];

export function namaAcak(a: Acak, jk: JenisKelamin): string {
  const pola = a.berbobot(POLA.map((p) => [p, p.bobot] as const));
  return pola.susun(a, jk);
}

/** `siti.nuraini` from "Siti Nur'aini" — for demo email addresses. */
export function slugNama(nama: string): string {
  return nama
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .split(/\s+/)
    .filter((k, i, semua) => !(i === 0 && semua.length > 2 && (k === "i" || k === "ni")))
    .filter((_, i, semua) => i === 0 || i === semua.length - 1)
    .join(".");
}
