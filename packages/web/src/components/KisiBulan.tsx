import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { navigate } from "../lib/router.ts";

export interface AcaraKisi {
  id: string;
  judul: string;
  /** `YYYY-MM-DD` of the first and last day (inclusive), in the agency's calendar. */
  dari: string;
  sampai: string;
  tautan: string;
  warna: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** Activities shown in a day's cell; the rest are counted (the list view has them all). */
const MAKS = 3;
const lama = (a: AcaraKisi) => Date.parse(a.sampai) - Date.parse(a.dari);

/** The days of `bulan` (`YYYY-MM`) in weeks from Monday, with the neighbouring months' days as null. */
export function mingguBulan(bulan: string): (string | null)[][] {
  const [y, m] = bulan.split("-").map(Number);
  const jumlah = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const awal = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const sel: (string | null)[] = [
    ...Array.from({ length: awal }, () => null),
    ...Array.from({ length: jumlah }, (_, i) => `${bulan}-${pad(i + 1)}`),
  ];
  while (sel.length % 7) sel.push(null);
  return Array.from({ length: sel.length / 7 }, (_, i) => sel.slice(i * 7, i * 7 + 7));
}

/** A month grid (a table: rows are weeks, columns the days Monday–Sunday), each day with its activities. */
export function KisiBulan({ bulan, acara, hariIni }: { bulan: string; acara: AcaraKisi[]; hariIni: string }) {
  const { t, i18n } = useTranslation();
  const namaHari = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "id-ID", {
      weekday: "short",
      timeZone: "UTC",
    }).format(
      new Date(Date.UTC(2024, 0, 1 + i)), // 1 Jan 2024 was a Monday
    ),
  );
  const minggu = mingguBulan(bulan);
  return (
    <div className="tabel-gulir">
      <table
        aria-label={t("kalender.kisiLabel")}
        style={{ width: "100%", minWidth: 560, borderCollapse: "collapse", tableLayout: "fixed" }}
      >
        <thead>
          <tr>
            {namaHari.map((h) => (
              <th key={h} scope="col" style={{ padding: 4, fontSize: 13, textAlign: "left" }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {minggu.map((w) => (
            <tr key={w.find(Boolean) ?? ""}>
              {w.map((hari, i) => {
                const hariIniKah = hari === hariIni;
                // the shortest first (a day's own activity before one running for months), at most MAKS
                const isi = hari
                  ? acara
                      .filter((a) => a.dari <= hari && hari <= a.sampai)
                      .sort((a, b) => lama(a) - lama(b) || a.judul.localeCompare(b.judul))
                  : [];
                return (
                  <td
                    // biome-ignore lint/suspicious/noArrayIndexKey: a week has 7 fixed positions
                    key={i}
                    data-hari={hari ?? undefined}
                    aria-current={hariIniKah ? "date" : undefined}
                    style={{
                      border: "1px solid var(--mantine-color-gray-3)",
                      verticalAlign: "top",
                      height: 88,
                      padding: 4,
                      background: hari
                        ? hariIniKah
                          ? "var(--mantine-color-blue-0)"
                          : undefined
                        : "var(--mantine-color-gray-0)",
                    }}
                  >
                    {hari && (
                      <>
                        <Text size="xs" fw={hariIniKah ? 700 : 500} c="gray.8">
                          {Number(hari.slice(8))}
                        </Text>
                        {isi.slice(0, MAKS).map((a) => (
                          <Anchor
                            key={a.id}
                            href={a.tautan}
                            size="xs"
                            display="block"
                            c={`${a.warna}.9`}
                            lineClamp={2}
                            onClick={(e) => {
                              e.preventDefault();
                              navigate(a.tautan);
                            }}
                          >
                            {a.judul}
                          </Anchor>
                        ))}
                        {isi.length > MAKS && (
                          <Text size="xs" c="gray.7">
                            {t("kalender.lainnya", { n: isi.length - MAKS })}
                          </Text>
                        )}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
