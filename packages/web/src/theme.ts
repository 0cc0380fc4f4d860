import { createTheme, type MantineColorsTuple } from "@mantine/core";

// A sober navy, close to the blue of Indonesian government portals; shades
// 6-9 keep white text above WCAG AA contrast.
const biruNegara: MantineColorsTuple = [
  "#eef3fb",
  "#dbe4f3",
  "#b3c6e6",
  "#89a6d9",
  "#668bce",
  "#507ac8",
  "#2f5ea8",
  "#244d8d",
  "#1c3d6e",
  "#132b50",
];

export const theme = createTheme({
  primaryColor: "biruNegara",
  primaryShade: 7,
  colors: { biruNegara },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
  headings: { fontWeight: "650" },
  defaultRadius: "sm",
  focusRing: "always",
  // Modals, drawers, menus and notifications appear without animation for
  // users who ask their system for reduced motion (WCAG 2.3.3); the browser
  // tests run that way too, so nothing is checked mid-fade.
  respectReducedMotion: true,
  components: {
    Button: { defaultProps: { radius: "sm" } },
    Table: { defaultProps: { verticalSpacing: "xs" } },
  },
});
