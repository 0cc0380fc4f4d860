/** Shapes of the forum's answers, its query key, and the hooks its screens share. */
import { useQuery } from "@tanstack/react-query";
import { api } from "../../../api/client.ts";
import { punya, useInstansi, useUrl } from "../bersama.tsx";

export interface Kategori {
  id: string;
  nama: string;
  deskripsi: string | null;
  aktif: boolean;
  jumlahUtas: number;
}
export interface Penulis {
  id: string;
  nama: string;
  username: string;
}
export interface UtasRingkas {
  id: string;
  kategoriId: string;
  judul: string;
  penulis: Penulis;
  terkunci: boolean;
  disembunyikan: boolean;
  jumlahBalasan: number;
  aktivitasTerakhir: string;
}
export interface Balasan {
  id: string;
  isi: string;
  html: string;
  penulis: Penulis;
  disembunyikan: boolean;
  dibuat: string;
}
export interface Utas extends UtasRingkas {
  isi: string;
  html: string;
  lampiran: { id: string; nama: string; jenisMime: string; ukuran: number }[];
  balasan: { items: Balasan[]; total: number; page: number; pageSize: number };
}
export interface Notifikasi {
  id: string;
  jenis: string;
  judul: string;
  tautan: string | null;
  dibaca: string | null;
  dibuat: string;
}

export const KUNCI = ["komunitas", "forum"] as const;
export const useModerator = () => punya(useInstansi().peran, "admin_instansi", "tim_supervisi");

export function useKategori() {
  const url = useUrl();
  return useQuery({
    queryKey: [...KUNCI, "kategori"],
    queryFn: () => api<Kategori[]>(url("/forum/kategori")),
  });
}
