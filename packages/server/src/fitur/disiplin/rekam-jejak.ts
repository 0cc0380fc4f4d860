/**
 * A discipline case feeds the employee's track record (non-test evidence,
 * docs/sinergi.md; PermenPANRB 60/2020 BAB II.E "disciplinary action"): one
 * entry per case (`asal` kasus_disiplin, `rujukan` the case id, so writing it
 * again keeps one), from the HR unit. The track record caps the non-test
 * levels (`nontes/rekam-jejak.ts`); it never touches the test result.
 */
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { catatEntriRekamJejak } from "../nontes/index.ts";

export interface KasusUntukRekamJejak {
  id: string;
  pegawaiId: string;
  tingkat: "ringan" | "sedang" | "berat";
  tanggalKeputusan: string;
  nomorSk: string;
}

export function rekamJejakDisiplin(
  db: Transaction<Database>,
  instansiId: string,
  k: KasusUntukRekamJejak,
  olehPenggunaId: string | null,
): Promise<string> {
  return catatEntriRekamJejak(
    db,
    instansiId,
    {
      pegawaiId: k.pegawaiId,
      rincian: { jenis: "sanksi_disiplin", tingkat: k.tingkat },
      sumber: "kepegawaian",
      tanggal: k.tanggalKeputusan,
      keterangan: `Hukuman disiplin tingkat ${k.tingkat} (SK ${k.nomorSk})`,
      asal: "kasus_disiplin",
      rujukan: k.id,
    },
    olehPenggunaId,
  );
}
