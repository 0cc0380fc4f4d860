/**
 * Monitoring and evaluation (Tabel 2 I.4, Tabel 4 no. 5): random interview
 * samples, APIP's internal audit, and the public survey's results.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { InputTanggal, InputWaktu } from "../../components/InputTanggal.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { hariIni, Privasi, punya, useHalaman, useInstansi, useTanggal, useUrl } from "./bersama.tsx";

const KUNCI = ["komunitas", "monev"] as const;

interface Sampel {
  id: string;
  judul: string;
  benih: number;
  ukuran: number;
  populasi: number;
  dibuat: string;
  selesai: number;
}
interface Wawancara {
  id: string;
  pegawai: { id: string; nama: string };
  unit: { id: string; nama: string };
  urutan: number;
  jadwal: string | null;
  pewawancara: string | null;
  status: "belum" | "terjadwal" | "selesai" | "batal";
  catatan: { pemahaman?: string; praktik?: string; hambatan?: string; saran?: string } | null;
}
interface Temuan {
  id: string;
  judul: string;
  uraian: string;
  tingkat: "rendah" | "sedang" | "tinggi" | "kritis";
  rekomendasi: string;
  batasWaktu: string | null;
  tanggapan: string | null;
  status: "terbuka" | "ditindaklanjuti" | "selesai";
}
interface Rencana {
  id: string;
  judul: string;
  lingkup: string | null;
  mulai: string;
  selesai: string;
  status: string;
  temuan: { terbuka: number; ditindaklanjuti: number; selesai: number };
}

export function MonevPage() {
  const { t } = useTranslation();
  const { peran } = useInstansi();
  const wawancara = punya(peran, "tim_supervisi", "apip");
  const survei = punya(peran, "admin_instansi", "tim_supervisi", "ppk", "pimpinan", "apip");
  return (
    <Stack>
      <Title order={2}>{t("komunitas.monev.judul")}</Title>
      <Tabs defaultValue={wawancara ? "wawancara" : "audit"} keepMounted={false}>
        <Tabs.List>
          {wawancara && <Tabs.Tab value="wawancara">{t("komunitas.monev.tabWawancara")}</Tabs.Tab>}
          <Tabs.Tab value="audit">{t("komunitas.monev.tabAudit")}</Tabs.Tab>
          {survei && <Tabs.Tab value="survei">{t("komunitas.monev.tabSurvei")}</Tabs.Tab>}
        </Tabs.List>
        {wawancara && (
          <Tabs.Panel value="wawancara" pt="md">
            <SampelWawancara />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="audit" pt="md">
          <AuditInternal />
        </Tabs.Panel>
        {survei && (
          <Tabs.Panel value="survei" pt="md">
            <HasilSurvei />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function SampelWawancara() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const [judul, setJudul] = useState("");
  const [ukuran, setUkuran] = useState<number | string>(10);
  const [benih, setBenih] = useState<number | string>("");
  const [minimal, setMinimal] = useState<number | string>(1);
  const [buka, setBuka] = useState<string | null>(null);
  const daftar = useHalaman<Sampel>([...KUNCI, "sampel"], url("/wawancara/sampel"), page);
  const ambil = useMutation({
    mutationFn: () =>
      api<Sampel>(url("/wawancara/sampel"), {
        method: "POST",
        body: {
          judul,
          ukuran: Number(ukuran),
          minimalPerUnit: Number(minimal),
          ...(benih !== "" && { benih: Number(benih) }),
        },
      }),
    onSuccess: (s) => {
      qc.invalidateQueries({ queryKey: KUNCI });
      setBuka(s.id);
      beritahuBerhasil(t("komunitas.monev.sampelDiambil", { benih: s.benih }));
    },
  });
  return (
    <Stack>
      <Privasi>{t("komunitas.monev.privasiWawancara")}</Privasi>
      <Card
        withBorder
        component="form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          ambil.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t("komunitas.monev.sampelPenjelasan")}</Text>
          <Group grow wrap="wrap" align="flex-end">
            <TextInput
              label={t("komunitas.monev.judulSampel")}
              value={judul}
              onChange={(e) => setJudul(e.currentTarget.value)}
              maxLength={200}
              required
            />
            <NumberInput
              label={t("komunitas.monev.ukuran")}
              value={ukuran}
              onChange={setUkuran}
              min={1}
              max={10000}
              required
            />
            <NumberInput
              label={t("komunitas.monev.minimalPerUnit")}
              value={minimal}
              onChange={setMinimal}
              min={0}
              max={100}
              allowDecimal={false}
            />
            <NumberInput
              label={t("komunitas.monev.benih")}
              description={t("komunitas.monev.benihPetunjuk")}
              value={benih}
              onChange={setBenih}
              min={0}
              max={2147483647}
              allowDecimal={false}
            />
          </Group>
          <ErrorAlert error={ambil.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={ambil.isPending}>
              {t("komunitas.monev.ambilSampel")}
            </Button>
          </Group>
        </Stack>
      </Card>
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.monev.sampelKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((s) => (
              <Card key={s.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{s.judul}</Text>
                    <Text size="xs" c="dimmed">
                      {t("komunitas.monev.ringkasSampel", {
                        benih: s.benih,
                        ukuran: s.ukuran,
                        populasi: s.populasi,
                        selesai: s.selesai,
                      })}{" "}
                      · {tgl(s.dibuat)}
                    </Text>
                  </Stack>
                  <Button size="xs" variant="light" onClick={() => setBuka(buka === s.id ? null : s.id)}>
                    {buka === s.id ? t("komunitas.tutup") : t("komunitas.buka")}
                  </Button>
                </Group>
                {buka === s.id && <DaftarWawancara sampelId={s.id} />}
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function DaftarWawancara({ sampelId }: { sampelId: string }) {
  const { t } = useTranslation();
  const url = useUrl();
  const tgl = useTanggal();
  const [ubah, setUbah] = useState<string | null>(null);
  const q = useQuery({
    queryKey: [...KUNCI, "wawancara", sampelId],
    queryFn: () => api<Wawancara[]>(url(`/wawancara/sampel/${sampelId}`)),
  });
  return (
    <QueryState query={q}>
      {(d) => (
        <Stack gap="xs" mt="sm">
          {d.map((w) => (
            <Card key={w.id} withBorder padding="xs">
              <Group justify="space-between" wrap="wrap">
                <Text size="sm">
                  {w.unit.nama} #{w.urutan} — <b>{w.pegawai.nama}</b>
                </Text>
                <Group gap="xs">
                  <Badge color={w.status === "selesai" ? "teal" : w.status === "batal" ? "gray" : "blue"}>
                    {t(`komunitas.monev.status.${w.status}`)}
                  </Badge>
                  <Text size="xs">{tgl(w.jadwal, true)}</Text>
                  <Button size="xs" variant="default" onClick={() => setUbah(ubah === w.id ? null : w.id)}>
                    {t("komunitas.ubah")}
                  </Button>
                </Group>
              </Group>
              {ubah === w.id && <FormWawancara w={w} sampelId={sampelId} onSelesai={() => setUbah(null)} />}
            </Card>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

const BIDANG_CATATAN = ["pemahaman", "praktik", "hambatan", "saran"] as const;

function FormWawancara({
  w,
  sampelId,
  onSelesai,
}: {
  w: Wawancara;
  sampelId: string;
  onSelesai: () => void;
}) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const [jadwal, setJadwal] = useState(w.jadwal ?? "");
  const [pewawancara, setPewawancara] = useState(w.pewawancara ?? "");
  const [status, setStatus] = useState<string>(w.status);
  const [catatan, setCatatan] = useState<Record<string, string>>({ ...(w.catatan ?? {}) });
  const simpan = useMutation({
    mutationFn: () =>
      api(url(`/wawancara/${w.id}`), {
        method: "PATCH",
        body: {
          jadwal: jadwal || null,
          pewawancara,
          status,
          catatan: Object.fromEntries(Object.entries(catatan).filter(([, v]) => v.trim() !== "")),
        },
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: [...KUNCI, "wawancara", sampelId] });
      qc.invalidateQueries({ queryKey: [...KUNCI, "sampel"] });
      onSelesai();
    },
  });
  return (
    <Stack
      gap="xs"
      mt="xs"
      component="form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        simpan.mutate();
      }}
    >
      <Group grow wrap="wrap">
        <InputWaktu label={t("komunitas.monev.jadwal")} value={jadwal} onChange={setJadwal} />
        <TextInput
          label={t("komunitas.monev.pewawancara")}
          value={pewawancara}
          onChange={(e) => setPewawancara(e.currentTarget.value)}
          maxLength={200}
        />
        <Select
          label={t("komunitas.monev.statusLabel")}
          value={status}
          allowDeselect={false}
          onChange={(v) => setStatus(v ?? "belum")}
          data={["belum", "terjadwal", "selesai", "batal"].map((s) => ({
            value: s,
            label: t(`komunitas.monev.status.${s}`),
          }))}
        />
      </Group>
      {BIDANG_CATATAN.map((b) => (
        <Textarea
          key={b}
          label={t(`komunitas.monev.catatan.${b}`)}
          value={catatan[b] ?? ""}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setCatatan((c) => ({ ...c, [b]: v }));
          }}
          maxLength={5000}
          autosize
          minRows={2}
        />
      ))}
      <ErrorAlert error={simpan.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onSelesai}>
          {t("umum.batal")}
        </Button>
        <Button type="submit" loading={simpan.isPending}>
          {t("komunitas.simpan")}
        </Button>
      </Group>
    </Stack>
  );
}

function AuditInternal() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const { peran } = useInstansi();
  const apip = peran.includes("apip");
  const [page, setPage] = useState(1);
  const [buka, setBuka] = useState<string | null>(null);
  const [judul, setJudul] = useState("");
  const [mulai, setMulai] = useState(hariIni());
  const [selesai, setSelesai] = useState(hariIni());
  const daftar = useHalaman<Rencana>([...KUNCI, "audit"], url("/audit-internal"), page);
  const buat = useMutation({
    mutationFn: () => api(url("/audit-internal"), { method: "POST", body: { judul, mulai, selesai } }),
    onSuccess: () => {
      setJudul("");
      qc.invalidateQueries({ queryKey: [...KUNCI, "audit"] });
    },
  });
  return (
    <Stack>
      {apip && (
        <Card
          withBorder
          component="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            buat.mutate();
          }}
        >
          <Group grow wrap="wrap" align="flex-end">
            <TextInput
              label={t("komunitas.monev.judulAudit")}
              value={judul}
              onChange={(e) => setJudul(e.currentTarget.value)}
              maxLength={200}
              required
            />
            <InputTanggal
              label={t("komunitas.monev.mulai")}
              value={mulai}
              onChange={(v) => setMulai(v)}
              required
            />
            <InputTanggal
              label={t("komunitas.monev.selesai")}
              value={selesai}
              onChange={(v) => setSelesai(v)}
              required
            />
            <Button type="submit" loading={buat.isPending}>
              {t("komunitas.monev.buatRencana")}
            </Button>
          </Group>
          <ErrorAlert error={buat.error} />
        </Card>
      )}
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.monev.auditKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((r) => (
              <Card key={r.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{r.judul}</Text>
                    <Text size="xs" c="dimmed">
                      {tgl(r.mulai)} – {tgl(r.selesai)} ·{" "}
                      {t("komunitas.monev.ringkasTemuan", {
                        terbuka: r.temuan.terbuka,
                        tl: r.temuan.ditindaklanjuti,
                        selesai: r.temuan.selesai,
                      })}
                    </Text>
                  </Stack>
                  <Button size="xs" variant="light" onClick={() => setBuka(buka === r.id ? null : r.id)}>
                    {buka === r.id ? t("komunitas.tutup") : t("komunitas.buka")}
                  </Button>
                </Group>
                {buka === r.id && <DaftarTemuan rencanaId={r.id} />}
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

const WARNA_TINGKAT = { rendah: "gray", sedang: "yellow", tinggi: "orange", kritis: "red" } as const;

function DaftarTemuan({ rencanaId }: { rencanaId: string }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const { peran } = useInstansi();
  const apip = peran.includes("apip");
  const auditee = punya(peran, "admin_instansi", "ppk", "pimpinan", "tim_supervisi");
  const q = useQuery({
    queryKey: [...KUNCI, "temuan", rencanaId],
    queryFn: () => api<Temuan[]>(url(`/audit-internal/${rencanaId}/temuan`)),
  });
  const [f, setF] = useState({ judul: "", uraian: "", tingkat: "sedang", rekomendasi: "", batasWaktu: "" });
  const [tanggapan, setTanggapan] = useState<Record<string, string>>({});
  const segarkan = () => qc.invalidateQueries({ queryKey: KUNCI });
  const buat = useMutation({
    mutationFn: () =>
      api(url(`/audit-internal/${rencanaId}/temuan`), {
        method: "POST",
        body: { ...f, batasWaktu: f.batasWaktu || null },
      }),
    onSuccess: () => {
      setF({ judul: "", uraian: "", tingkat: "sedang", rekomendasi: "", batasWaktu: "" });
      segarkan();
    },
  });
  const tanggapi = useMutation({
    mutationFn: (v: { id: string; status: string }) =>
      api(url(`/temuan-audit/${v.id}/tanggapan`), {
        method: "POST",
        body: { tanggapan: tanggapan[v.id] ?? "", status: v.status },
      }),
    onSuccess: segarkan,
  });
  const status = useMutation({
    mutationFn: (v: { id: string; status: string }) =>
      api(url(`/temuan-audit/${v.id}/status`), { method: "POST", body: { status: v.status } }),
    onSuccess: segarkan,
  });
  return (
    <Stack gap="xs" mt="sm">
      <QueryState
        query={q}
        isEmpty={(d) => d.length === 0}
        empty={<Kosong pesan={t("komunitas.monev.temuanKosong")} />}
      >
        {(d) =>
          d.map((x) => (
            <Card key={x.id} withBorder padding="xs">
              <Group gap="xs">
                <Badge color={WARNA_TINGKAT[x.tingkat]}>{t(`komunitas.monev.tingkat.${x.tingkat}`)}</Badge>
                <Text fw={600}>{x.judul}</Text>
                <Badge variant="outline">{t(`komunitas.monev.statusTemuan.${x.status}`)}</Badge>
              </Group>
              <Text size="sm">{x.uraian}</Text>
              <Text size="sm">
                <b>{t("komunitas.monev.rekomendasi")}:</b> {x.rekomendasi} ({t("komunitas.monev.batasWaktu")}:{" "}
                {tgl(x.batasWaktu)})
              </Text>
              {x.tanggapan && (
                <Text size="sm">
                  <b>{t("komunitas.monev.tanggapan")}:</b> {x.tanggapan}
                </Text>
              )}
              {auditee && x.status !== "selesai" && (
                <Group align="flex-end" wrap="wrap" mt="xs">
                  <Textarea
                    label={t("komunitas.monev.tanggapanInstansi")}
                    value={tanggapan[x.id] ?? ""}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      setTanggapan((s) => ({ ...s, [x.id]: v }));
                    }}
                    maxLength={5000}
                    autosize
                    style={{ flex: "1 1 280px" }}
                  />
                  <Button size="xs" onClick={() => tanggapi.mutate({ id: x.id, status: "ditindaklanjuti" })}>
                    {t("komunitas.monev.kirimTindakLanjut")}
                  </Button>
                </Group>
              )}
              {apip && x.status !== "selesai" && (
                <Group justify="flex-end" mt="xs">
                  <Button
                    size="xs"
                    color="teal"
                    onClick={() => status.mutate({ id: x.id, status: "selesai" })}
                  >
                    {t("komunitas.monev.tutupTemuan")}
                  </Button>
                </Group>
              )}
            </Card>
          ))
        }
      </QueryState>
      <ErrorAlert error={tanggapi.error ?? status.error} />
      {apip && (
        <Card
          withBorder
          component="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            buat.mutate();
          }}
        >
          <Stack gap="xs">
            <Text fw={600}>{t("komunitas.monev.temuanBaru")}</Text>
            <Group grow wrap="wrap">
              <TextInput
                label={t("komunitas.monev.judulTemuan")}
                value={f.judul}
                onChange={(e) => setF({ ...f, judul: e.currentTarget.value })}
                maxLength={200}
                required
              />
              <Select
                label={t("komunitas.monev.tingkatLabel")}
                value={f.tingkat}
                allowDeselect={false}
                onChange={(v) => setF({ ...f, tingkat: v ?? "sedang" })}
                data={["rendah", "sedang", "tinggi", "kritis"].map((s) => ({
                  value: s,
                  label: t(`komunitas.monev.tingkat.${s}`),
                }))}
              />
              <InputTanggal
                label={t("komunitas.monev.batasWaktu")}
                value={f.batasWaktu}
                onChange={(v) => setF({ ...f, batasWaktu: v })}
              />
            </Group>
            <Textarea
              label={t("komunitas.monev.uraian")}
              value={f.uraian}
              onChange={(e) => setF({ ...f, uraian: e.currentTarget.value })}
              maxLength={10000}
              autosize
              required
            />
            <Textarea
              label={t("komunitas.monev.rekomendasi")}
              value={f.rekomendasi}
              onChange={(e) => setF({ ...f, rekomendasi: e.currentTarget.value })}
              maxLength={5000}
              autosize
              required
            />
            <ErrorAlert error={buat.error} />
            <Group justify="flex-end">
              <Button type="submit" loading={buat.isPending}>
                {t("komunitas.simpan")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

interface Hasil {
  jumlah: number;
  pertanyaan: { kode: string; id: string; en: string; rerata: number | null; sebaran: number[] }[];
  perBulan: { bulan: string; jumlah: number }[];
}

function HasilSurvei() {
  const { t, i18n } = useTranslation();
  const url = useUrl();
  const { kode } = useInstansi();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const hasil = useQuery({
    queryKey: [...KUNCI, "survei"],
    queryFn: () => api<Hasil>(url("/survei-publik/hasil")),
  });
  const komentar = useHalaman<{ id: string; dikirim: string; layanan: string | null; komentar: string }>(
    [...KUNCI, "komentar"],
    url("/survei-publik/komentar"),
    page,
  );
  const tautan = `${window.location.origin}/survei/${encodeURIComponent(kode)}`;
  return (
    <Stack>
      <Text size="sm">
        {t("komunitas.survei.tautanPublik")}{" "}
        <Anchor href={tautan} target="_blank" rel="noopener">
          {tautan}
        </Anchor>
      </Text>
      <QueryState query={hasil}>
        {(h) => (
          <Stack>
            <Text>{t("komunitas.survei.jumlah", { n: h.jumlah })}</Text>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("komunitas.survei.pernyataan")}</Table.Th>
                  <Table.Th>{t("komunitas.survei.rerata")}</Table.Th>
                  <Table.Th>{t("komunitas.survei.sebaran")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {h.pertanyaan.map((p) => (
                  <Table.Tr key={p.kode}>
                    <Table.Td>{i18n.language === "en" ? p.en : p.id}</Table.Td>
                    <Table.Td>{p.rerata === null ? "—" : p.rerata.toFixed(2)}</Table.Td>
                    <Table.Td>{p.sebaran.join(" / ")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </QueryState>
      <Title order={3}>{t("komunitas.survei.komentar")}</Title>
      <QueryState
        query={komentar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.survei.komentarKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((k) => (
              <Card key={k.id} withBorder padding="xs">
                <Text size="xs" c="dimmed">
                  {tgl(k.dikirim, true)}
                  {k.layanan && ` · ${k.layanan}`}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {k.komentar}
                </Text>
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
