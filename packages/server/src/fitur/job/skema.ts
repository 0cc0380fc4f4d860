import { z } from "zod";

export const ParamJobInstansi = z.strictObject({ instansiId: z.uuid(), id: z.uuid() });
export const ParamJobNasional = z.strictObject({ id: z.uuid() });

export const SkemaJobBatal = z.object({
  id: z.uuid(),
  jenis: z.string(),
  status: z.literal("dibatalkan"),
  progres: z.object({ selesai: z.number(), total: z.number().nullable() }),
});
