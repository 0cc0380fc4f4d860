/** Checklists (BAB III.B.2 a–d), the maturity-stage guide (Tabel 5–8) and the declaration signing page. */
import {
  Accordion,
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { JENIS_BUKTI, KEGIATAN_UTAMA, NAMA_JENIS_BUKTI, tingkatKematangan } from "@nurani/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { navigate } from "../../lib/router.ts";
import { rujukan } from "../../lib/rujukan.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { dasar, kunciProgram, PERAN_CATAT, type SiklusRingkas, useStatusSiklus } from "./api.ts";
import { CapaianPegawaiItem } from "./CapaianPegawaiItem.tsx";
import { GalatProgram, Lencana, UnggahDokumen } from "./Komponen.tsx";

function Kembali({ id, nama }: { id: string; nama?: string }) {
  const { t } = useTranslation();
  const ke = id ? `/program/${id}` : "/program";
  return (
    <Anchor
      href={ke}
      onClick={(e) => {
        e.preventDefault();
        navigate(ke);
      }}
    >
      ← {nama ?? t("program.judul")}
    </Anchor>
  );
}

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
  const [mulai, setMulai] = useState("");
  const [selesai, setSelesai] = useState("");
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
          unit: UnitPanduan[];
        } | null;
      }>(`${dasar(instansi.id)}/panduan`, { query: { siklusId: siklus } }),
  });
  const qc = useQueryClient();
  const adopsi = useMutation({
    mutationFn: () =>
      api<{ dibuat: number; sudahAda: number }>(`${dasar(instansi.id)}/siklus/${siklus}/panduan/adopsi`, {
        method: "POST",
        body: { rencanaMulai: mulai, rencanaSelesai: selesai },
      }),
    onSuccess: () => siklus && qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, siklus) }),
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
              <Table.ScrollContainer minWidth={480}>
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
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      adopsi.mutate();
                    }}
                  >
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
                          value={mulai}
                          onChange={(v) => setMulai(v)}
                        />
                        <InputTanggal
                          label={t("program.jadwalSelesai")}
                          withAsterisk
                          value={selesai}
                          minDate={mulai}
                          onChange={(v) => setSelesai(v)}
                        />
                      </Group>
                      <GalatProgram error={adopsi.error} />
                      {adopsi.data && (
                        <Alert color="teal">{t("program.panduan.adopsiHasil", adopsi.data)}</Alert>
                      )}
                      <Group justify="flex-end">
                        <Button
                          type="submit"
                          loading={adopsi.isPending}
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

export function DeklarasiPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const kunci = [...kunciProgram.siklus(instansi.id, id), "deklarasi"];
  const q = useQuery({
    queryKey: kunci,
    queryFn: () =>
      api<{
        siklus: { id: string; nama: string };
        deklarasi: {
          judul: string;
          tanggal: string;
          adaDokumen: boolean;
          jumlahPenandatangan: { pimpinan: number; pegawai: number; total: number };
        } | null;
        pegawaiTertaut: boolean;
        sudahMenandatangani: boolean;
        bolehMenandatangani: boolean;
      }>(`${dasar(instansi.id)}/siklus/${id}/deklarasi`),
  });
  const [setuju, setSetuju] = useState(false);
  const ttd = useMutation({
    mutationFn: () =>
      api<unknown>(`${dasar(instansi.id)}/siklus/${id}/deklarasi/tanda-tangan`, { method: "POST" }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: kunci });
      qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, id) });
    },
  });
  return (
    <Stack maw={720}>
      <Kembali
        id={punya("admin_instansi", "ppk", "tim_supervisi", "pimpinan", "agen_perubahan", "apip") ? id : ""}
      />
      <Title order={2}>{t("program.deklarasi.judul")}</Title>
      <QueryState query={q}>
        {(d) =>
          !d.deklarasi ? (
            <Alert color="yellow">{t("program.deklarasi.belumAda")}</Alert>
          ) : (
            <Card withBorder>
              <Stack>
                <Title order={3} size="h4">
                  {d.deklarasi.judul}
                </Title>
                <Text size="sm">
                  {d.siklus.nama} · {w.tanggal(d.deklarasi.tanggal)}
                </Text>
                {d.deklarasi.adaDokumen && (
                  <Anchor
                    href={`${dasar(instansi.id)}/siklus/${id}/deklarasi/dokumen`}
                    target="_blank"
                    rel="noopener"
                  >
                    {t("program.deklarasi.bacaDokumen")}
                  </Anchor>
                )}
                <Text>{t("program.jumlahTtd", d.deklarasi.jumlahPenandatangan)}</Text>
                {d.sudahMenandatangani ? (
                  <Alert color="teal">{t("program.deklarasi.sudah")}</Alert>
                ) : !d.pegawaiTertaut ? (
                  <Alert color="gray">{t("program.deklarasi.tidakTertaut")}</Alert>
                ) : d.bolehMenandatangani ? (
                  <Stack gap="xs">
                    <Checkbox
                      label={t("program.deklarasi.saya")}
                      checked={setuju}
                      onChange={(e) => setSetuju(e.currentTarget.checked)}
                    />
                    <Button disabled={!setuju} loading={ttd.isPending} onClick={() => ttd.mutate()}>
                      {t("program.deklarasi.tandatangani")}
                    </Button>
                  </Stack>
                ) : null}
                <GalatProgram error={ttd.error} />
              </Stack>
            </Card>
          )
        }
      </QueryState>
    </Stack>
  );
}
