import {
  Accordion,
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { HURUF_SKALA, hitungSkorLke, type NilaiJawaban, type PertanyaanLke } from "@nurani/domain";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { bahasaDari } from "./api.ts";
import type { Isi } from "./ubah-isi.ts";

/** The answer that earns a question's highest score under its rule. */
export function jawabanTerbaik(p: PertanyaanLke): NilaiJawaban {
  const a = p.aturan;
  if (a.jenis === "ya_tidak") return true;
  if (a.jenis === "skala_ae") return "A";
  const titik =
    a.jenis === "linier" ? a.titik.map(([x, y]) => [x, y]) : a.tangga.map((s) => [s.minimal, s.skor]);
  let [x, y] = titik[0] ?? [0, 0];
  for (const [xb, yb] of titik) if (yb > y) [x, y] = [xb, yb];
  return x;
}

const semuaTerbaik = (isi: Isi): Record<string, NilaiJawaban> =>
  Object.fromEntries(
    isi.komponen.flatMap((k) =>
      k.indikator.flatMap((i) => i.pertanyaan.map((p) => [p.kode, jawabanTerbaik(p)])),
    ),
  );

/**
 * How the score is computed (docs/nasional.md § 3): the formula, each
 * question's share of the 100 points, and a worked example on answers the
 * evaluator can change — the domain's own `hitungSkorLke`, as the agencies'
 * worksheets are scored, with each component's and the total's formula.
 */
export function PratinjauSkor({ isi }: { isi: Isi }) {
  const { t, i18n } = useTranslation();
  const b = bahasaDari(i18n.language);
  const [jawaban, setJawaban] = useState<Record<string, NilaiJawaban>>(() => semuaTerbaik(isi));
  const skor = useMemo(
    () => hitungSkorLke(isi, { jawaban, bukti: {} }, { pakaiReviu: false }),
    [isi, jawaban],
  );
  const f = (x: number, d = 2) =>
    x.toLocaleString(b === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: d });
  const atur = (kode: string, v: NilaiJawaban | null) =>
    setJawaban((j) => {
      const n = { ...j };
      if (v === null) delete n[kode];
      else n[kode] = v;
      return n;
    });
  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h4" mb="xs">
          {t("lke.rumus.judul")}
        </Title>
        <Stack gap={4}>
          <Text size="sm">{t("lke.rumus.pertanyaan")}</Text>
          <Text size="sm">{t("lke.rumus.indikator")}</Text>
          <Text size="sm">{t("lke.rumus.komponen")}</Text>
          <Text size="sm">{t("lke.rumus.total")}</Text>
          <Text size="sm" c="dimmed">
            {t("lke.rumus.poin")}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" wrap="wrap" mb="xs">
          <Title order={3} size="h4">
            {t("lke.rumus.contoh")}
          </Title>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setJawaban(semuaTerbaik(isi))}>
              {t("lke.rumus.semuaTerbaik")}
            </Button>
            <Button size="xs" variant="default" onClick={() => setJawaban({})}>
              {t("lke.rumus.semuaKosong")}
            </Button>
          </Group>
        </Group>
        <Text size="xl" fw={700} aria-live="polite">
          {t("lke.rumus.nilaiTotal", { nilai: f(skor.total) })}
        </Text>
        <Code block mt="xs" style={{ whiteSpace: "pre-wrap" }}>
          {skor.rumus[b]}
        </Code>
        <Accordion multiple mt="sm" variant="contained">
          {skor.komponen.map((k, ki) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the example follows the content's order (codes may repeat while editing)
            <Accordion.Item key={`${k.kode}-${ki}`} value={String(ki)}>
              <Accordion.Control>
                {t("lke.rumus.komponenBaris", {
                  kode: k.kode,
                  nama: k.nama[b],
                  nilai: f(k.nilai, 4),
                  kontribusi: f(k.kontribusi),
                  bobot: f(k.bobot),
                })}
              </Accordion.Control>
              <Accordion.Panel>
                <Code block style={{ whiteSpace: "pre-wrap" }}>
                  {[k.rumus[b], ...k.indikator.map((i) => i.rumus[b])].join("\n")}
                </Code>
                <Table.ScrollContainer minWidth={520} mt="xs">
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t("lke.kodePertanyaan")}</Table.Th>
                        <Table.Th scope="col">{t("lke.rumus.maksPoin")}</Table.Th>
                        <Table.Th scope="col">{t("lke.rumus.contohJawaban")}</Table.Th>
                        <Table.Th scope="col">{t("lke.rumus.skor")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {isi.komponen[ki]?.indikator.flatMap((ind, ii) =>
                        ind.pertanyaan.map((p, qi) => {
                          const s = k.indikator[ii]?.pertanyaan[qi];
                          return (
                            // biome-ignore lint/suspicious/noArrayIndexKey: rows follow the content's order (codes may repeat while editing)
                            <Table.Tr key={`${ii}/${qi}`}>
                              <Table.Td>{p.kode}</Table.Td>
                              <Table.Td>{f((k.bobot * ind.bobot * p.bobot) / 1e4)}</Table.Td>
                              <Table.Td>
                                <InputContoh
                                  p={p}
                                  nilai={jawaban[p.kode] ?? null}
                                  onUbah={(v) => atur(p.kode, v)}
                                />
                              </Table.Td>
                              <Table.Td>{f(s?.skor ?? 0, 4)}</Table.Td>
                            </Table.Tr>
                          );
                        }),
                      )}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Paper>
    </Stack>
  );
}

function InputContoh({
  p,
  nilai,
  onUbah,
}: {
  p: PertanyaanLke;
  nilai: NilaiJawaban | null;
  onUbah: (v: NilaiJawaban | null) => void;
}) {
  const { t } = useTranslation();
  const label = t("lke.rumus.jawabanUntuk", { kode: p.kode });
  if (p.jenisJawaban === "ya_tidak")
    return (
      <Select
        aria-label={label}
        size="xs"
        w={120}
        clearable
        value={nilai === null ? null : String(nilai)}
        data={[
          { value: "true", label: t("lke.ya") },
          { value: "false", label: t("lke.tidak") },
        ]}
        onChange={(v) => onUbah(v === null ? null : v === "true")}
      />
    );
  if (p.jenisJawaban === "skala_ae")
    return (
      <Select
        aria-label={label}
        size="xs"
        w={90}
        clearable
        value={typeof nilai === "string" ? nilai : null}
        data={[...HURUF_SKALA]}
        onChange={(v) => onUbah(v as NilaiJawaban | null)}
      />
    );
  return (
    <NumberInput
      aria-label={label}
      size="xs"
      w={120}
      value={typeof nilai === "number" ? nilai : ""}
      onChange={(v) => onUbah(v === "" ? null : Number(v))}
    />
  );
}
