/** Dates and times for people: Indonesian or English conventions, in the agency's time zone. */
export function formatTanggal(iso: string | null | undefined, bahasa: string): string {
  if (!iso) return "—";
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(bahasa === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function formatWaktu(iso: string, bahasa: string, zonaWaktu = "Asia/Jakarta"): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(bahasa === "en" ? "en-GB" : "id-ID", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: zonaWaktu,
  });
}

export function formatAngka(n: number, bahasa: string): string {
  return n.toLocaleString(bahasa === "en" ? "en-GB" : "id-ID");
}
