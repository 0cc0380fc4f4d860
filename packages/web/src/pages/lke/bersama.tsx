/**
 * Pieces the worksheet editor's levels share: the editing context, field
 * messages, the code and weight fields, the sum of a level's weights,
 * add/move/remove buttons, bilingual text fields.
 */
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  NumberInput,
  SimpleGrid,
  Text,
  TextInput,
} from "@mantine/core";
import type { Galat } from "@nurani/domain";
import { useTranslation } from "react-i18next";
import { bahasaDari } from "./api.ts";
import type { HasilPeriksa } from "./galat-isi.ts";
import {
  type ButirDi,
  butirDi,
  hapusDi,
  type Isi,
  type Letak,
  type LetakInduk,
  pathDi,
  pindahDi,
  tambahDi,
} from "./ubah-isi.ts";

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

/** Applies a change to the item at `l` (on the copy `kx.ubah` makes). */
export const ubahDi =
  <L extends Letak>(kx: KonteksEditor, l: L) =>
  (f: (x: ButirDi<L>) => void) =>
    kx.ubah((isi) => f(butirDi(isi, l)));

/** The code and weight of the item at `l`, each with its message. */
export function KodeBobot({
  kx,
  letak,
  nilai,
  labelKode,
  labelBobot,
  lebarBobot,
}: {
  kx: KonteksEditor;
  letak: Letak;
  nilai: { kode: string; bobot: number };
  labelKode: string;
  labelBobot: string;
  lebarBobot: number;
}) {
  const pesan = usePesan(kx);
  const path = pathDi(letak);
  const ubah = ubahDi(kx, letak);
  return (
    <>
      <TextInput
        label={labelKode}
        w={150}
        value={nilai.kode}
        maxLength={20}
        readOnly={kx.bacaSaja}
        error={pesan(`${path}.kode`)}
        onChange={(e) => ubah((x) => (x.kode = e.currentTarget.value))}
      />
      <NumberInput
        label={labelBobot}
        w={lebarBobot}
        min={0}
        value={nilai.bobot}
        readOnly={kx.bacaSaja}
        error={pesan(`${path}.bobot`)}
        onChange={(v) => ubah((x) => (x.bobot = keAngka(v)))}
      />
    </>
  );
}

/** The sum of a level's weights, beside the level's title, with what is wrong with it as an alert. */
export function JumlahBobot({ judul, teks, salah }: { judul?: string; teks: string; salah?: string }) {
  return (
    <Group justify="space-between" wrap="wrap">
      {judul && (
        <Text fw={600} size="sm">
          {judul}
        </Text>
      )}
      <Text size="sm" c={salah ? "red.9" : "dimmed"} role={salah ? "alert" : undefined}>
        {teks}
        {salah ? ` — ${salah}` : ""}
      </Text>
    </Group>
  );
}

/** Adds an empty item to what `induk` holds (hidden in read-only). */
export function TombolTambah({
  kx,
  induk,
  label,
  kecil = false,
}: {
  kx: KonteksEditor;
  induk: LetakInduk;
  label: string;
  kecil?: boolean;
}) {
  if (kx.bacaSaja) return null;
  return (
    <Group>
      <Button
        variant="light"
        size={kecil ? "xs" : undefined}
        onClick={() => kx.ubah((isi) => tambahDi(isi, induk))}
      >
        {label}
      </Button>
    </Group>
  );
}

/** Up, down and remove buttons of the item at `letak` among its `n` siblings (hidden in read-only). */
export function TombolUrut({
  kx,
  letak,
  nama,
  n,
}: {
  kx: KonteksEditor;
  letak: Letak;
  nama: string;
  n: number;
}) {
  const { t } = useTranslation();
  if (kx.bacaSaja) return null;
  const i = letak[letak.length - 1];
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="default"
        aria-label={t("lke.naikkan", { nama })}
        disabled={i === 0}
        onClick={() => kx.ubah((isi) => pindahDi(isi, letak, -1))}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="default"
        aria-label={t("lke.turunkan", { nama })}
        disabled={i === n - 1}
        onClick={() => kx.ubah((isi) => pindahDi(isi, letak, 1))}
      >
        ↓
      </ActionIcon>
      <ActionIcon
        variant="default"
        c="red.9"
        aria-label={t("lke.hapus", { nama })}
        onClick={() => kx.ubah((isi) => hapusDi(isi, letak))}
      >
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
