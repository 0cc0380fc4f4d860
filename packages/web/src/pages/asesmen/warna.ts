/** Text colours dark enough on Mantine's light badge backgrounds (WCAG AA ≥ 4.5:1). */
export const TEKS_GELAP: Record<string, string> = {
  gray: "#343a40",
  green: "#1b5e20",
  blue: "#0b4a80",
  dark: "#1a1b1e",
  red: "#8b1a1a",
  orange: "#7a3800",
  yellow: "#5f4700",
};
