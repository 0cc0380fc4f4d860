import type { Formulir } from "../tipe.ts";

// Dihasilkan oleh susun-cli.ts (benih 2026, percobaan 0). Jangan diubah manual:
// formulir yang sudah dipakai tidak boleh berubah; susun versi baru bila perlu.
export const FORMULIR_NASIONAL_V1: Formulir[] = [
  {
    id: "NAS-1-A",
    nama: {
      id: "Formulir Lengkap A",
      en: "Full form A",
    },
    jenis: "lengkap",
    versi: "1",
    blok: [
      {
        id: "N1-A01",
        pernyataan: ["KD4-08", "KM4-10", "KD1-09"],
      },
      {
        id: "N1-A02",
        pernyataan: ["KD1-08", "DN3-12", "KM1-09"],
      },
      {
        id: "N1-J01",
        pernyataan: ["KD2-10", "DN4-08", "DN2-12"],
      },
      {
        id: "N1-A03",
        pernyataan: ["KM3-09", "KM1-07", "DN4-10"],
      },
      {
        id: "N1-A04",
        pernyataan: ["DN1-10", "DN2-07", "KD4-10"],
      },
      {
        id: "N1-J02",
        pernyataan: ["KM1-12", "DN3-10", "KM2-09"],
      },
      {
        id: "N1-A05",
        pernyataan: ["KD3-09", "KM3-04", "KD4-11"],
      },
      {
        id: "N1-A06",
        pernyataan: ["KM3-11", "KD1-07", "DN1-08"],
      },
      {
        id: "N1-J03",
        pernyataan: ["DN1-05", "KM4-04", "KD1-01"],
      },
      {
        id: "N1-A07",
        pernyataan: ["KD2-03", "KD3-05", "DN4-03"],
      },
      {
        id: "N1-A08",
        pernyataan: ["KD3-07", "KM1-03", "KM3-01"],
      },
      {
        id: "N1-J04",
        pernyataan: ["DN3-01", "KM3-02", "KM4-01"],
      },
      {
        id: "N1-A09",
        pernyataan: ["KM2-01", "DN3-03", "DN2-01"],
      },
      {
        id: "N1-A10",
        pernyataan: ["KD4-06", "KD1-05", "KM1-01"],
      },
      {
        id: "N1-J05",
        pernyataan: ["KD3-08", "DN1-09", "KM1-04"],
      },
      {
        id: "N1-A11",
        pernyataan: ["DN1-02", "DN3-05", "KD1-03"],
      },
      {
        id: "N1-A12",
        pernyataan: ["KM2-02", "DN3-02", "KD3-02"],
      },
      {
        id: "N1-J06",
        pernyataan: ["KM4-12", "KM2-11", "KD2-07"],
      },
      {
        id: "N1-A13",
        pernyataan: ["KD4-03", "DN4-07", "KD2-02"],
      },
      {
        id: "N1-A14",
        pernyataan: ["KM4-08", "DN3-11", "DN1-07"],
      },
      {
        id: "N1-J07",
        pernyataan: ["DN4-09", "KM3-07", "DN3-09"],
      },
      {
        id: "N1-A15",
        pernyataan: ["KD2-04", "KM2-06", "DN4-11"],
      },
      {
        id: "N1-A16",
        pernyataan: ["DN2-02", "DN3-07", "KD2-08"],
      },
      {
        id: "N1-J08",
        pernyataan: ["KD4-04", "KM1-06", "KD1-12"],
      },
      {
        id: "N1-A17",
        pernyataan: ["KM4-06", "DN1-04", "KM3-08"],
      },
      {
        id: "N1-A18",
        pernyataan: ["DN2-04", "KD2-06", "KM1-11"],
      },
      {
        id: "N1-J09",
        pernyataan: ["DN2-06", "KM3-10", "KM2-03"],
      },
      {
        id: "N1-A19",
        pernyataan: ["KM2-08", "DN2-03", "KD3-01"],
      },
      {
        id: "N1-A20",
        pernyataan: ["KM4-11", "KD1-04", "KM2-05"],
      },
      {
        id: "N1-J10",
        pernyataan: ["KD3-06", "DN4-02", "KD1-11"],
      },
      {
        id: "N1-A21",
        pernyataan: ["KM4-03", "KD3-11", "DN1-03"],
      },
      {
        id: "N1-A22",
        pernyataan: ["DN4-04", "KM3-06", "DN2-11"],
      },
      {
        id: "N1-J11",
        pernyataan: ["KD4-12", "DN1-12", "KD2-11"],
      },
      {
        id: "N1-A23",
        pernyataan: ["KM2-07", "KD4-01", "KD2-01"],
      },
      {
        id: "N1-A24",
        pernyataan: ["KM1-05", "KM4-02", "DN4-01"],
      },
      {
        id: "N1-J12",
        pernyataan: ["DN2-08", "KD3-12", "KD4-05"],
      },
    ],
    jangkar: [
      "N1-J01",
      "N1-J02",
      "N1-J03",
      "N1-J04",
      "N1-J05",
      "N1-J06",
      "N1-J07",
      "N1-J08",
      "N1-J09",
      "N1-J10",
      "N1-J11",
      "N1-J12",
    ],
  },
  {
    id: "NAS-1-B",
    nama: {
      id: "Formulir Lengkap B",
      en: "Full form B",
    },
    jenis: "lengkap",
    versi: "1",
    blok: [
      {
        id: "N1-B01",
        pernyataan: ["KM3-12", "KD3-09", "DN2-10"],
      },
      {
        id: "N1-B02",
        pernyataan: ["KD4-08", "KM1-09", "KM3-09"],
      },
      {
        id: "N1-J01",
        pernyataan: ["KD2-10", "DN4-08", "DN2-12"],
      },
      {
        id: "N1-B03",
        pernyataan: ["DN4-12", "KD2-09", "DN2-09"],
      },
      {
        id: "N1-B04",
        pernyataan: ["DN3-08", "DN1-11", "KD4-10"],
      },
      {
        id: "N1-J02",
        pernyataan: ["KM1-12", "DN3-10", "KM2-09"],
      },
      {
        id: "N1-B05",
        pernyataan: ["KD3-10", "KD1-10", "KM2-10"],
      },
      {
        id: "N1-B06",
        pernyataan: ["KD1-09", "DN4-04", "KD2-08"],
      },
      {
        id: "N1-J03",
        pernyataan: ["DN1-05", "KM4-04", "KD1-01"],
      },
      {
        id: "N1-B07",
        pernyataan: ["KD4-09", "KM4-11", "KM2-05"],
      },
      {
        id: "N1-B08",
        pernyataan: ["KM1-10", "KM3-11", "DN1-03"],
      },
      {
        id: "N1-J04",
        pernyataan: ["DN3-01", "KM3-02", "KM4-01"],
      },
      {
        id: "N1-B09",
        pernyataan: ["KD3-03", "DN3-05", "KM1-05"],
      },
      {
        id: "N1-B10",
        pernyataan: ["KM4-05", "KD1-04", "DN4-05"],
      },
      {
        id: "N1-J05",
        pernyataan: ["KD3-08", "DN1-09", "KM1-04"],
      },
      {
        id: "N1-B11",
        pernyataan: ["KD3-07", "DN3-06", "KM3-05"],
      },
      {
        id: "N1-B12",
        pernyataan: ["KD2-03", "KD1-02", "DN1-01"],
      },
      {
        id: "N1-J06",
        pernyataan: ["KM4-12", "KM2-11", "KD2-07"],
      },
      {
        id: "N1-B13",
        pernyataan: ["DN3-02", "KD3-05", "DN4-03"],
      },
      {
        id: "N1-B14",
        pernyataan: ["KD1-05", "KM2-04", "KM1-02"],
      },
      {
        id: "N1-J07",
        pernyataan: ["DN4-09", "KM3-07", "DN3-09"],
      },
      {
        id: "N1-B15",
        pernyataan: ["KM4-09", "KM3-03", "DN4-06"],
      },
      {
        id: "N1-B16",
        pernyataan: ["DN2-11", "DN3-04", "KM2-12"],
      },
      {
        id: "N1-J08",
        pernyataan: ["KD4-04", "KM1-06", "KD1-12"],
      },
      {
        id: "N1-B17",
        pernyataan: ["KD4-07", "KD1-06", "DN4-11"],
      },
      {
        id: "N1-B18",
        pernyataan: ["KM4-08", "KM1-01", "DN1-07"],
      },
      {
        id: "N1-J09",
        pernyataan: ["DN2-06", "KM3-10", "KM2-03"],
      },
      {
        id: "N1-B19",
        pernyataan: ["KD2-05", "KM1-08", "DN2-05"],
      },
      {
        id: "N1-B20",
        pernyataan: ["KD4-11", "KD3-04", "KM4-07"],
      },
      {
        id: "N1-J10",
        pernyataan: ["KD3-06", "DN4-02", "KD1-11"],
      },
      {
        id: "N1-B21",
        pernyataan: ["KM2-06", "KM3-08", "DN2-02"],
      },
      {
        id: "N1-B22",
        pernyataan: ["DN1-06", "DN3-07", "KD2-12"],
      },
      {
        id: "N1-J11",
        pernyataan: ["KD4-12", "DN1-12", "KD2-11"],
      },
      {
        id: "N1-B23",
        pernyataan: ["KM2-08", "DN1-04", "KD4-02"],
      },
      {
        id: "N1-B24",
        pernyataan: ["KD2-02", "DN2-01", "KM4-03"],
      },
      {
        id: "N1-J12",
        pernyataan: ["DN2-08", "KD3-12", "KD4-05"],
      },
    ],
    jangkar: [
      "N1-J01",
      "N1-J02",
      "N1-J03",
      "N1-J04",
      "N1-J05",
      "N1-J06",
      "N1-J07",
      "N1-J08",
      "N1-J09",
      "N1-J10",
      "N1-J11",
      "N1-J12",
    ],
  },
  {
    id: "NAS-1-S",
    nama: {
      id: "Formulir Penyaringan",
      en: "Screening form",
    },
    jenis: "penyaringan",
    versi: "1",
    blok: [
      {
        id: "N1-J01",
        pernyataan: ["KD2-10", "DN4-08", "DN2-12"],
      },
      {
        id: "N1-J02",
        pernyataan: ["KM1-12", "DN3-10", "KM2-09"],
      },
      {
        id: "N1-J03",
        pernyataan: ["DN1-05", "KM4-04", "KD1-01"],
      },
      {
        id: "N1-J04",
        pernyataan: ["DN3-01", "KM3-02", "KM4-01"],
      },
      {
        id: "N1-J05",
        pernyataan: ["KD3-08", "DN1-09", "KM1-04"],
      },
      {
        id: "N1-J06",
        pernyataan: ["KM4-12", "KM2-11", "KD2-07"],
      },
      {
        id: "N1-J07",
        pernyataan: ["DN4-09", "KM3-07", "DN3-09"],
      },
      {
        id: "N1-J08",
        pernyataan: ["KD4-04", "KM1-06", "KD1-12"],
      },
      {
        id: "N1-J09",
        pernyataan: ["DN2-06", "KM3-10", "KM2-03"],
      },
      {
        id: "N1-J10",
        pernyataan: ["KD3-06", "DN4-02", "KD1-11"],
      },
      {
        id: "N1-J11",
        pernyataan: ["KD4-12", "DN1-12", "KD2-11"],
      },
      {
        id: "N1-J12",
        pernyataan: ["DN2-08", "KD3-12", "KD4-05"],
      },
      {
        id: "N1-S01",
        pernyataan: ["KD1-10", "DN2-11", "DN3-07"],
      },
      {
        id: "N1-S02",
        pernyataan: ["KM3-08", "KD2-06", "DN1-06"],
      },
      {
        id: "N1-S03",
        pernyataan: ["KM1-08", "KM4-02", "DN4-05"],
      },
      {
        id: "N1-S04",
        pernyataan: ["KM2-06", "KD4-06", "KD3-03"],
      },
    ],
    jangkar: [
      "N1-J01",
      "N1-J02",
      "N1-J03",
      "N1-J04",
      "N1-J05",
      "N1-J06",
      "N1-J07",
      "N1-J08",
      "N1-J09",
      "N1-J10",
      "N1-J11",
      "N1-J12",
    ],
  },
];
