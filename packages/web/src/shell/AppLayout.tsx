import {
  Anchor,
  AppShell,
  Box,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Select,
  Text,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.tsx";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { navigate, usePath } from "../lib/router.ts";
import { Lonceng } from "./Lonceng.tsx";
import { itemAktif, navigasiUntuk } from "./navigasi.ts";

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { sesi, instansi, daftarInstansi, pilihInstansi, keluar } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const path = usePath();
  const aktif = itemAktif(path);
  const items = navigasiUntuk(instansi.peran);
  const mainRef = useRef<HTMLElement>(null);

  // Move focus to the new page's content after navigating, for keyboard and screen-reader users.
  const pertama = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every path change
  useEffect(() => {
    if (pertama.current) {
      pertama.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [path]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <Anchor href="#konten" className="lewati-ke-konten">
        {t("shell.lewati")}
      </Anchor>
      <AppShell.Header bg="biruNegara.8" c="white" withBorder={false}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label={opened ? t("shell.tutupMenu") : t("shell.bukaMenu")}
            />
            <Title order={1} size="h3" c="white">
              Nurani
            </Title>
            <Text size="sm" c="biruNegara.0" visibleFrom="md" lineClamp={1}>
              {instansi.nama}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="sm" c="white">
              {sesi.user.nama}
            </Text>
            <Lonceng instansiId={instansi.id} />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t("shell.navigasi")}>
        {/* the menu scrolls between the agency and the logout button, so every item stays reachable */}
        <AppShell.Section>
          {daftarInstansi.length > 1 ? (
            <Select
              label={t("shell.instansi")}
              data={daftarInstansi.map((i) => ({ value: i.id, label: i.nama }))}
              value={instansi.id}
              onChange={(v) => {
                if (v) {
                  pilihInstansi(v);
                  navigate("/");
                  close();
                }
              }}
              allowDeselect={false}
              mb="md"
              comboboxProps={{ withinPortal: true }}
            />
          ) : (
            <Box mb="md">
              <Text size="xs" c="dimmed">
                {t("shell.instansi")}
              </Text>
              <Text size="sm" fw={600}>
                {instansi.nama}
              </Text>
            </Box>
          )}
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} type="auto" mx="-sm" px="sm">
          <nav aria-label={t("shell.menuUtama")}>
            {items.map((n) => (
              <NavLink
                key={n.path}
                href={n.path}
                label={t(n.label)}
                active={aktif === n.path}
                aria-current={aktif === n.path ? "page" : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(n.path);
                  close();
                }}
              />
            ))}
          </nav>
        </AppShell.Section>
        <AppShell.Section pt="sm">
          <Text size="xs" c="dimmed" mb={4}>
            {t("shell.peranAnda")}: {instansi.peran.map((p) => t(`peran.${p}`)).join(", ")}
          </Text>
          <Button variant="default" fullWidth onClick={() => keluar()}>
            {t("shell.keluar")}
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="konten" ref={mainRef} tabIndex={-1} style={{ outline: "none" }}>
        <Box maw={1200}>{children}</Box>
      </AppShell.Main>
    </AppShell>
  );
}
