/** `/program/panduan`: the maturity-stage guide (Tabel 5–8). */
import { Alert, Button, Card, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { KEGIATAN_UTAMA, tingkatKematangan } from "@nurani/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { useKirimForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { rujukan } from "../../lib/rujukan.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { CatatanSumberLevel, type SumberLevelData } from "../nontes/SumberLevel.tsx";
import { dasar, kunciProgram, PERAN_CATAT, type SiklusRingkas } from "./api.ts";
import { GalatProgram, Kembali, Lencana } from "./Komponen.tsx";

interface UnitPanduan {
  unitKerjaId: string;
  nama: string;
  status: "ada" | "data_kurang";
  jumlahPegawai: number;
  subtahap?: 1 | 2 | 3 | 4;
  usulanKegiatan?: {
    kode: string;
    kegiatanUtama: string;
    kegiatan: { id: string; en: string };
    tujuan: { id: string; en: string }[];
    media: { id: string; en: string }[];
    sumber: string;
  }[];
}

export function PanduanPage({ siklusAwal }: { siklusAwal: string | null }) {
  const { t, i18n } = useTranslation();
  const w = useWaktu();
  const b = i18n.language === "en" ? "en" : "id";
  const { instansi, punya } = useSession();
  const [siklus, setSiklus] = useState<string | null>(siklusAwal);
  const [hasilAdopsi, setHasilAdopsi] = useState<{ dibuat: number; sudahAda: number } | null>(null);
  const form = useForm({ initialValues: { mulai: "", selesai: "" } });
  const { mulai, selesai } = form.values;
  const daftar = useQuery({
    queryKey: [...kunciProgram.semua(instansi.id), "daftar", "panduan"],
    queryFn: () =>
      api<{ items: SiklusRingkas[] }>(`${dasar(instansi.id)}/siklus`, { query: { pageSize: 100 } }),
  });
  const q = useQuery({
    queryKey: [...kunciProgram.semua(instansi.id), "panduan", siklus],
    queryFn: () =>
      api<{
        ada: boolean;
        panduan: {
          kampanye: { nama: string; dirilis: string | null };
          minimalPegawai: number;
          sumberLevel: SumberLevelData | null;
          unit: UnitPanduan[];
        } | null;
      }>(`${dasar(instansi.id)}/panduan`, { query: { siklusId: siklus } }),
  });
  const qc = useQueryClient();
  const adopsi = useKirimForm(form, {
    kirim: (v) =>
      api<{ dibuat: number; sudahAda: number }>(`${dasar(instansi.id)}/siklus/${siklus}/panduan/adopsi`, {
        method: "POST",
        body: { rencanaMulai: v.mulai, rencanaSelesai: v.selesai },
      }),
    onBerhasil: (r) => {
      setHasilAdopsi(r);
      if (siklus) qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, siklus) });
    },
  });
  const terbuka = (daftar.data?.items ?? []).filter(
    (s) => s.tahap === "persiapan" || s.tahap === "pelaksanaan",
  );
  return (
    <Stack>
      <Kembali id={siklus ?? ""} />
      <Title order={2}>{t("program.panduan.judul")}</Title>
      <Text size="sm" c="dimmed">
        {t("program.panduan.pengantar")}
      </Text>
      <QueryState query={q}>
        {(d) =>
          !d.ada || !d.panduan ? (
            <Alert color="yellow">{t("program.panduan.belumAda")}</Alert>
          ) : (
            <Stack>
              <Text size="sm">
                {t("program.panduan.sumberPeta", {
                  nama: d.panduan.kampanye.nama,
                  tanggal: w.tanggal(d.panduan.kampanye.dirilis),
                  min: d.panduan.minimalPegawai,
                })}
              </Text>
              <CatatanSumberLevel s={d.panduan.sumberLevel} />
              <Table.ScrollContainer
                minWidth={480}
                scrollAreaProps={{
                  // reachable and scrollable by keyboard on a phone (axe: scrollable-region-focusable)
                  viewportProps: { tabIndex: 0, role: "region", "aria-label": t("program.panduan.judul") },
                }}
              >
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("program.panduan.unit")}</Table.Th>
                      <Table.Th>{t("program.panduan.dinilai")}</Table.Th>
                      <Table.Th>{t("program.subtahap")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.panduan.unit.map((u) => (
                      <Table.Tr key={u.unitKerjaId}>
                        <Table.Td>{u.nama}</Table.Td>
                        <Table.Td>
                          {u.status === "ada" ? u.jumlahPegawai : `< ${d.panduan?.minimalPegawai}`}
                        </Table.Td>
                        <Table.Td>
                          {u.status === "ada" && u.subtahap ? (
                            <Lencana>{`${u.subtahap}. ${tingkatKematangan(u.subtahap).nama[b]}`}</Lencana>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t("program.panduan.dataKurang")}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Title order={3} size="h4">
                {t("program.panduan.usulan")}
              </Title>
              {([1, 2, 3, 4] as const).map((l) => {
                const unit = d.panduan?.unit.filter((u) => u.status === "ada" && u.subtahap === l) ?? [];
                const usulan = unit[0]?.usulanKegiatan ?? [];
                if (unit.length === 0) return null;
                return (
                  <Card key={l} withBorder padding="sm">
                    <Stack gap={4}>
                      <Text fw={600}>
                        {`${l}. ${tingkatKematangan(l).subtahap.nama[b]} — ${rujukan(`Tabel ${l + 4}`, b)}`}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {unit.map((u) => u.nama).join(", ")}
                      </Text>
                      <Table>
                        <Table.Tbody>
                          {usulan.map((k) => (
                            <Table.Tr key={k.kode}>
                              <Table.Td>
                                <Text size="sm">{k.kegiatan[b]}</Text>
                                <Text size="xs" c="dimmed">
                                  {k.tujuan.map((x) => x[b]).join(" ")}
                                </Text>
                              </Table.Td>
                              <Table.Td>
                                <Text size="xs">
                                  {KEGIATAN_UTAMA.find((x) => x.kode === k.kegiatanUtama)?.nama[b]}
                                </Text>
                              </Table.Td>
                              <Table.Td>
                                <Text size="xs" c="dimmed">
                                  {rujukan(k.sumber, b)}
                                </Text>
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Stack>
                  </Card>
                );
              })}
              {punya(...PERAN_CATAT) && (
                <Card withBorder>
                  <form onSubmit={adopsi.onSubmit} noValidate>
                    <Stack gap="xs">
                      <Title order={3} size="h5">
                        {t("program.panduan.adopsiJudul")}
                      </Title>
                      <Text size="sm" c="dimmed">
                        {t("program.panduan.adopsiPetunjuk")}
                      </Text>
                      <Group grow wrap="wrap" align="flex-start">
                        <Select
                          label={t("program.siklus")}
                          withAsterisk
                          value={siklus}
                          onChange={setSiklus}
                          data={terbuka.map((s) => ({ value: s.id, label: s.nama }))}
                        />
                        <InputTanggal
                          label={t("program.jadwalMulai")}
                          withAsterisk
                          {...form.getInputProps("mulai")}
                          value={mulai}
                        />
                        <InputTanggal
                          label={t("program.jadwalSelesai")}
                          withAsterisk
                          {...form.getInputProps("selesai")}
                          value={selesai}
                          minDate={mulai}
                        />
                      </Group>
                      <GalatProgram error={adopsi.galat} />
                      {hasilAdopsi && (
                        <Alert color="teal">{t("program.panduan.adopsiHasil", hasilAdopsi)}</Alert>
                      )}
                      <Group justify="flex-end">
                        <Button
                          type="submit"
                          loading={adopsi.sedang}
                          disabled={!siklus || !mulai || !selesai}
                        >
                          {t("program.panduan.adopsi")}
                        </Button>
                      </Group>
                    </Stack>
                  </form>
                </Card>
              )}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
