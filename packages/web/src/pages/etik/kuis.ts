/**
 * The quiz as the agency writes it in one text box: questions separated by an
 * empty line; a question's first line is the question, each following line a
 * choice, the right one marked with a leading `*`.
 */
export interface Soal {
  pertanyaan: string;
  pilihan: string[];
  kunci: number;
}

export function uraiKuis(teks: string): { soal: Soal[]; galat: string | null } {
  const blok = teks
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((b) => b.length > 0);
  const soal: Soal[] = [];
  for (const [i, b] of blok.entries()) {
    const [pertanyaan, ...baris] = b;
    const kunci = baris.findIndex((l) => l.startsWith("*"));
    if (baris.length < 2 || kunci < 0 || baris.filter((l) => l.startsWith("*")).length > 1)
      return {
        soal: [],
        galat: `Soal ${i + 1}: tulis minimal dua pilihan dan tandai tepat satu jawaban benar dengan *.`,
      };
    soal.push({ pertanyaan, pilihan: baris.map((l) => l.replace(/^\*\s*/, "")), kunci });
  }
  return { soal, galat: null };
}

export const tulisKuis = (soal: readonly Soal[]) =>
  soal
    .map((s) => [s.pertanyaan, ...s.pilihan.map((p, j) => (j === s.kunci ? `*${p}` : p))].join("\n"))
    .join("\n\n");
