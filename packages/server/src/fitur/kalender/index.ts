/**
 * My calendar (issue 13 item 7): my activities for the month grid and as an
 * iCalendar export (RFC 5545, written here: ical.ts).
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteKalender } from "./rute-kalender.ts";

export const fitur = defineFitur({ nama: "kalender", grup: [ruteKalender] });

export { escapeTeks, lipat, tulisIcal } from "./ical.ts";
