/** The item bank's background job: the design guard of a version. */
import type {} from "@fastify/multipart";
import { periksaDesainFormulir } from "@nurani/domain";
import type { JobHandler } from "../../jobs/queue.ts";
import { JOB_DESAIN } from "./bersama.ts";
import { type LaporanDesain, muatBank, OPSI_GUARD, sidikIsi } from "./kueri.ts";
import { keinginanSosialDesain } from "./panel.ts";

export const jobs: Record<string, JobHandler> = {
  [JOB_DESAIN]: async (job, ctx) => {
    const { versiId } = job.muatan as { versiId?: string };
    if (!versiId) throw new Error("muatan job penjaga desain tidak lengkap");
    const v = await ctx.db
      .selectFrom("bank_butir_versi")
      .select(["id", "versi", "status"])
      .where("id", "=", versiId)
      .executeTakeFirst();
    if (!v) throw new Error(`versi bank butir ${versiId} tidak ada`);
    const bank = await muatBank(ctx.db, v);
    const sidik = sidikIsi(bank);
    // desirability of the latest finished expert panel where it rated the statement (docs/panel-ahli.md)
    const pernyataanDesain = await keinginanSosialDesain(ctx.db, bank.pernyataan);
    const mulai = performance.now();
    const total = bank.formulir.length;
    await ctx.progres(0, total);
    const formulir: LaporanDesain["formulir"] = [];
    for (const [i, f] of bank.formulir.entries()) {
      // let the event loop breathe between forms (each simulation takes ~0.2–1 s)
      await new Promise((r) => setImmediate(r));
      if (ctx.signal.aborted) throw new Error("pekerja berhenti");
      try {
        formulir.push(periksaDesainFormulir(f, pernyataanDesain, OPSI_GUARD));
      } catch (e) {
        formulir.push({
          formulir: f.id,
          layakTerbit: false,
          reliabilitas: {} as never,
          reliabilitasFaktor: {} as never,
          biasKorelasiRataRata: Number.NaN,
          biasKorelasiMaks: Number.NaN,
          pembalikanTanda: 0,
          alasan: [
            `Formulir tidak dapat disimulasikan: ${(e as Error).message}. Perbaiki galat lint-nya dulu.`,
          ],
          parameter: "acuan sementara",
        });
      }
      await ctx.progres(i + 1, total);
    }
    const laporan: LaporanDesain = {
      dihitung: new Date().toISOString(),
      ...OPSI_GUARD,
      durasiMs: Math.round(performance.now() - mulai),
      formulir,
    };
    await ctx.db
      .updateTable("bank_butir_versi")
      .set({ laporan_desain: JSON.stringify(laporan), sidik_desain: sidik })
      .where("id", "=", v.id)
      .where("status", "<>", "terbit")
      .where("job_desain_id", "=", job.id)
      .execute();
    return {
      versi: v.versi,
      durasiMs: laporan.durasiMs,
      layak: formulir.filter((f) => f.layakTerbit).map((f) => f.formulir),
      tidakLayak: formulir.filter((f) => !f.layakTerbit).map((f) => f.formulir),
    };
  },
};
