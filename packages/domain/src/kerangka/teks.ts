/** A text in Bahasa Indonesia (authoritative) with its English rendering. */
export interface Teks {
  id: string;
  en: string;
}
