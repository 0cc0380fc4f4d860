import { DateInput, type DateInputProps } from "@mantine/dates";
import "dayjs/locale/id";
import { useTranslation } from "react-i18next";
import { useWaktu } from "../lib/waktu.ts";

/**
 * Date and date-time inputs shown day first (dd/mm/yyyy, as Indonesians write
 * dates) whatever the browser's language, with a calendar to pick from; a
 * native `<input type="date">` follows the browser instead (mm/dd/yyyy in
 * an English browser). Values are the same strings the native inputs gave:
 * `YYYY-MM-DD` for a day, an ISO instant for a date-time (read and shown in
 * the agency's zone). Typing `dd/mm/yyyy` or `yyyy-mm-dd` both work.
 */

type Dasar = Omit<
  DateInputProps,
  "value" | "defaultValue" | "onChange" | "valueFormat" | "dateParser" | "withTime"
>;

/** `dd/mm/yyyy [hh:mm]` or `yyyy-mm-dd[ hh:mm]` → `YYYY-MM-DD[ HH:mm:00]`, or null while incomplete or impossible. */
export function bacaTanggalKetik(teks: string, denganJam = false): string | null {
  const t = teks.trim();
  const jam = denganJam ? String.raw`(?:[ T,]+(\d{1,2})[:.](\d{2}))` : "";
  const dmy = t.match(new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${jam}$`));
  const ymd = t.match(new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${jam}(?::\d{2})?$`));
  const m = dmy ?? ymd;
  if (!m) return null;
  const [hari, bulan, tahun] = dmy ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const [j, mnt] = denganJam ? [Number(m[4]), Number(m[5])] : [0, 0];
  const d = new Date(Date.UTC(Number(tahun), Number(bulan) - 1, Number(hari)));
  if (d.getUTCDate() !== Number(hari) || d.getUTCMonth() !== Number(bulan) - 1 || j > 23 || mnt > 59)
    return null;
  const dua = (x: number | string) => String(x).padStart(2, "0");
  const tanggal = `${tahun}-${dua(bulan)}-${dua(hari)}`;
  return denganJam ? `${tanggal} ${dua(j)}:${dua(mnt)}:00` : tanggal;
}

/** A calendar day: `value`/`onChange` as `YYYY-MM-DD` ("" when empty). */
export function InputTanggal({
  value,
  onChange,
  ...props
}: Dasar & { value: string; onChange: (tanggal: string) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={(teks) => bacaTanggalKetik(teks)}
      placeholder={t("umum.formatTanggal")}
      locale={i18n.language}
      clearable={!props.required && !props.disabled}
      clearButtonProps={{ "aria-label": t("umum.kosongkan") }}
      {...props}
      value={value || null}
      onChange={(v) => onChange(v ?? "")}
    />
  );
}

/** An instant typed or picked as the agency's wall-clock time: `value`/`onChange` as ISO ("" when empty). */
export function InputWaktu({
  value,
  onChange,
  description,
  ...props
}: Dasar & { value: string; onChange: (iso: string) => void }) {
  const { t, i18n } = useTranslation();
  const w = useWaktu();
  return (
    <DateInput
      withTime
      valueFormat="DD/MM/YYYY HH:mm"
      dateParser={(teks) => bacaTanggalKetik(teks, true)}
      placeholder={t("umum.formatWaktu")}
      locale={i18n.language}
      clearable={!props.required && !props.disabled}
      clearButtonProps={{ "aria-label": t("umum.kosongkan") }}
      description={description ?? t("umum.zonaWaktu", { zona: w.label })}
      {...props}
      value={value ? w.keInput(value) : null}
      onChange={(v) => onChange(v ? w.dariInput(v) : "")}
    />
  );
}
