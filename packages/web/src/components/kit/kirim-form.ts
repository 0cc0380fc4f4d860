import type { UseFormReturnType } from "@mantine/form";
import { type FormEvent, useState } from "react";
import { ApiError } from "../../api/client.ts";

/** The write a form makes, and what follows it (notify, refresh lists, close). */
export interface KirimForm<V, H> {
  /** The request; its failure is shown with the form, which keeps what the user typed. */
  kirim: (nilai: V) => Promise<H>;
  onBerhasil?: (hasil: H, nilai: V) => unknown;
}

/** Puts the server's `VALIDASI` details on the fields of the same name (the body's paths). */
function galatKeBidang<V>(form: UseFormReturnType<V>, e: unknown): void {
  if (!(e instanceof ApiError) || e.code !== "VALIDASI" || !Array.isArray(e.details)) return;
  for (const d of e.details as { lokasi?: string; path?: string; pesan?: string }[]) {
    if (d.lokasi === "body" && d.path && d.pesan) form.setFieldError(d.path, d.pesan);
  }
}

/** Submit handling shared by the kit's forms: validate, send once, show progress and the server's refusal. */
export function useKirimForm<V, H>(form: UseFormReturnType<V>, { kirim, onBerhasil }: KirimForm<V, H>) {
  const [sedang, setSedang] = useState(false);
  const [galat, setGalat] = useState<unknown>(null);
  const onSubmit = form.onSubmit(async (nilai) => {
    if (sedang) return;
    setSedang(true);
    setGalat(null);
    try {
      const hasil = await kirim(nilai as V);
      await onBerhasil?.(hasil, nilai as V);
    } catch (e) {
      setGalat(e);
      galatKeBidang(form, e);
    } finally {
      setSedang(false);
    }
  }) as (e?: FormEvent<HTMLFormElement>) => void;
  return { onSubmit, sedang, galat, hapusGalat: () => setGalat(null) };
}
