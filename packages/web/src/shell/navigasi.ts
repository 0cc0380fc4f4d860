import type { Peran } from "../api/types.ts";
import { NAVIGASI_FITUR } from "../fitur-navigasi.ts";

/** Roles that may manage security settings such as TOTP (optional TOTP for admin roles: docs/server.md "Login protection"). */
export const PERAN_ADMIN: readonly Peran[] = ["admin_instansi", "evaluator_nasional"];

/** Who may open each page: the same role lists as the routes in docs/api.md. */
export const PERAN_PEGAWAI: readonly Peran[] = ["admin_instansi", "ppk", "tim_supervisi", "pimpinan", "apip"];
export const PERAN_AUDIT: readonly Peran[] = ["admin_instansi", "apip"];

export interface ItemNavigasi {
  path: string;
  label: string;
  /** `null` = any member of the instansi. */
  peran: readonly Peran[] | null;
  /** About the user's own employee record (own results, mentoring): only for a user who is an employee there. */
  khususPegawai?: boolean;
  /** i18n key of the one-line description on the home page (default `beranda.keterangan.<path>`). */
  keterangan?: string;
}

/** The i18n key describing a navigation item on the home page. */
export const kunciKeterangan = (n: ItemNavigasi) => n.keterangan ?? `beranda.keterangan.${n.path.slice(1)}`;

export const NAVIGASI: readonly ItemNavigasi[] = [
  { path: "/", label: "nav.beranda", peran: null },
  { path: "/unit", label: "nav.unit", peran: null },
  { path: "/pegawai", label: "nav.pegawai", peran: PERAN_PEGAWAI },
  { path: "/impor", label: "nav.impor", peran: ["admin_instansi"] },
  { path: "/audit", label: "nav.audit", peran: PERAN_AUDIT },
  { path: "/pengguna", label: "nav.pengguna", peran: ["admin_instansi"] },
  ...NAVIGASI_FITUR,
  { path: "/akun", label: "nav.akun", peran: null },
];

/** What the user may open in an instansi: by role, and pages about oneself only with an employee record there. */
export function navigasiUntuk(di: { peran: readonly Peran[]; pegawai: boolean }): ItemNavigasi[] {
  return NAVIGASI.filter(
    (n) =>
      (n.peran === null || n.peran.some((p) => di.peran.includes(p))) && (!n.khususPegawai || di.pegawai),
  );
}

/** The navigation item of a page that needs an employee record the user does not have here, if any. */
export function halamanKhususPegawai(path: string, di: { pegawai: boolean }): ItemNavigasi | null {
  if (di.pegawai) return null;
  return NAVIGASI.find((n) => n.khususPegawai && (path === n.path || path.startsWith(`${n.path}/`))) ?? null;
}

/** The navigation item a path belongs to (`/pegawai/123` → `/pegawai`). */
export function itemAktif(path: string): string {
  if (path === "/") return "/";
  const seg = `/${path.split("/")[1]}`;
  return NAVIGASI.some((n) => n.path === seg) ? seg : "";
}
