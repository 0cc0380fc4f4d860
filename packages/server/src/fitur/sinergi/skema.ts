/** The synergy trend's response (docs/wbs.md "Synergy panel"). */
import { z } from "zod";

const P = z.number().nullable();

export const SkemaIndikatorTahun = z.object({
  tahun: z.number().int(),
  atestasi: z.object({ jumlah: z.number().int(), pegawai: z.number().int(), persen: P }),
  benturan: z.object({
    jumlah: z.number().int(),
    jatuhTempo: z.number().int(),
    tepatWaktu: z.number().int(),
    persenTepatWaktu: P,
  }),
  gratifikasi: z.object({ jumlah: z.number().int(), tepatWaktu: z.number().int(), persenTepatWaktu: P }),
  wbs: z.object({
    jumlah: z.number().int(),
    ditutup: z.number().int(),
    persenDitutup: P,
    medianHariSelesai: P,
  }),
  disiplin: z.object({ jumlah: z.number().int(), pegawai: z.number().int(), per100: P }),
  lhkasn: z.object({ wajib: z.number().int(), lapor: z.number().int(), persen: P }),
  zi: z.object({ diusulkan: z.number().int(), wbk: z.number().int(), wbbm: z.number().int() }),
  merit: z.object({ nilai: z.number(), kategori: z.string().nullable() }).nullable(),
});

export const SkemaTren = z.object({ k: z.number().int(), tahun: z.array(SkemaIndikatorTahun) });
