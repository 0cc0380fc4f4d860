/** `/program/:id/daftar-periksa`: the checklists (BAB III.B.2 a–d). */
import { Accordion, Card, Checkbox, Group, Progress, Select, Stack, Text, Title } from "@mantine/core";
import { JENIS_BUKTI, NAMA_JENIS_BUKTI, tingkatKematangan } from "@nurani/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { rujukan } from "../../lib/rujukan.ts";
import { dasar, kunciProgram, PERAN_CATAT, useStatusSiklus } from "./api.ts";
import { CapaianPegawaiItem } from "./CapaianPegawaiItem.tsx";
import { GalatProgram, Kembali, Lencana, UnggahDokumen } from "./Komponen.tsx";

interface ItemDp {
  kode: string;
  teks: { id: string; en: string };
  sumber: string;
  jumlahBukti: number;
  diverifikasi: boolean;
  terpenuhi: boolean;
  bukti: { berkasId: string; nama: string; jenis: string }[];
}
interface SubtahapDp {
  subtahap: 1 | 2 | 3 | 4;
  kriteriaTerpenuhi: number;
  jumlahKriteria: number;
  proporsiKriteria: number;
  proporsiItem: number;
  item: ItemDp[];
}

export function DaftarPeriksaPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const b = i18n.language === "en" ? "en" : "id";
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const status = useStatusSiklus(instansi.id, id);
  const kunci = [...kunciProgram.siklus(instansi.id, id), "daftar-periksa"];
  const q = useQuery({
    queryKey: kunci,
    queryFn: () => api<{ subtahap: SubtahapDp[] }>(`${dasar(instansi.id)}/siklus/${id}/daftar-periksa`),
  });
  const [jenis, setJenis] = useState<string>("dokumen_kegiatan");
  const bukti = useMutation({
    mutationFn: (x: { kodeItem: string; berkasId: string }) =>
      api<void>(`${dasar(instansi.id)}/siklus/${id}/daftar-periksa/bukti`, {
        method: "POST",
        body: { ...x, jenis },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: kunci }),
  });
  const verif = useMutation({
    mutationFn: (x: { kodeItem: string; diverifikasi: boolean }) =>
      api<void>(`${dasar(instansi.id)}/siklus/${id}/daftar-periksa/verifikasi`, { method: "PUT", body: x }),
    onSuccess: () => qc.invalidateQueries({ queryKey: kunci }),
  });
  const tertutup = status.data?.posisi.tahap === "selesai";
  const bolehBukti = punya(...PERAN_CATAT, "agen_perubahan") && !tertutup;
  const bolehVerif = punya("tim_supervisi") && !tertutup;
  return (
    <Stack>
      <Kembali id={id} nama={status.data?.nama} />
      <Title order={2}>{t("program.daftarPeriksa.judul")}</Title>
      <Text size="sm" c="dimmed">
        {t("program.daftarPeriksa.pengantar")}
      </Text>
      {bolehBukti && (
        <Select
          label={t("program.daftarPeriksa.jenisBukti")}
          value={jenis}
          onChange={(v) => v && setJenis(v)}
          data={JENIS_BUKTI.map((j) => ({ value: j, label: NAMA_JENIS_BUKTI[j][b] }))}
          maw={360}
        />
      )}
      <GalatProgram error={bukti.error ?? verif.error} />
      <QueryState query={q}>
        {(d) => (
          <Accordion multiple variant="separated">
            {d.subtahap.map((s) => (
              <Accordion.Item key={s.subtahap} value={String(s.subtahap)}>
                <Accordion.Control>
                  <Stack gap={4}>
                    <Group justify="space-between">
                      <Text fw={600}>
                        {s.subtahap}. {tingkatKematangan(s.subtahap).subtahap.nama[b]}
                      </Text>
                      <Text size="sm">
                        {t("program.daftarPeriksa.kriteriaN", {
                          n: s.kriteriaTerpenuhi,
                          dari: s.jumlahKriteria,
                        })}
                      </Text>
                    </Group>
                    <Progress value={s.proporsiItem * 100} aria-label={t("program.daftarPeriksa.kemajuan")} />
                  </Stack>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    {s.item.map((it) => (
                      <Card key={it.kode} withBorder padding="xs">
                        <Group justify="space-between" wrap="wrap" align="flex-start">
                          <Stack gap={2} style={{ flex: "1 1 300px" }}>
                            <Text size="sm">
                              <b>{it.kode}</b> {it.teks[b]}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {rujukan(it.sumber, b)} ·{" "}
                              {t("program.daftarPeriksa.buktiN", { n: it.jumlahBukti })}
                              {it.bukti.length > 0 ? `: ${it.bukti.map((x) => x.nama).join(", ")}` : ""}
                            </Text>
                            <CapaianPegawaiItem item={it} />
                          </Stack>
                          <Stack gap={4} align="flex-end">
                            <Lencana warna={it.terpenuhi ? "teal" : "gray"}>
                              {it.terpenuhi
                                ? t("program.daftarPeriksa.terpenuhi")
                                : t("program.daftarPeriksa.belum")}
                            </Lencana>
                            {bolehVerif && (
                              <Checkbox
                                label={t("program.daftarPeriksa.verifikasi")}
                                checked={it.diverifikasi}
                                onChange={(e) =>
                                  verif.mutate({ kodeItem: it.kode, diverifikasi: e.currentTarget.checked })
                                }
                              />
                            )}
                          </Stack>
                        </Group>
                        {bolehBukti && (
                          <UnggahDokumen
                            siklusId={id}
                            label={t("program.daftarPeriksa.tambahBukti")}
                            onUnggah={(berkasId) => bukti.mutate({ kodeItem: it.kode, berkasId })}
                          />
                        )}
                      </Card>
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </QueryState>
    </Stack>
  );
}
