/**
 * Who may cancel which job (docs/server.md "Jobs survive a crash": an operator can
 * cancel a job from the UI). A job kind not listed here cannot be cancelled
 * by hand: the daily reminders and notification mail are the system's own;
 * the employee import keeps its own state beside its jobs (validating,
 * writing), which a cancelled job would leave behind, so an import is
 * abandoned by starting a new one (docs/import.md).
 */
import type { Peran } from "@nurani/domain";

/** Agency jobs (`job.instansi_id` set): the roles that start them. */
export const PERAN_BATAL_INSTANSI: Readonly<Record<string, readonly Peran[]>> = {
  "asesmen.skor": ["tim_supervisi", "admin_instansi"],
  "asesmen.undangan": ["tim_supervisi", "admin_instansi"],
  "nontes.koreksi": ["tim_supervisi"],
};

/** National jobs (no agency): the national evaluator's recalibration and form design. */
export const PERAN_BATAL_NASIONAL: Readonly<Record<string, readonly Peran[]>> = {
  "asesmen.kalibrasi": ["evaluator_nasional"],
  "bank-butir.desain": ["evaluator_nasional"],
};

/** Every role that may cancel some agency job (the route's `akses`; the kind narrows it). */
export const PERAN_BATAL_SEMUA = [...new Set(Object.values(PERAN_BATAL_INSTANSI).flat())] as Peran[];
