import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { FAKTOR } from "@nurani/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { CatatanSumberLevel, teksSumberLevel } from "../nontes/SumberLevel.tsx";
import { PanelSinergi } from "../sinergi/PanelSinergi.tsx";
import { RincianUnit } from "./RincianUnit.tsx";

const WARNA_LEVEL = ["#c0392b", "#e67e22", "#27ae60", "#1e6b3a"];

/** Heat-map cell: the share of a level in the unit, as a background intensity and as text. */
function SelLevel({ n, total, level }: { n: number; total: number; level: number }) {
  const p = total > 0 ? n / total : 0;
  const alfa = Math.round(p * 200 + 20)
    .toString(16)
    .padStart(2, "0");
  return (
    <Table.Td style={{ background: `${WARNA_LEVEL[level - 1]}${alfa}`, textAlign: "right" }}>
      {Math.round(100 * p)}%{" "}
      <Text span size="xs">
        ({n})
      </Text>
    </Table.Td>
  );
}

/** An estimate with its 95 % interval, as the map and the comparison answer it. */
type Estimasi = NonNullable<Jawaban<"/api/instansi/{instansiId}/hasil/banding">["indeks"]>;

const selang = (e: Estimasi) => `${e.nilai.toFixed(1)} (${e.bawah.toFixed(1)}–${e.atas.toFixed(1)})`;

/** Peta Asesmen (Tabel 3 no. 3): level distribution per unit, factor profile, index; small groups hidden. */
export function PetaAsesmenPage() {
  const { t, i18n } = useTranslation();
  const bahasa = i18n.language === "en" ? "en" : "id";
  const { instansi, punya } = useSession();
  const [kampanyeId, setKampanyeId] = useState<string | null>(null);
  const [pembanding, setPembanding] = useState<string | null>(null);
  const [rinci, setRinci] = useState<{ id: string; nama: string } | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const daftar = useQuery({
    queryKey: ["hasil", "kampanye", instansi.id],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/hasil/kampanye", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  // by default the latest released campaign (what leaders see too), else the latest scored one
  const dinilai = daftar.data?.items.filter((k) => k.dinilai > 0) ?? [];
  const dipilih = kampanyeId ?? (dinilai.find((k) => k.hasilDirilis) ?? dinilai[0])?.id ?? null;
  const peta = useQuery({
    queryKey: ["hasil", "peta", instansi.id, dipilih],
    enabled: dipilih !== null,
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/hasil/peta", {
          params: { path: { instansiId: instansi.id }, query: { kampanyeId: dipilih as string } },
        }),
      ),
  });
  const banding = useQuery({
    queryKey: ["hasil", "banding", instansi.id, pembanding, dipilih],
    enabled: dipilih !== null && pembanding !== null && pembanding !== dipilih,
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/hasil/banding", {
          params: {
            path: { instansiId: instansi.id },
            query: { pra: pembanding as string, pasca: dipilih as string },
          },
        }),
      ),
  });
  const bolehRinci = punya("tim_supervisi", "pimpinan");
  const opsi = (daftar.data?.items ?? [])
    .filter((k) => k.dinilai > 0)
    .map((k) => ({ value: k.id, label: k.nama }));
  const ubahan = new Map((banding.data?.unit ?? []).map((u) => [u.unitId, u.perubahanIndeks]));
  return (
    <Stack>
      <div>
        <Title order={2}>{t("hasil.peta.judul")}</Title>
        <Text c="dimmed" size="sm">
          {t("hasil.peta.subjudul")}
        </Text>
      </div>
      <Group wrap="wrap">
        <Select label={t("hasil.kampanye")} data={opsi} value={dipilih} onChange={setKampanyeId} w={320} />
        <Select
          label={t("hasil.peta.banding")}
          data={opsi.filter((o) => o.value !== dipilih)}
          value={pembanding}
          onChange={setPembanding}
          clearable
          w={320}
        />
        {dipilih && (
          <Group gap="xs" mt={24}>
            {(["xlsx", "pdf"] as const).map((f) => (
              <Button
                key={f}
                variant="light"
                onClick={() =>
                  download(
                    `/api/instansi/${instansi.id}/hasil/kampanye/${dipilih}/ekspor`,
                    { format: f },
                    `peta-asesmen.${f}`,
                  ).catch(setGalat)
                }
              >
                {f.toUpperCase()}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      <ErrorAlert error={galat} />
      {dipilih && (
        <QueryState query={peta}>
          {(p) => (
            <Stack>
              <Paper withBorder p="md">
                <Text size="sm" c="dimmed">
                  {t("hasil.peta.indeks")}
                </Text>
                <Text fz={28} fw={700}>
                  {p.instansi.indeks ? selang(p.instansi.indeks) : "—"}
                </Text>
                {p.instansi.indeks && (
                  <Text size="xs" c="dimmed">
                    {t("hasil.peta.indeksCatatan", {
                      ukur: Math.round(
                        (100 * p.instansi.indeks.variansUkur) /
                          (p.instansi.indeks.variansUkur + p.instansi.indeks.variansSampel),
                      ),
                    })}
                  </Text>
                )}
                {banding.data?.indeks && (
                  <Text size="sm" mt="xs">
                    {t("hasil.peta.perubahan")}: {selang(banding.data.indeks)}
                  </Text>
                )}
                <Text size="xs" c="dimmed" mt="xs">
                  {t("hasil.peta.k", { k: p.k })}
                </Text>
                <CatatanSumberLevel s={p.instansi.sumberLevel} />
              </Paper>
              <Table.ScrollContainer minWidth={760}>
                <Table withTableBorder>
                  <caption style={{ textAlign: "left" }}>{t("hasil.peta.tabel")}</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("hasil.unit")}</Table.Th>
                      <Table.Th>n</Table.Th>
                      {[1, 2, 3, 4].map((l) => (
                        <Table.Th key={l}>{t(`hasil.levelNama.${l}`)}</Table.Th>
                      ))}
                      {FAKTOR.map((f) => (
                        <Table.Th key={f.kode}>
                          <abbr title={f.nama[bahasa]}>T {f.kode}</abbr>
                        </Table.Th>
                      ))}
                      <Table.Th>{t("hasil.peta.indeksUnit")}</Table.Th>
                      {banding.data && <Table.Th>Δ</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.baris.map((b) => (
                      <Table.Tr key={b.unitId}>
                        <Table.Td style={{ paddingLeft: 8 + 16 * b.kedalaman }}>
                          {bolehRinci && b.tampil && (b.n ?? 0) > 0 ? (
                            <Anchor
                              component="button"
                              type="button"
                              onClick={() => setRinci({ id: b.unitId, nama: b.nama })}
                            >
                              {b.nama}
                            </Anchor>
                          ) : (
                            b.nama
                          )}
                          {b.tampil && b.sumberLevel && (
                            <Text size="xs" c="dimmed">
                              {t("nontes.sumberLevel.baris", { sumber: teksSumberLevel(t, b.sumberLevel) })}
                            </Text>
                          )}
                        </Table.Td>
                        {b.tampil && b.distribusiLevel ? (
                          <>
                            <Table.Td>{b.n}</Table.Td>
                            {[1, 2, 3, 4].map((l) => (
                              <SelLevel key={l} level={l} n={b.distribusiLevel?.[l] ?? 0} total={b.n ?? 0} />
                            ))}
                            {["KD", "DN", "KM"].map((f) => (
                              <Table.Td key={f}>{b.profilFaktor?.[f]?.toFixed(1)}</Table.Td>
                            ))}
                            <Table.Td>{b.indeks ? selang(b.indeks) : "—"}</Table.Td>
                            {banding.data && (
                              <Table.Td>
                                {ubahan.get(b.unitId) ? selang(ubahan.get(b.unitId) as Estimasi) : "—"}
                              </Table.Td>
                            )}
                          </>
                        ) : (
                          <Table.Td colSpan={banding.data ? 10 : 9}>
                            <Text size="sm" c="dimmed">
                              {b.tampil
                                ? t("hasil.peta.kosong")
                                : t(
                                    b.alasan === "komplementer"
                                      ? "hasil.peta.disembunyikanKomplementer"
                                      : "hasil.peta.disembunyikan",
                                    { k: p.k },
                                  )}
                            </Text>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text size="xs" c="dimmed" data-legenda="faktor">
                {t("hasil.peta.legenda", {
                  faktor: FAKTOR.map((f) => `T ${f.kode} = ${f.nama[bahasa]}`).join("; "),
                })}
              </Text>
              {rinci && (
                <RincianUnit
                  key={`${dipilih}/${rinci.id}`}
                  instansiId={instansi.id}
                  kampanyeId={dipilih}
                  unit={rinci}
                  namaUnit={new Map(p.baris.map((b) => [b.unitId, b.nama]))}
                  onBatal={() => setRinci(null)}
                />
              )}
            </Stack>
          )}
        </QueryState>
      )}
      {/* Tabel 2 II: institutional synergy beside the integrity map (docs/sinergi.md) */}
      <PanelSinergi />
    </Stack>
  );
}
