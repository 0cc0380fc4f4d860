import { notifications } from "@mantine/notifications";
import i18n from "../i18n/index.ts";

/** A toast whose close button has an accessible name in the current language. */
function tampilkan(color: string, message: string, title?: string) {
  notifications.show({ color, title, message, closeButtonProps: { "aria-label": i18n.t("umum.tutup") } });
}

export const beritahuBerhasil = (message: string) => tampilkan("teal.9", message);
export const beritahuGagal = (title: string, message: string) => tampilkan("red.9", message, title);
