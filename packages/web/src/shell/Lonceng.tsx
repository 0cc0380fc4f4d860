import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { useInstansi } from "../api/hooks.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { navigate } from "../lib/router.ts";

/** A notification as the server lists it (`GET /api/instansi/:id/notifikasi`, docs/server.md "Notifications"). */
export interface Notifikasi {
  id: string;
  jenis: string;
  judul: string;
  isi: string | null;
  tautan: string | null;
  dibaca: string | null;
  dibuat: string;
}

interface DaftarNotifikasi {
  items: Notifikasi[];
  total: number;
  belumDibaca: number;
}

const PER_HALAMAN = 10;
/** How often the unread count is asked for while the app is open. */
const SEGARKAN_MS = 60_000;

/** The bell in the header: the unread count, the latest messages, "mark all read". */
export function Lonceng({ instansiId }: { instansiId: string }) {
  const { t, i18n } = useTranslation();
  // times in the agency's zone, like the rest of the app
  const zonaWaktu = useInstansi(instansiId).data?.zonaWaktu;
  const qc = useQueryClient();
  const [buka, setBuka] = useState(false);
  const [halaman, setHalaman] = useState(1);
  const kunci = ["instansi", instansiId, "notifikasi", halaman] as const;
  const daftar = useQuery({
    queryKey: kunci,
    queryFn: () =>
      api<DaftarNotifikasi>(`/api/instansi/${instansiId}/notifikasi?page=${halaman}&pageSize=${PER_HALAMAN}`),
    refetchInterval: SEGARKAN_MS,
  });
  const baca = useMutation({
    mutationFn: (body: { ids?: string[]; semua?: boolean }) =>
      api(`/api/instansi/${instansiId}/notifikasi/baca`, { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["instansi", instansiId, "notifikasi"] }),
  });
  const belum = daftar.data?.belumDibaca ?? 0;
  const waktu = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "id-ID", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: zonaWaktu,
  });
  const label = belum > 0 ? t("lonceng.labelBelum", { n: belum }) : t("lonceng.label");

  return (
    <Popover opened={buka} onChange={setBuka} position="bottom-end" width={360} shadow="md" withinPortal>
      {/* the Popover's target is the button itself: its ARIA state belongs on a button, not the badge */}
      <Indicator label={belum > 99 ? "99+" : belum} size={18} color="red" disabled={belum === 0} offset={4}>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="white"
            size="lg"
            aria-label={label}
            aria-haspopup="dialog"
            aria-expanded={buka}
            onClick={() => setBuka((b) => !b)}
          >
            <svg
              width="22"
              height="22"
              viewBox="0 0 24 24"
              aria-hidden="true"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown role="dialog" aria-label={t("lonceng.judul")}>
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600}>{t("lonceng.judul")}</Text>
            <Button
              size="compact-sm"
              variant="subtle"
              disabled={belum === 0}
              loading={baca.isPending}
              onClick={() => baca.mutate({ semua: true })}
            >
              {t("lonceng.bacaSemua")}
            </Button>
          </Group>
          <ErrorAlert error={daftar.error ?? baca.error} />
          {daftar.data && daftar.data.items.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("lonceng.kosong")}
            </Text>
          )}
          <ScrollArea.Autosize mah={360} type="auto">
            <Stack gap={4} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
              {daftar.data?.items.map((n) => (
                <Box
                  component="li"
                  key={n.id}
                  p="xs"
                  bg={n.dibaca ? undefined : "biruNegara.0"}
                  style={{ borderRadius: 4, overflowWrap: "anywhere" }}
                >
                  <Text size="sm" fw={n.dibaca ? 400 : 600}>
                    {n.tautan ? (
                      <Anchor
                        href={n.tautan}
                        onClick={(e) => {
                          e.preventDefault();
                          if (!n.dibaca) baca.mutate({ ids: [n.id] });
                          setBuka(false);
                          navigate(n.tautan as string);
                        }}
                      >
                        {n.judul}
                      </Anchor>
                    ) : (
                      n.judul
                    )}
                  </Text>
                  {n.isi && (
                    <Text size="xs" c="dark.5">
                      {n.isi}
                    </Text>
                  )}
                  <Group justify="space-between" gap="xs">
                    <Text size="xs" c="dark.4">
                      {waktu.format(new Date(n.dibuat))}
                    </Text>
                    {!n.dibaca && (
                      <Button size="compact-xs" variant="subtle" onClick={() => baca.mutate({ ids: [n.id] })}>
                        {t("lonceng.tandaiDibaca")}
                      </Button>
                    )}
                  </Group>
                </Box>
              ))}
            </Stack>
          </ScrollArea.Autosize>
          {daftar.data && daftar.data.total > PER_HALAMAN && (
            <Group justify="space-between">
              <Button
                size="compact-sm"
                variant="default"
                disabled={halaman === 1}
                onClick={() => setHalaman((h) => h - 1)}
              >
                {t("lonceng.sebelumnya")}
              </Button>
              <Text size="xs">
                {t("lonceng.halaman", { h: halaman, n: Math.ceil(daftar.data.total / PER_HALAMAN) })}
              </Text>
              <Button
                size="compact-sm"
                variant="default"
                disabled={halaman * PER_HALAMAN >= daftar.data.total}
                onClick={() => setHalaman((h) => h + 1)}
              >
                {t("lonceng.berikutnya")}
              </Button>
            </Group>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
