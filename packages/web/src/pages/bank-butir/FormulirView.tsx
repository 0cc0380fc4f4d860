import { Accordion, Badge, Button, Group, Modal, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { type DetailVersi, type FormulirPratinjau, kunciBank } from "./api.ts";
import { type Blok, BlokDialog, SusunDialog } from "./FormulirDialog.tsx";
import { Gulir } from "./Gulir.tsx";
import { PratinjauBlok } from "./PratinjauBlok.tsx";

/** Forms of a version and their blocks; preview any block; in a draft, change a block's statements. */
export function FormulirView({ versi }: { versi: DetailVersi }) {
  const { t } = useTranslation();
  const [pratinjau, setPratinjau] = useState<{ f: FormulirPratinjau; i: number } | null>(null);
  const [sunting, setSunting] = useState<{ f: FormulirPratinjau; b: Blok } | null>(null);
  const [susun, setSusun] = useState(false);
  const query = useQuery({
    queryKey: [...kunciBank.versi(versi.id), "formulir"],
    queryFn: ({ signal }) =>
      isi(klien.GET("/api/bank-butir/versi/{id}/formulir", { params: { path: { id: versi.id } }, signal })),
  });
  const { i18n } = useTranslation();
  const bahasa = i18n.language === "en" ? "en" : "id";
  return (
    <Stack>
      {versi.bolehUbah && (
        <Group justify="flex-end">
          <Button variant="light" onClick={() => setSusun(true)}>
            {t("bankButir.susunUlang")}
          </Button>
        </Group>
      )}
      {susun && <SusunDialog versi={versi} onTutup={() => setSusun(false)} />}
      <QueryState query={query} isEmpty={(d) => d.length === 0}>
        {(forms) => (
          <Stack>
            <Accordion variant="separated" multiple defaultValue={[forms[0]?.id]}>
              {forms.map((f) => (
                <Accordion.Item key={f.id} value={f.id}>
                  <Accordion.Control>
                    <Group gap="sm">
                      <Text fw={600}>{f.nama[bahasa]}</Text>
                      <Text size="sm" c="dimmed" ff="monospace">
                        {f.id}
                      </Text>
                      <Badge variant="light" color="gray" c="gray.9">
                        {t(`bankButir.jenis.${f.jenis === "penyaringan" ? "penyaringan" : "lengkap"}`)}
                      </Badge>
                      <Text size="sm">{t("bankButir.jumlahBlok", { n: f.blok.length })}</Text>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Gulir minWidth={640} label={f.nama[bahasa]}>
                      <Table striped verticalSpacing="xs">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t("bankButir.blok")}</Table.Th>
                            <Table.Th>{t("bankButir.pernyataanKolom")}</Table.Th>
                            {versi.lihatKunci && <Table.Th>{t("bankButir.pola")}</Table.Th>}
                            <Table.Th>
                              <span className="sr-only">{t("bankButir.tindakan")}</span>
                            </Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {f.blok.map((b, i) => (
                            <Table.Tr key={b.id}>
                              <Table.Td ff="monospace" style={{ whiteSpace: "nowrap" }}>
                                {b.id}
                                {f.jangkar.includes(b.id) && (
                                  <Text span size="xs" c="dimmed" ml={4}>
                                    {t("bankButir.jangkar")}
                                  </Text>
                                )}
                              </Table.Td>
                              <Table.Td>
                                <Text size="xs" ff="monospace">
                                  {b.pernyataan
                                    .map((p) =>
                                      versi.lihatKunci
                                        ? `${p.id} (${p.kunci === 1 ? "+" : p.kunci === -1 ? "−" : "?"}, ${p.keinginanSosial ?? "?"})`
                                        : p.id,
                                    )
                                    .join(" · ")}
                                </Text>
                              </Table.Td>
                              {versi.lihatKunci && <Table.Td>{t(`bankButir.polaKunci.${b.pola}`)}</Table.Td>}
                              <Table.Td>
                                <Group gap={4} wrap="nowrap">
                                  <Button
                                    size="xs"
                                    variant="subtle"
                                    onClick={() => setPratinjau({ f, i })}
                                    aria-label={t("bankButir.pratinjauBlok", { id: b.id })}
                                  >
                                    {t("bankButir.pratinjau")}
                                  </Button>
                                  {versi.bolehUbah && (
                                    <Button
                                      size="xs"
                                      variant="subtle"
                                      onClick={() => setSunting({ f, b })}
                                      aria-label={t("bankButir.ubahBlok", { id: b.id })}
                                    >
                                      {t("umum.ubah")}
                                    </Button>
                                  )}
                                </Group>
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Gulir>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
            {pratinjau && (
              <Modal
                opened
                onClose={() => setPratinjau(null)}
                size="lg"
                centered
                title={t("bankButir.pratinjauJudul", {
                  formulir: pratinjau.f.id,
                  blok: pratinjau.f.blok[pratinjau.i].id,
                })}
                closeButtonProps={{ "aria-label": t("umum.tutup") }}
              >
                <Stack>
                  <PratinjauBlok
                    nomor={pratinjau.i + 1}
                    total={pratinjau.f.blok.length}
                    pernyataan={pratinjau.f.blok[pratinjau.i].pernyataan.map((p) => ({
                      id: p.id,
                      teks: bahasa === "en" && p.teksEn ? p.teksEn : p.teks,
                    }))}
                  />
                  <Group justify="space-between">
                    <Button
                      variant="default"
                      disabled={pratinjau.i === 0}
                      onClick={() => setPratinjau({ ...pratinjau, i: pratinjau.i - 1 })}
                    >
                      {t("bankButir.sebelumnya")}
                    </Button>
                    <Button
                      variant="default"
                      disabled={pratinjau.i >= pratinjau.f.blok.length - 1}
                      onClick={() => setPratinjau({ ...pratinjau, i: pratinjau.i + 1 })}
                    >
                      {t("bankButir.berikutnya")}
                    </Button>
                  </Group>
                </Stack>
              </Modal>
            )}
            {sunting && (
              <BlokDialog
                versi={versi}
                formulir={sunting.f}
                blok={sunting.b}
                onTutup={() => setSunting(null)}
              />
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
