/** Change agents' action plans with ratings (Tabel 2 I.1-2) and rewards (Tabel 2 III.3). */
import {
  Badge,
  Button,
  Card,
  Group,
  Progress,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { jumlahKarakter } from "../../components/JumlahKarakter.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { hariIni, punya, useHalaman, useInstansi, useTanggal, useUrl } from "./bersama.tsx";

const KUNCI = ["komunitas", "renaksi"] as const;

interface Butir {
  id: string;
  uraian: string;
  tenggat: string;
  bukti: string | null;
  status: "rencana" | "berjalan" | "selesai";
  nilai: number | null;
  komentarPenilai: string | null;
  terlambat: boolean;
}
interface Renaksi {
  id: string;
  agen: { id: string; nama: string };
  judul: string;
  mulai: string;
  selesai: string;
  butir: Butir[];
  ringkasan: { butir: number; selesai: number; rerataNilai: number | null };
}
interface Penghargaan {
  id: string;
  pegawai: { id: string; nama: string };
  kategori: string;
  alasan: string;
  status: "diusulkan" | "diberikan" | "ditolak";
  tanggalKeputusan: string | null;
  catatanKeputusan: string | null;
}

export function RenaksiPage() {
  const { t } = useTranslation();
  const { peran } = useInstansi();
  const bacaRenaksi = punya(peran, "agen_perubahan", "tim_supervisi", "pimpinan", "admin_instansi", "ppk");
  const kelolaPenghargaan = punya(peran, "pimpinan", "tim_supervisi", "admin_instansi", "ppk");
  return (
    <Stack>
      <Title order={2}>{t("komunitas.renaksi.judul")}</Title>
      <Tabs defaultValue={bacaRenaksi ? "renaksi" : "diberikan"} keepMounted={false}>
        <Tabs.List>
          {bacaRenaksi && <Tabs.Tab value="renaksi">{t("komunitas.renaksi.tabRenaksi")}</Tabs.Tab>}
          {kelolaPenghargaan && (
            <Tabs.Tab value="penghargaan">{t("komunitas.renaksi.tabPenghargaan")}</Tabs.Tab>
          )}
          <Tabs.Tab value="diberikan">{t("komunitas.renaksi.tabDiberikan")}</Tabs.Tab>
        </Tabs.List>
        {bacaRenaksi && (
          <Tabs.Panel value="renaksi" pt="md">
            <DaftarRenaksi />
          </Tabs.Panel>
        )}
        {kelolaPenghargaan && (
          <Tabs.Panel value="penghargaan" pt="md">
            <KelolaPenghargaan />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="diberikan" pt="md">
          <Diberikan />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function DaftarRenaksi() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const { peran } = useInstansi();
  const agen = peran.includes("agen_perubahan");
  const [page, setPage] = useState(1);
  const [judul, setJudul] = useState("");
  const [mulai, setMulai] = useState(hariIni());
  const [selesai, setSelesai] = useState(hariIni());
  const q = useHalaman<Renaksi>(KUNCI, url("/renaksi"), page);
  const buat = useMutation({
    mutationFn: () => api(url("/renaksi"), { method: "POST", body: { judul, mulai, selesai } }),
    onSuccess: () => {
      setJudul("");
      qc.invalidateQueries({ queryKey: KUNCI });
    },
  });
  return (
    <Stack>
      {agen && (
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
              label={t("komunitas.renaksi.judulRenaksi")}
              description={jumlahKarakter(t, judul, 200)}
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
              {t("komunitas.renaksi.buat")}
            </Button>
          </Group>
          <ErrorAlert error={buat.error} />
        </Card>
      )}
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.renaksi.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((r) => (
              <KartuRenaksi key={r.id} r={r} />
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function KartuRenaksi({ r }: { r: Renaksi }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const { peran } = useInstansi();
  const penilai = punya(peran, "tim_supervisi", "pimpinan");
  const saya = useQuery({
    queryKey: ["komunitas", "pendampingan", "saya"],
    queryFn: () => api<{ pegawaiId: string | null }>(url("/komunitas/saya")),
  });
  const pemilik = saya.data?.pegawaiId === r.agen.id;
  const [uraian, setUraian] = useState("");
  const [tenggat, setTenggat] = useState(hariIni());
  const [nilai, setNilai] = useState<Record<string, { nilai: string | null; komentar: string }>>({});
  const [bukti, setBukti] = useState<Record<string, string>>({});
  const segarkan = () => qc.invalidateQueries({ queryKey: KUNCI });
  const tambah = useMutation({
    mutationFn: () => api(url(`/renaksi/${r.id}/butir`), { method: "POST", body: { uraian, tenggat } }),
    onSuccess: () => {
      setUraian("");
      segarkan();
    },
  });
  const ubah = useMutation({
    mutationFn: (v: { id: string; body: Record<string, unknown> }) =>
      api(url(`/renaksi/butir/${v.id}`), { method: "PATCH", body: v.body }),
    onSuccess: segarkan,
  });
  const nilaiM = useMutation({
    mutationFn: (id: string) =>
      api(url(`/renaksi/butir/${id}/nilai`), {
        method: "POST",
        body: { nilai: Number(nilai[id]?.nilai ?? 0), komentar: nilai[id]?.komentar ?? "" },
      }),
    onSuccess: () => {
      segarkan();
      beritahuBerhasil(t("komunitas.tersimpan"));
    },
  });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={0}>
            <Text fw={600}>{r.judul}</Text>
            <Text size="xs" c="dimmed">
              {r.agen.nama} · {tgl(r.mulai)} – {tgl(r.selesai)}
            </Text>
          </Stack>
          <Text size="sm">
            {t("komunitas.renaksi.ringkasan", {
              selesai: r.ringkasan.selesai,
              butir: r.ringkasan.butir,
              nilai: r.ringkasan.rerataNilai === null ? "—" : r.ringkasan.rerataNilai.toFixed(1),
            })}
          </Text>
        </Group>
        <Progress
          value={r.ringkasan.butir ? (100 * r.ringkasan.selesai) / r.ringkasan.butir : 0}
          aria-label={t("komunitas.renaksi.progres")}
        />
        {r.butir.map((b) => (
          <Card key={b.id} withBorder padding="xs">
            <Group justify="space-between" wrap="wrap">
              <Text size="sm">{b.uraian}</Text>
              <Group gap={4}>
                <Badge variant="light">{t(`komunitas.renaksi.status.${b.status}`)}</Badge>
                {b.terlambat && <Badge color="red">{t("komunitas.renaksi.terlambat")}</Badge>}
                <Text size="xs">{tgl(b.tenggat)}</Text>
              </Group>
            </Group>
            {b.bukti && (
              <Text size="xs">
                {t("komunitas.renaksi.bukti")}: {b.bukti}
              </Text>
            )}
            {b.nilai !== null && (
              <Text size="xs">
                {t("komunitas.renaksi.nilai")}: <b>{b.nilai}</b> — {b.komentarPenilai}
              </Text>
            )}
            {pemilik && (
              <Group gap="xs" align="flex-end" wrap="wrap" mt={4}>
                <TextInput
                  size="xs"
                  label={t("komunitas.renaksi.bukti")}
                  value={bukti[b.id] ?? b.bukti ?? ""}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setBukti((s) => ({ ...s, [b.id]: v }));
                  }}
                  maxLength={2000}
                  style={{ flex: "1 1 200px" }}
                />
                <Select
                  size="xs"
                  label={t("komunitas.renaksi.statusLabel")}
                  value={b.status}
                  allowDeselect={false}
                  onChange={(v) => v && ubah.mutate({ id: b.id, body: { status: v } })}
                  data={["rencana", "berjalan", "selesai"].map((s) => ({
                    value: s,
                    label: t(`komunitas.renaksi.status.${s}`),
                  }))}
                />
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => ubah.mutate({ id: b.id, body: { bukti: bukti[b.id] ?? "" } })}
                >
                  {t("komunitas.simpan")}
                </Button>
              </Group>
            )}
            {penilai && !pemilik && (
              <Group gap="xs" align="flex-end" wrap="wrap" mt={4}>
                <Select
                  size="xs"
                  label={t("komunitas.renaksi.nilai")}
                  value={nilai[b.id]?.nilai ?? (b.nilai ? String(b.nilai) : null)}
                  onChange={(v) =>
                    setNilai((s) => ({
                      ...s,
                      [b.id]: { nilai: v, komentar: s[b.id]?.komentar ?? b.komentarPenilai ?? "" },
                    }))
                  }
                  data={["1", "2", "3", "4"].map((n) => ({
                    value: n,
                    label: t(`komunitas.renaksi.skala.${n}`),
                  }))}
                />
                <TextInput
                  size="xs"
                  label={t("komunitas.renaksi.komentar")}
                  value={nilai[b.id]?.komentar ?? b.komentarPenilai ?? ""}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setNilai((s) => ({
                      ...s,
                      [b.id]: { nilai: s[b.id]?.nilai ?? (b.nilai ? String(b.nilai) : null), komentar: v },
                    }));
                  }}
                  maxLength={2000}
                  style={{ flex: "1 1 200px" }}
                />
                <Button
                  size="xs"
                  onClick={() => nilaiM.mutate(b.id)}
                  disabled={!(nilai[b.id]?.nilai ?? b.nilai)}
                >
                  {t("komunitas.renaksi.simpanNilai")}
                </Button>
              </Group>
            )}
          </Card>
        ))}
        <ErrorAlert error={ubah.error ?? nilaiM.error} />
        {pemilik && (
          <Group
            align="flex-end"
            wrap="wrap"
            component="form"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              tambah.mutate();
            }}
          >
            <TextInput
              label={t("komunitas.renaksi.butirBaru")}
              value={uraian}
              onChange={(e) => setUraian(e.currentTarget.value)}
              maxLength={1000}
              required
              style={{ flex: "2 1 240px" }}
            />
            <InputTanggal
              label={t("komunitas.renaksi.tenggat")}
              value={tenggat}
              onChange={(v) => setTenggat(v)}
              required
            />
            <Button type="submit" loading={tambah.isPending}>
              {t("komunitas.forum.tambah")}
            </Button>
          </Group>
        )}
        <ErrorAlert error={tambah.error} />
      </Stack>
    </Card>
  );
}

function KelolaPenghargaan() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const { peran } = useInstansi();
  const pengusul = punya(peran, "pimpinan", "tim_supervisi", "admin_instansi");
  const pemutus = punya(peran, "ppk", "pimpinan");
  const [page, setPage] = useState(1);
  const [q, setQ] = useState("");
  const [cari] = useDebouncedValue(q, 300);
  const [pegawaiId, setPegawaiId] = useState<string | null>(null);
  const [kategori, setKategori] = useState("");
  const [alasan, setAlasan] = useState("");
  const calon = useQuery({
    queryKey: [...KUNCI, "calon", cari],
    queryFn: () =>
      api<Halaman<{ id: string; nama: string; unitNama: string | null }>>(url("/komunitas/pegawai"), {
        query: { q: cari, pageSize: 30 },
      }),
    enabled: pengusul,
  });
  const daftar = useHalaman<Penghargaan>([...KUNCI, "penghargaan"], url("/penghargaan"), page);
  const usul = useMutation({
    mutationFn: () => api(url("/penghargaan"), { method: "POST", body: { pegawaiId, kategori, alasan } }),
    onSuccess: () => {
      setKategori("");
      setAlasan("");
      setPegawaiId(null);
      qc.invalidateQueries({ queryKey: KUNCI });
    },
  });
  const putus = useMutation({
    mutationFn: (v: { id: string; status: "diberikan" | "ditolak" }) =>
      api(url(`/penghargaan/${v.id}/keputusan`), {
        method: "POST",
        body: { status: v.status, tanggal: hariIni() },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KUNCI }),
  });
  return (
    <Stack>
      {pengusul && (
        <Card
          withBorder
          component="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            usul.mutate();
          }}
        >
          <Stack gap="xs">
            <Select
              label={t("komunitas.pendampingan.pegawai")}
              searchable
              required
              searchValue={q}
              onSearchChange={setQ}
              value={pegawaiId}
              onChange={setPegawaiId}
              filter={({ options }) => options}
              data={(calon.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.nama}${p.unitNama ? ` — ${p.unitNama}` : ""}`,
              }))}
            />
            <TextInput
              label={t("komunitas.renaksi.kategori")}
              value={kategori}
              onChange={(e) => setKategori(e.currentTarget.value)}
              maxLength={100}
              required
            />
            <Textarea
              label={t("komunitas.renaksi.alasan")}
              value={alasan}
              onChange={(e) => setAlasan(e.currentTarget.value)}
              maxLength={2000}
              autosize
              required
            />
            <ErrorAlert error={usul.error} />
            <Group justify="flex-end">
              <Button type="submit" loading={usul.isPending} disabled={!pegawaiId}>
                {t("komunitas.renaksi.usulkan")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <ErrorAlert error={putus.error} />
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.renaksi.penghargaanKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((h) => (
              <Card key={h.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={0}>
                    <Text fw={600}>
                      {h.pegawai.nama} — {h.kategori}
                    </Text>
                    <Text size="sm">{h.alasan}</Text>
                  </Stack>
                  <Group gap="xs">
                    <Badge
                      color={h.status === "diberikan" ? "teal" : h.status === "ditolak" ? "gray" : "blue"}
                    >
                      {t(`komunitas.renaksi.statusPenghargaan.${h.status}`)}
                    </Badge>
                    {pemutus && h.status === "diusulkan" && (
                      <>
                        <Button
                          size="xs"
                          color="teal"
                          onClick={() => putus.mutate({ id: h.id, status: "diberikan" })}
                        >
                          {t("komunitas.renaksi.berikan")}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => putus.mutate({ id: h.id, status: "ditolak" })}
                        >
                          {t("komunitas.renaksi.tolak")}
                        </Button>
                      </>
                    )}
                  </Group>
                </Group>
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function Diberikan() {
  const { t } = useTranslation();
  const url = useUrl();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const q = useHalaman<Penghargaan>([...KUNCI, "diberikan"], url("/penghargaan/diberikan"), page);
  return (
    <QueryState
      query={q}
      isEmpty={(d) => d.items.length === 0}
      empty={<Kosong pesan={t("komunitas.renaksi.penghargaanKosong")} />}
    >
      {(d) => (
        <Stack gap="xs">
          {d.items.map((h) => (
            <Card key={h.id} withBorder padding="sm">
              <Text fw={600}>
                {h.pegawai.nama} — {h.kategori}
              </Text>
              <Text size="sm">{h.alasan}</Text>
              <Text size="xs" c="dimmed">
                {tgl(h.tanggalKeputusan)}
              </Text>
            </Card>
          ))}
          <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
        </Stack>
      )}
    </QueryState>
  );
}
