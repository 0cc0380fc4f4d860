/** Date and time as people of the chosen language read it. */
export function formatTanggalWaktu(iso: string, bahasa: string): string {
  return new Date(iso).toLocaleString(bahasa === "en" ? "en-GB" : "id-ID", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}

export const dua = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "—");
