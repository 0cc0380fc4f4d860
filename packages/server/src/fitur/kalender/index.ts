/**
 * My calendar (docs/data-saya.md): my activities for the month grid and as an
 * iCalendar export (RFC 5545, written here: ical.ts), and a subscribable feed
 * by a secret URL (rute-langganan.ts).
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteKalender } from "./rute-kalender.ts";
import { ruteFeed, ruteLangganan } from "./rute-langganan.ts";

export const fitur = defineFitur({ nama: "kalender", grup: [ruteKalender, ruteLangganan, ruteFeed] });

export { escapeTeks, lipat, tulisIcal } from "./ical.ts";
