/**
 * Spreadsheet formula injection defence (OWASP "CSV Injection"): a cell whose
 * text starts with = + - @ (or a tab / carriage return, which some programs
 * skip before looking) is prefixed with a single quote so Excel and
 * LibreOffice show it as text instead of evaluating it.
 */
export function amankanSel(teks: string): string {
  return /^[=+\-@\t\r]/.test(teks) ? `'${teks}` : teks;
}

/** One CSV field (RFC 4180 quoting), after the injection defence. */
export function selCsv(teks: string): string {
  const aman = amankanSel(teks);
  return /[",\r\n;]/.test(aman) ? `"${aman.replaceAll('"', '""')}"` : aman;
}
