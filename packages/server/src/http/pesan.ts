/** Languages of the API's messages: Bahasa Indonesia first, English second. */
export type Bahasa = "id" | "en";

export interface Teks {
  id: string;
  en: string;
}

/** Messages of the platform's error codes. Features may pass their own `Teks` to `GalatApi`. */
export const PESAN: Record<string, Teks> = {
  VALIDASI: { id: "Data yang dikirim tidak valid.", en: "The data sent is not valid." },
  JSON_RUSAK: { id: "Isi permintaan bukan JSON yang sah.", en: "The request body is not valid JSON." },
  BODY_TERLALU_BESAR: {
    id: "Isi permintaan terlalu besar (maksimum {maks}).",
    en: "The request body is too large (maximum {maks}).",
  },
  TIPE_KONTEN: {
    id: "Jenis isi permintaan tidak didukung.",
    en: "The request content type is not supported.",
  },
  PERMINTAAN_TIDAK_VALID: { id: "Permintaan tidak valid.", en: "Invalid request." },
  TIDAK_DITEMUKAN: { id: "Data tidak ditemukan.", en: "Not found." },
  BELUM_LOGIN: {
    id: "Silakan masuk terlebih dahulu (sesi tidak ada atau sudah berakhir).",
    en: "Please log in first (no session, or it has ended).",
  },
  CSRF: {
    id: "Token keamanan (CSRF) tidak ada atau salah. Muat ulang halaman.",
    en: "Security token (CSRF) missing or wrong. Reload the page.",
  },
  AKSES_DITOLAK: { id: "Anda tidak berwenang melakukan ini.", en: "You are not allowed to do this." },
  HARUS_GANTI_PASSWORD: {
    id: "Anda harus mengganti kata sandi sebelum melanjutkan.",
    en: "You must change your password before continuing.",
  },
  LOGIN_GAGAL: { id: "Nama pengguna atau kata sandi salah.", en: "Wrong username or password." },
  AKUN_TERKUNCI: {
    id: "Akun terkunci sementara karena terlalu banyak percobaan gagal untuk nama pengguna ini. Coba lagi setelah {menit} menit.",
    en: "Account temporarily locked after too many failed attempts for this username. Try again in {menit} minutes.",
  },
  TERLALU_BANYAK: {
    id: "Terlalu banyak percobaan masuk yang gagal dari alamat ini. Coba lagi nanti.",
    en: "Too many failed login attempts from this address. Try again later.",
  },
  TOTP_DIPERLUKAN: {
    id: "Masukkan kode autentikasi dua langkah (TOTP).",
    en: "Enter your two-step authentication code (TOTP).",
  },
  TOTP_SALAH: { id: "Kode autentikasi dua langkah salah.", en: "Wrong two-step authentication code." },
  TOTP_BELUM_DISIAPKAN: {
    id: "Siapkan TOTP terlebih dahulu.",
    en: "Set up TOTP first.",
  },
  PASSWORD_LAMA_SALAH: { id: "Kata sandi lama salah.", en: "The old password is wrong." },
  PASSWORD_LEMAH: {
    id: "Kata sandi baru tidak memenuhi kebijakan kata sandi.",
    en: "The new password does not meet the password policy.",
  },
  PASSWORD_SAMA: {
    id: "Kata sandi baru harus berbeda dari yang lama.",
    en: "The new password must differ from the old one.",
  },
  SSO_TIDAK_AKTIF: {
    id: "Login SSO tidak dikonfigurasi di server ini.",
    en: "SSO login is not configured on this server.",
  },
  SSO_GAGAL: { id: "Login SSO gagal. Coba lagi.", en: "SSO login failed. Try again." },
  SSO_TIDAK_DIKENAL: {
    id: "Akun SSO ini belum terdaftar sebagai pengguna Nurani.",
    en: "This SSO account is not registered as a Nurani user.",
  },
  KONFLIK: { id: "Data bertentangan dengan data yang sudah ada.", en: "Conflicts with existing data." },
  TIDAK_SIAP: { id: "Layanan belum siap.", en: "Service not ready." },
  GALAT_INTERNAL: {
    id: "Terjadi kesalahan pada server. Laporkan kode permintaan {requestId}.",
    en: "Server error. Please report request id {requestId}.",
  },
};

/** Language of a request from `Accept-Language`: English only when preferred over Indonesian. */
export function bahasaDari(acceptLanguage: string | undefined): Bahasa {
  if (!acceptLanguage) return "id";
  const tags = acceptLanguage
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const qv = q ? Number(q.slice(2)) : 1;
      return { tag: tag.split("-")[0], q: Number.isFinite(qv) ? qv : 0, i };
    })
    .filter((t) => t.q > 0 && (t.tag === "id" || t.tag === "en" || t.tag === "in"))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return tags[0]?.tag === "en" ? "en" : "id";
}

export function isi(teks: Teks, bahasa: Bahasa, param: Record<string, string | number> = {}): string {
  return teks[bahasa].replace(/\{(\w+)\}/g, (m, k: string) => (k in param ? String(param[k]) : m));
}
