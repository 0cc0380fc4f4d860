import { describe, expect, it } from "vitest";
import { aktifkanKampanye, buatKampanye } from "../src/fitur/asesmen/kampanye.ts";
import { buatTokenPeserta } from "../src/fitur/asesmen/peserta.ts";
import { hashToken, normalkanToken } from "../src/fitur/asesmen/token.ts";
import { nipUji, TEST_DATABASE_URL } from "./support/index.ts";
import { type Anak, BIN_NURANI, dataBersama, envServer, jalankanAnak } from "./support/proses.ts";

/**
 * docs/server.md: a stream of answer saves against a real server process,
 * which is killed with SIGKILL mid-stream and started again on the same data
 * (PGlite: the same data dir; PostgreSQL: the same database). Every save the
 * server acknowledged is there after the restart, each block once.
 */
const PESERTA = 4;
const jenisList = TEST_DATABASE_URL ? (["pglite", "postgres"] as const) : (["pglite"] as const);
if (!TEST_DATABASE_URL)
  console.log("SKIPPED: PostgreSQL suite (TEST_DATABASE_URL not set) — answer saves after kill -9");

interface Simpan {
  blok: string;
  palingSesuai: string;
  palingTidakSesuai: string;
  urutanKlien: number;
}

async function mulaiServer(env: NodeJS.ProcessEnv): Promise<{ anak: Anak; url: string }> {
  const anak = jalankanAnak([BIN_NURANI, "serve"], env);
  const m = await anak.tunggu(/Nurani berjalan di (http:\/\/\S+)/);
  return { anak, url: m[1] };
}

const post = (url: string, token: string, body: unknown) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-token-ujian": token },
    body: JSON.stringify(body),
  });

for (const jenis of jenisList) {
  describe(`asesmen: acknowledged answer saves survive the server's kill -9 [${jenis}]`, () => {
    it("every acknowledged save is stored after a restart, none twice", async () => {
      const d = await dataBersama(jenis);
      let anak: Anak | null = null;
      try {
        const b = await d.buka();
        const { id: instansiId } = await b.db
          .insertInto("instansi")
          .values({ kode: "MATI", nama: "Instansi Uji Mati", jenis: "kementerian" })
          .returning("id")
          .executeTakeFirstOrThrow();
        await b.db
          .insertInto("pegawai")
          .values(
            Array.from({ length: PESERTA }, (_, i) => ({
              instansi_id: instansiId,
              nip: nipUji(),
              nama: `Peserta ${i}`,
              jenis_kelamin: "L" as const,
              tanggal_lahir: "1985-03-12",
              tmt_cpns: "2010-01-01",
            })),
          )
          .execute();
        const kampanyeId = await buatKampanye(
          b.db,
          instansiId,
          {
            nama: "Uji mati",
            tujuan: "awal",
            formulirId: "NAS-1-A",
            populasi: { jenis: "semua" },
            dibuka: new Date(Date.now() - 3600_000),
            ditutup: new Date(Date.now() + 86_400_000),
            batasMenit: null,
            teksPersetujuan: null,
          },
          null,
        );
        await aktifkanKampanye(b.db, instansiId, kampanyeId);
        const token = (await buatTokenPeserta(b.db, instansiId, kampanyeId, { sasaran: "tanpa_email" })).map(
          (x) => x.token,
        );
        await b.tutup();

        const env = envServer(d, { NURANI_WORKERS: "0" });
        let s = await mulaiServer(env);
        anak = s.anak;
        const blok: { id: string; pernyataan: { id: string }[] }[][] = [];
        for (const tok of token) {
          const r = await post(`${s.url}/api/ujian/mulai`, tok, { setuju: true });
          expect(r.status).toBe(200);
          blok.push(((await r.json()) as { blok: { id: string; pernyataan: { id: string }[] }[] }).blok);
        }

        // each taker answers its blocks in turn and changes earlier answers, counter rising
        const diakui = new Map<string, Simpan>(); // `${taker}|${blok}` → last acknowledged save
        const dikirim = new Map<string, Simpan[]>(); // every save sent, acknowledged or not
        let jumlahDiakui = 0;
        let mati = false;
        const urutan = token.map(() => 0);
        const kirimSatu = async (url: string, p: number, n: number): Promise<boolean> => {
          const bs = blok[p];
          const b0 = bs[n % bs.length];
          const ids = b0.pernyataan.map((x) => x.id);
          const simpan: Simpan = {
            blok: b0.id,
            palingSesuai: ids[n % ids.length],
            palingTidakSesuai: ids[(n + 1 + (Math.floor(n / bs.length) % (ids.length - 1))) % ids.length],
            urutanKlien: ++urutan[p],
          };
          if (simpan.palingSesuai === simpan.palingTidakSesuai)
            simpan.palingTidakSesuai = ids[(n + 2) % ids.length];
          const k = `${p}|${b0.id}`;
          dikirim.set(k, [...(dikirim.get(k) ?? []), simpan]);
          try {
            const r = await post(`${url}/api/ujian/jawaban`, token[p], { ...simpan, detik: 3, perubahan: 0 });
            if (r.status !== 200) throw new Error(`simpan ${r.status}: ${await r.text()}`);
            diakui.set(k, simpan);
            jumlahDiakui++;
            return true;
          } catch (e) {
            if (!mati) throw e;
            return false; // in flight when the server died: not acknowledged
          }
        };
        const aliran = (url: string, mulaiKe: number, sampai: () => boolean) =>
          Promise.all(
            token.map(async (_, p) => {
              for (let n = mulaiKe; !sampai(); n++) if (!(await kirimSatu(url, p, n))) return;
            }),
          );
        const pertama = aliran(s.url, 0, () => mati);
        while (jumlahDiakui < 150) await new Promise((r) => setTimeout(r, 5));
        mati = true;
        await anak.bunuh(); // kill -9 with saves in flight
        await pertama;
        const sebelumRestart = jumlahDiakui;

        s = await mulaiServer(env);
        anak = s.anak;
        mati = false;
        // the stream goes on against the restarted server
        await aliran(s.url, 1000, () => jumlahDiakui >= sebelumRestart + 60);
        const berhenti = anak.selesai;
        anak.p.kill("SIGTERM");
        await berhenti;
        anak = null;

        const b2 = await d.buka();
        try {
          const rows = await b2.db
            .selectFrom("jawaban_asesmen as j")
            .innerJoin("peserta_asesmen as p", (x) =>
              x.onRef("p.instansi_id", "=", "j.instansi_id").onRef("p.id", "=", "j.peserta_id"),
            )
            .select([
              "p.token_hash",
              "j.peserta_id",
              "j.blok",
              "j.paling_sesuai",
              "j.paling_tidak_sesuai",
              "j.urutan_klien",
            ])
            .where("j.instansi_id", "=", instansiId)
            .execute();
          const hash = token.map((t) => hashToken(normalkanToken(t) as string));
          // each (participant, block) once
          const kunci = rows.map((r) => `${r.peserta_id}|${r.blok}`);
          expect(new Set(kunci).size).toBe(kunci.length);
          const tersimpan = new Map(rows.map((r) => [`${hash.indexOf(r.token_hash ?? "")}|${r.blok}`, r]));
          expect(rows.every((r) => hash.includes(r.token_hash ?? ""))).toBe(true);
          let diperiksa = 0;
          for (const [k, ack] of diakui) {
            const r = tersimpan.get(k);
            expect(r, `jawaban diakui hilang: ${k}`).toBeDefined();
            if (!r) continue;
            // the acknowledged save, or one sent after it (in flight at the kill), never an older one
            expect(r.urutan_klien).toBeGreaterThanOrEqual(ack.urutanKlien);
            const sama = (dikirim.get(k) ?? []).find((x) => x.urutanKlien === r.urutan_klien);
            expect(sama).toMatchObject({
              palingSesuai: r.paling_sesuai,
              palingTidakSesuai: r.paling_tidak_sesuai,
            });
            diperiksa++;
          }
          // nothing stored that was not sent
          expect(rows.length).toBe(new Set([...dikirim.keys()].filter((k) => tersimpan.has(k))).size);
          expect(diperiksa).toBeGreaterThan(0);
          expect(jumlahDiakui).toBeGreaterThanOrEqual(sebelumRestart + 60);
        } finally {
          await b2.tutup();
        }
      } finally {
        await anak?.bunuh();
        await d.hapus();
      }
    }, 300_000);
  });
}
