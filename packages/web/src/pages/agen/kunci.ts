import { kunci } from "../../api/hooks.ts";
import type { Jawaban } from "../../api/klien.ts";

/** Query keys of the area: everything under the agency's key, so switching agency clears them. */
export const kunciAgen = (instansiId: string) => [...kunci.instansi(instansiId), "agen"] as const;

export type Ringkasan = Jawaban<"/api/instansi/{instansiId}/agen/siklus/{siklusId}">;
