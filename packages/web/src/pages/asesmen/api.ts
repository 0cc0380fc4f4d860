/** Types and calls of the assessment API (server `fitur/asesmen/routes.ts`, docs/asesmen.md). */
import { ApiError, api, apiHeaders } from "../../api/client.ts";

export type Tujuan = "awal" | "berkala" | "akhir";
export type StatusKampanye = "draf" | "aktif" | "dibatalkan";
export type KeadaanKampanye = "draf" | "dijadwalkan" | "berjalan" | "ditutup" | "dibatalkan";
export type StatusUndangan = "belum" | "terkirim" | "gagal" | "tanpa_email" | "token";

export type Populasi =
  | { jenis: "semua" }
  | { jenis: "unit"; unitIds: string[]; subUnit: boolean }
  | { jenis: "daftar"; pegawaiIds: string[] };

export interface Progres {
  peserta: number;
  diundang: number;
  mulai: number;
  selesai: number;
  undangan: Record<StatusUndangan, number>;
}

export interface Kampanye {
  id: string;
  nama: string;
  tujuan: Tujuan;
  formulirId: string;
  formulirNama: { id: string; en: string };
  bankVersi: string;
  jumlahBlok: number;
  populasi: Populasi;
  dibuka: string;
  ditutup: string;
  batasMenit: number | null;
  teksPersetujuan: string | null;
  /** A pilot ("uji coba"): calibration only, no individual result (docs/norma-batas.md). */
  ujiCoba: boolean;
  status: StatusKampanye;
  keadaan: KeadaanKampanye;
  hasilDirilis: string | null;
  dibuat: string;
  progres: Progres;
}

export interface FormulirTerbit {
  id: string;
  nama: { id: string; en: string };
  jenis: string;
  versi: string;
  bankVersi: string;
  jumlahBlok: number;
}

export interface Peserta {
  id: string;
  pegawaiId: string;
  nip: string;
  nama: string;
  unitNama: string | null;
  adaEmail: boolean;
  undangan: StatusUndangan;
  diundang: string | null;
  mulai: string | null;
  selesai: string | null;
  dijawab: number;
}

export interface StatusUndanganKampanye {
  smtp: boolean;
  job: {
    id: string;
    status: "antre" | "berjalan" | "selesai" | "gagal";
    progres: { selesai: number; total: number };
  } | null;
  undangan: Record<StatusUndangan, number>;
}

/** Answer of "Tambahkan peserta baru" (`POST …/kampanye/:id/peserta-baru`). */
export interface HasilPesertaBaru {
  ditambahkan: number;
  pesertaIds: string[];
  /** New participants whose way in is a printed token. */
  tanpaEmailIds: string[];
  undangan: StatusUndanganKampanye;
}

export interface TokenCetak {
  kampanye: { nama: string; dibuka: string; ditutup: string };
  items: { pesertaId: string; nip: string; nama: string; unitNama: string | null; token: string }[];
}

export type StatusPeserta =
  | "belum_dibuka"
  | "siap"
  | "berjalan"
  | "waktu_habis"
  | "ditutup"
  | "selesai"
  | "dibatalkan";

export interface JawabanTersimpan {
  blok: string;
  palingSesuai: string;
  palingTidakSesuai: string;
  urutanKlien: number;
  detik: number | null;
  perubahan: number;
}

export interface KeadaanUjian {
  pesertaId: string;
  kampanye: {
    id: string;
    nama: string;
    tujuan: Tujuan;
    dibuka: string;
    ditutup: string;
    batasMenit: number | null;
    teksPersetujuan: string | null;
    teksPersetujuanEn: string | null;
    ujiCoba: boolean;
  };
  status: StatusPeserta;
  sekarang: string;
  mulai: string | null;
  batas: string | null;
  selesai: string | null;
  persetujuan: string | null;
  jumlahBlok: number;
  blok: { id: string; pernyataan: { id: string; teks: string }[] }[];
  jawaban: JawabanTersimpan[];
}

export interface AsesmenSaya {
  pesertaId: string;
  kampanye: {
    id: string;
    nama: string;
    tujuan: Tujuan;
    dibuka: string;
    ditutup: string;
    batasMenit: number | null;
    status: StatusKampanye;
    ujiCoba: boolean;
  };
  mulai: string | null;
  batas: string | null;
  selesai: string | null;
  dijawab: number;
  jumlahBlok: number;
}

export interface JawabanKirim {
  blok: string;
  palingSesuai: string;
  palingTidakSesuai: string;
  urutanKlien: number;
  detik: number;
  perubahan: number;
}

/** How the test page talks to the server: by session (Asesmen saya) or by one-time token. */
export interface SaluranUjian {
  /** Key of the local answer queue (per participation). */
  kunci: string;
  baca(): Promise<KeadaanUjian>;
  /** `bahasa`: the language the consent text was shown in (kept as agreed). */
  mulai(setuju: boolean, bahasa: "id" | "en"): Promise<KeadaanUjian>;
  jawab(j: JawabanKirim): Promise<{ blok: string; urutanKlien: number; diterapkan: boolean }>;
  kirim(): Promise<KeadaanUjian>;
}

export function saluranSesi(instansiId: string, pesertaId: string): SaluranUjian {
  const dasar = `/api/instansi/${instansiId}/asesmen-saya/${pesertaId}`;
  return {
    kunci: `nurani.ujian.${pesertaId}`,
    baca: () => api(dasar),
    mulai: (setuju, bahasa) => api(`${dasar}/mulai`, { method: "POST", body: { setuju, bahasa } }),
    jawab: (j) => api(`${dasar}/jawaban`, { method: "POST", body: j }),
    kirim: () => api(`${dasar}/kirim`, { method: "POST", body: {} }),
  };
}

/** The token travels in a header, never in the API URL (server access logs keep URLs). */
export function saluranToken(token: string): SaluranUjian {
  const panggil = async <T>(path: string, method: "GET" | "POST", body?: unknown): Promise<T> => {
    const headers = apiHeaders(method, { "x-token-ujian": token });
    if (body !== undefined) headers.set("Content-Type", "application/json");
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "same-origin",
      });
    } catch {
      throw new ApiError(0, "JARINGAN", "");
    }
    const isi = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    if (!res.ok) {
      throw new ApiError(
        res.status,
        isi?.error?.code ?? `HTTP_${res.status}`,
        isi?.error?.message ?? res.statusText,
      );
    }
    return isi as T;
  };
  return {
    kunci: `nurani.ujian.t.${token.replace(/[^0-9A-Za-z]/g, "").toUpperCase()}`,
    baca: () => panggil("/api/ujian", "GET"),
    mulai: (setuju, bahasa) => panggil("/api/ujian/mulai", "POST", { setuju, bahasa }),
    jawab: (j) => panggil("/api/ujian/jawaban", "POST", j),
    kirim: () => panggil("/api/ujian/kirim", "POST", {}),
  };
}
