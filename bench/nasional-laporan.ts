/**
 * The national report (GET /api/nasional/laporan?format=xlsx|pdf), docs/nasional.md
 * target: XLSX < 60 s with the nation loaded (`npx nurani seed-nasional`).
 * Times each format three times through the real app in-process.
 *
 *   DATABASE_URL=postgres://… npx tsx bench/nasional-laporan.ts
 */
import { beban, siapkanEvaluator } from "./nasional-bantu.ts";

const s = await siapkanEvaluator();
console.log(`load average before: ${beban()}`);
for (const format of ["xlsx", "pdf"] as const) {
  const waktu: number[] = [];
  let ukuran = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = await s.app.inject({
      method: "GET",
      url: `/api/nasional/laporan?format=${format}`,
      headers: { cookie: s.cookie },
    });
    if (r.statusCode !== 200) throw new Error(`${format}: ${r.statusCode} ${r.body.slice(0, 300)}`);
    waktu.push(performance.now() - t0);
    ukuran = r.rawPayload.length;
  }
  console.log(
    `national report ${format}: ${waktu.map((w) => `${(w / 1000).toFixed(2)} s`).join(", ")} (${ukuran.toLocaleString("en")} bytes)`,
  );
}
console.log(`load average after: ${beban()}`);
await s.tutup();
