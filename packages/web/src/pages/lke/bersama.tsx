/** Pieces the worksheet editor's levels share: the editing context, field messages, move/remove buttons, bilingual text fields. */
import { ActionIcon, Alert, Group, List, SimpleGrid, TextInput } from "@mantine/core";
import type { Galat } from "@nurani/domain";
import { useTranslation } from "react-i18next";
import { bahasaDari } from "./api.ts";
import type { HasilPeriksa } from "./galat-isi.ts";
import type { Isi } from "./ubah-isi.ts";

export interface KonteksEditor {
  /** Applies a change to a copy of the content and keeps it. */
  ubah: (f: (isi: Isi) => void) => void;
  cek: HasilPeriksa;
  /** Published or under review: shown, not edited. */
  bacaSaja: boolean;
}

/** The message of the field at `path`, in the page's language (none in read-only). */
export function usePesan(kx: KonteksEditor) {
  const { t } = useTranslation();
  return (path: string): string | undefined => {
    if (kx.bacaSaja) return undefined;
    const m = kx.cek.bidang.get(path);
    return m ? t(m.kunci, m.nilai) : undefined;
  };
}

/** The domain's findings on one item, under its fields. */
export function GalatButir({ kx, path }: { kx: KonteksEditor; path: string }) {
  const { i18n } = useTranslation();
  const g: Galat[] = kx.bacaSaja ? [] : (kx.cek.butir.get(path) ?? []);
  if (g.length === 0) return null;
  const b = bahasaDari(i18n.language);
  return (
    <Alert color="red" variant="light" p="xs" role="alert">
      <List size="sm" spacing={2}>
        {g.map((x) => (
          <List.Item key={`${x.kode}:${x.pesan.id}`}>{x.pesan[b]}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Up, down and remove buttons of an item in a list (hidden in read-only). */
export function TombolUrut({
  nama,
  i,
  n,
  onPindah,
  onHapus,
  bacaSaja,
}: {
  nama: string;
  i: number;
  n: number;
  onPindah: (arah: -1 | 1) => void;
  onHapus: () => void;
  bacaSaja: boolean;
}) {
  const { t } = useTranslation();
  if (bacaSaja) return null;
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="default"
        aria-label={t("lke.naikkan", { nama })}
        disabled={i === 0}
        onClick={() => onPindah(-1)}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="default"
        aria-label={t("lke.turunkan", { nama })}
        disabled={i === n - 1}
        onClick={() => onPindah(1)}
      >
        ↓
      </ActionIcon>
      <ActionIcon variant="default" c="red.9" aria-label={t("lke.hapus", { nama })} onClick={onHapus}>
        ✕
      </ActionIcon>
    </Group>
  );
}

/** A text in Bahasa Indonesia and English, side by side (stacked on a phone). */
export function TeksDuaBahasa({
  label,
  nilai,
  onUbah,
  pesan,
  bacaSaja,
  maks,
}: {
  label: string;
  nilai: { id: string; en: string };
  onUbah: (bahasa: "id" | "en", v: string) => void;
  pesan: (bahasa: "id" | "en") => string | undefined;
  bacaSaja: boolean;
  maks: number;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {(["id", "en"] as const).map((b) => (
        <TextInput
          key={b}
          label={`${label} (${t(`lke.bahasa.${b}`)})`}
          value={nilai[b]}
          maxLength={maks}
          readOnly={bacaSaja}
          required={!bacaSaja}
          error={pesan(b)}
          onChange={(e) => onUbah(b, e.currentTarget.value)}
        />
      ))}
    </SimpleGrid>
  );
}

/** A badge whose whole text shows (no ellipsis on a narrow screen). */
export const LENCANA_UTUH = {
  root: { overflow: "visible", height: "auto" },
  label: { overflow: "visible", textOverflow: "clip", whiteSpace: "normal" },
} as const;

/** A number typed into a weight or a point: an empty field counts as 0 (the check then says so). */
export const keAngka = (v: string | number): number => (typeof v === "number" ? v : Number(v) || 0);
