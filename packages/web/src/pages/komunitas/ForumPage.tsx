/** Knowledge-sharing forum (Tabel 4 no. 2): categories, threads, search, replies, reports, moderation, attachments, notifications. */
import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Modal,
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
import { api, apiHeaders } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { jumlahKarakter } from "../../components/JumlahKarakter.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { punya, UKURAN_HALAMAN, useHalaman, useInstansi, useTanggal, useUrl } from "./bersama.tsx";
import { IsiHtml } from "./KampanyePage.tsx";

interface Kategori {
  id: string;
  nama: string;
  deskripsi: string | null;
  aktif: boolean;
  jumlahUtas: number;
}
interface Penulis {
  id: string;
  nama: string;
  username: string;
}
interface UtasRingkas {
  id: string;
  kategoriId: string;
  judul: string;
  penulis: Penulis;
  terkunci: boolean;
  disembunyikan: boolean;
  jumlahBalasan: number;
  aktivitasTerakhir: string;
}
interface Balasan {
  id: string;
  isi: string;
  html: string;
  penulis: Penulis;
  disembunyikan: boolean;
  dibuat: string;
}
interface Utas extends UtasRingkas {
  isi: string;
  html: string;
  lampiran: { id: string; nama: string; jenisMime: string; ukuran: number }[];
  balasan: { items: Balasan[]; total: number; page: number; pageSize: number };
}
interface Notifikasi {
  id: string;
  jenis: string;
  judul: string;
  tautan: string | null;
  dibaca: string | null;
  dibuat: string;
}

const KUNCI = ["komunitas", "forum"] as const;
const useModerator = () => punya(useInstansi().peran, "admin_instansi", "tim_supervisi");

export function ForumPage() {
  const { t } = useTranslation();
  const moderator = useModerator();
  return (
    <Stack>
      <Title order={2}>{t("komunitas.forum.judul")}</Title>
      <Tabs defaultValue="utas" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="utas">{t("komunitas.forum.tabUtas")}</Tabs.Tab>
          <Tabs.Tab value="notifikasi">{t("komunitas.forum.tabNotifikasi")}</Tabs.Tab>
          {moderator && <Tabs.Tab value="moderasi">{t("komunitas.forum.tabModerasi")}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="utas" pt="md">
          <DaftarUtas />
        </Tabs.Panel>
        <Tabs.Panel value="notifikasi" pt="md">
          <DaftarNotifikasi />
        </Tabs.Panel>
        {moderator && (
          <Tabs.Panel value="moderasi" pt="md">
            <Moderasi />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function useKategori() {
  const url = useUrl();
  return useQuery({
    queryKey: [...KUNCI, "kategori"],
    queryFn: () => api<Kategori[]>(url("/forum/kategori")),
  });
}

function DaftarUtas() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const kategori = useKategori();
  const [kategoriId, setKategoriId] = useState<string | null>(null);
  const [q, setQ] = useState("");
  const [cari] = useDebouncedValue(q.trim(), 300);
  const [page, setPage] = useState(1);
  const [baru, setBaru] = useState(false);
  const [judul, setJudul] = useState("");
  const [isi, setIsi] = useState("");
  const [katBaru, setKatBaru] = useState<string | null>(null);
  const daftar = useHalaman<UtasRingkas>([...KUNCI, "utas"], url("/forum/utas"), page, {
    kategoriId: kategoriId ?? undefined,
    q: cari || undefined,
  });
  const buat = useMutation({
    mutationFn: () =>
      api<Utas>(url("/forum/utas"), { method: "POST", body: { kategoriId: katBaru, judul, isi } }),
    onSuccess: (u) => {
      qc.invalidateQueries({ queryKey: KUNCI });
      navigate(`/forum/${u.id}`);
    },
  });
  const nama = (id: string) => kategori.data?.find((k) => k.id === id)?.nama ?? "";
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t("komunitas.forum.cari")}
          description={t("komunitas.forum.cariPetunjuk")}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          maxLength={200}
          style={{ flex: "2 1 240px" }}
        />
        <Select
          label={t("komunitas.forum.kategori")}
          clearable
          value={kategoriId}
          onChange={(v) => {
            setKategoriId(v);
            setPage(1);
          }}
          data={(kategori.data ?? []).map((k) => ({ value: k.id, label: `${k.nama} (${k.jumlahUtas})` }))}
          style={{ flex: "1 1 200px" }}
        />
        {!baru && <Button onClick={() => setBaru(true)}>{t("komunitas.forum.utasBaru")}</Button>}
      </Group>
      {kategori.data && kategori.data.length === 0 && (
        <Text c="dimmed">{t("komunitas.forum.tanpaKategori")}</Text>
      )}
      {baru && (
        <Card
          withBorder
          component="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            buat.mutate();
          }}
        >
          <Stack gap="sm">
            <Select
              label={t("komunitas.forum.kategori")}
              required
              value={katBaru}
              onChange={setKatBaru}
              data={(kategori.data ?? []).filter((k) => k.aktif).map((k) => ({ value: k.id, label: k.nama }))}
            />
            <TextInput
              label={t("komunitas.forum.judulUtas")}
              description={jumlahKarakter(t, judul, 200)}
              value={judul}
              onChange={(e) => setJudul(e.currentTarget.value)}
              maxLength={200}
              required
            />
            <Textarea
              label={t("komunitas.forum.isi")}
              description={t("komunitas.markdownPetunjuk")}
              value={isi}
              onChange={(e) => setIsi(e.currentTarget.value)}
              maxLength={20000}
              autosize
              minRows={5}
              required
            />
            <ErrorAlert error={buat.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setBaru(false)}>
                {t("umum.batal")}
              </Button>
              <Button type="submit" loading={buat.isPending} disabled={!katBaru}>
                {t("komunitas.forum.kirim")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.forum.kosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((u) => (
              <Card key={u.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2} className="teks-bebas">
                    <Anchor
                      href={`/forum/${u.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(`/forum/${u.id}`);
                      }}
                      fw={600}
                    >
                      {u.judul}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {nama(u.kategoriId)} · {u.penulis.nama} ·{" "}
                      {t("komunitas.forum.balasanN", { n: u.jumlahBalasan })} ·{" "}
                      {tgl(u.aktivitasTerakhir, true)}
                    </Text>
                  </Stack>
                  <Group gap={4}>
                    {u.terkunci && <Badge color="gray">{t("komunitas.forum.terkunci")}</Badge>}
                    {u.disembunyikan && <Badge color="red">{t("komunitas.forum.disembunyikan")}</Badge>}
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

export function UtasPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const moderator = useModerator();
  const [page, setPage] = useState(1);
  const [balas, setBalas] = useState("");
  const [lapor, setLapor] = useState<{ balasanId: string | null } | null>(null);
  const [alasan, setAlasan] = useState("");
  const [berkas, setBerkas] = useState<File | null>(null);
  const utas = useQuery({
    queryKey: [...KUNCI, "utas", id, page],
    queryFn: () => api<Utas>(url(`/forum/utas/${id}`), { query: { page, pageSize: UKURAN_HALAMAN } }),
  });
  const segarkan = () => qc.invalidateQueries({ queryKey: KUNCI });
  const kirimBalasan = useMutation({
    mutationFn: () => api(url(`/forum/utas/${id}/balasan`), { method: "POST", body: { isi: balas } }),
    onSuccess: () => {
      setBalas("");
      segarkan();
    },
  });
  const moderasi = useMutation({
    mutationFn: (body: { disembunyikan?: boolean; terkunci?: boolean }) =>
      api(url(`/forum/utas/${id}/moderasi`), { method: "POST", body }),
    onSuccess: segarkan,
  });
  const moderasiBalasan = useMutation({
    mutationFn: (v: { id: string; disembunyikan: boolean }) =>
      api(url(`/forum/balasan/${v.id}/moderasi`), {
        method: "POST",
        body: { disembunyikan: v.disembunyikan },
      }),
    onSuccess: segarkan,
  });
  const laporkan = useMutation({
    mutationFn: () =>
      api(url("/forum/laporan"), {
        method: "POST",
        body: { utasId: id, balasanId: lapor?.balasanId ?? null, alasan },
      }),
    onSuccess: () => {
      setLapor(null);
      setAlasan("");
      beritahuBerhasil(t("komunitas.forum.terlapor"));
    },
  });
  const unggah = useMutation({
    mutationFn: async () => {
      if (!berkas) return;
      const fd = new FormData();
      fd.append("file", berkas);
      await api(url(`/forum/utas/${id}/lampiran`), { method: "POST", body: fd });
    },
    onSuccess: () => {
      setBerkas(null);
      segarkan();
    },
  });
  const unduh = async (l: { id: string; nama: string }) => {
    const res = await fetch(url(`/forum/lampiran/${l.id}`), {
      headers: apiHeaders("GET"),
      credentials: "same-origin",
    });
    const blob = await res.blob();
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = l.nama;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <Stack>
      <Anchor
        href="/forum"
        onClick={(e) => {
          e.preventDefault();
          navigate("/forum");
        }}
      >
        ← {t("komunitas.forum.kembali")}
      </Anchor>
      <QueryState query={utas}>
        {(u) => (
          <Stack>
            <Group justify="space-between" wrap="wrap">
              <Title order={2} className="teks-bebas">
                {u.judul}
              </Title>
              <Group gap={4}>
                {u.terkunci && <Badge color="gray">{t("komunitas.forum.terkunci")}</Badge>}
                {u.disembunyikan && <Badge color="red">{t("komunitas.forum.disembunyikan")}</Badge>}
              </Group>
            </Group>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {u.penulis.nama} (@{u.penulis.username})
              </Text>
              <IsiHtml html={u.html} />
              {u.lampiran.length > 0 && (
                <Stack gap={2} mt="xs">
                  <Text size="sm" fw={600}>
                    {t("komunitas.forum.lampiran")}
                  </Text>
                  {u.lampiran.map((l) => (
                    <Anchor key={l.id} component="button" type="button" size="sm" onClick={() => unduh(l)}>
                      {l.nama} ({Math.ceil(l.ukuran / 1024)} KB)
                    </Anchor>
                  ))}
                </Stack>
              )}
              <Group justify="flex-end" gap="xs" mt="xs">
                <Button size="xs" variant="subtle" onClick={() => setLapor({ balasanId: null })}>
                  {t("komunitas.forum.laporkan")}
                </Button>
                {moderator && (
                  <>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => moderasi.mutate({ terkunci: !u.terkunci })}
                    >
                      {u.terkunci ? t("komunitas.forum.buka") : t("komunitas.forum.kunci")}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color="red.9"
                      onClick={() => moderasi.mutate({ disembunyikan: !u.disembunyikan })}
                    >
                      {u.disembunyikan ? t("komunitas.forum.tampilkan") : t("komunitas.forum.sembunyikan")}
                    </Button>
                  </>
                )}
              </Group>
              <ErrorAlert error={moderasi.error} />
            </Card>
            {u.balasan.items.map((b) => (
              <Card key={b.id} withBorder ml="md" opacity={b.disembunyikan ? 0.5 : 1}>
                <Text size="sm" c="dimmed">
                  {b.penulis.nama} · {tgl(b.dibuat, true)}
                  {b.disembunyikan && ` · ${t("komunitas.forum.disembunyikan")}`}
                </Text>
                <IsiHtml html={b.html} />
                <Group justify="flex-end" gap="xs">
                  <Button size="xs" variant="subtle" onClick={() => setLapor({ balasanId: b.id })}>
                    {t("komunitas.forum.laporkan")}
                  </Button>
                  {moderator && (
                    <Button
                      size="xs"
                      variant="light"
                      color="red.9"
                      onClick={() => moderasiBalasan.mutate({ id: b.id, disembunyikan: !b.disembunyikan })}
                    >
                      {b.disembunyikan ? t("komunitas.forum.tampilkan") : t("komunitas.forum.sembunyikan")}
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
            <Paginasi
              page={u.balasan.page}
              pageSize={u.balasan.pageSize}
              total={u.balasan.total}
              onChange={setPage}
            />
            {u.terkunci ? (
              <Text c="dimmed">{t("komunitas.forum.terkunciPesan")}</Text>
            ) : (
              <Card
                withBorder
                component="form"
                onSubmit={(e: FormEvent) => {
                  e.preventDefault();
                  kirimBalasan.mutate();
                }}
              >
                <Stack gap="sm">
                  <Textarea
                    label={t("komunitas.forum.balas")}
                    description={t("komunitas.markdownPetunjuk")}
                    value={balas}
                    onChange={(e) => setBalas(e.currentTarget.value)}
                    maxLength={20000}
                    autosize
                    minRows={3}
                    required
                  />
                  <ErrorAlert error={kirimBalasan.error} />
                  <Group justify="flex-end">
                    <Button type="submit" loading={kirimBalasan.isPending}>
                      {t("komunitas.forum.kirim")}
                    </Button>
                  </Group>
                  <Group align="flex-end" wrap="wrap">
                    <FileInput
                      label={t("komunitas.forum.lampirkan")}
                      description={t("komunitas.forum.lampiranBatas")}
                      accept=".pdf,.png,.jpg,.jpeg,.txt"
                      value={berkas}
                      onChange={setBerkas}
                      clearable
                      style={{ flex: "1 1 240px" }}
                    />
                    <Button
                      variant="default"
                      onClick={() => unggah.mutate()}
                      disabled={!berkas}
                      loading={unggah.isPending}
                    >
                      {t("komunitas.forum.unggah")}
                    </Button>
                  </Group>
                  <ErrorAlert error={unggah.error} />
                </Stack>
              </Card>
            )}
          </Stack>
        )}
      </QueryState>
      <Modal
        opened={lapor !== null}
        onClose={() => setLapor(null)}
        title={t("komunitas.forum.laporkanJudul")}
        centered
        closeButtonProps={{ "aria-label": t("umum.tutup") }}
      >
        <Stack>
          <Textarea
            label={t("komunitas.forum.alasan")}
            value={alasan}
            onChange={(e) => setAlasan(e.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={2}
            required
          />
          <ErrorAlert error={laporkan.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setLapor(null)}>
              {t("umum.batal")}
            </Button>
            <Button
              color="orange.9"
              loading={laporkan.isPending}
              disabled={!alasan.trim()}
              onClick={() => laporkan.mutate()}
            >
              {t("komunitas.forum.laporkan")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function DaftarNotifikasi() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const q = useHalaman<Notifikasi>([...KUNCI, "notifikasi"], url("/notifikasi"), page);
  const baca = useMutation({
    mutationFn: (body: { ids?: string[]; semua?: boolean }) =>
      api(url("/notifikasi/baca"), { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...KUNCI, "notifikasi"] }),
  });
  return (
    <QueryState
      query={q}
      isEmpty={(d) => d.items.length === 0}
      empty={<Kosong pesan={t("komunitas.forum.notifikasiKosong")} />}
    >
      {(d) => (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text size="sm">{t("komunitas.forum.belumDibaca", { n: Number(d.belumDibaca ?? 0) })}</Text>
            <Button size="xs" variant="light" onClick={() => baca.mutate({ semua: true })}>
              {t("komunitas.forum.tandaiSemua")}
            </Button>
          </Group>
          {d.items.map((n) => (
            <Card key={n.id} withBorder padding="xs" opacity={n.dibaca ? 0.6 : 1}>
              <Group justify="space-between" wrap="wrap">
                <Anchor
                  href={n.tautan ?? "#"}
                  onClick={(e) => {
                    e.preventDefault();
                    baca.mutate({ ids: [n.id] });
                    if (n.tautan) navigate(n.tautan);
                  }}
                >
                  {n.judul}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {tgl(n.dibuat, true)}
                </Text>
              </Group>
            </Card>
          ))}
          <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
        </Stack>
      )}
    </QueryState>
  );
}

function Moderasi() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const kategori = useKategori();
  const [page, setPage] = useState(1);
  const [nama, setNama] = useState("");
  const laporan = useHalaman<{
    id: string;
    utasId: string;
    utasJudul: string;
    alasan: string;
    dibuat: string;
  }>([...KUNCI, "laporan"], url("/forum/laporan"), page);
  const buatKategori = useMutation({
    mutationFn: () => api(url("/forum/kategori"), { method: "POST", body: { nama } }),
    onSuccess: () => {
      setNama("");
      qc.invalidateQueries({ queryKey: KUNCI });
    },
  });
  const aktifkan = useMutation({
    mutationFn: (k: Kategori) =>
      api(url(`/forum/kategori/${k.id}`), { method: "PATCH", body: { aktif: !k.aktif } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KUNCI }),
  });
  const selesai = useMutation({
    mutationFn: (id: string) => api(url(`/forum/laporan/${id}/selesai`), { method: "POST" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...KUNCI, "laporan"] }),
  });
  return (
    <Stack>
      <Title order={3}>{t("komunitas.forum.laporanJudul")}</Title>
      <QueryState
        query={laporan}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.forum.laporanKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((l) => (
              <Card key={l.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2} className="teks-bebas">
                    <Anchor
                      href={`/forum/${l.utasId}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(`/forum/${l.utasId}`);
                      }}
                    >
                      {l.utasJudul}
                    </Anchor>
                    <Text size="sm">{l.alasan}</Text>
                    <Text size="xs" c="dimmed">
                      {tgl(l.dibuat, true)}
                    </Text>
                  </Stack>
                  <Button size="xs" onClick={() => selesai.mutate(l.id)}>
                    {t("komunitas.forum.tandaiSelesai")}
                  </Button>
                </Group>
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
      <Title order={3}>{t("komunitas.forum.kategoriJudul")}</Title>
      <Group
        align="flex-end"
        component="form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          buatKategori.mutate();
        }}
      >
        <TextInput
          label={t("komunitas.forum.kategoriBaru")}
          value={nama}
          onChange={(e) => setNama(e.currentTarget.value)}
          maxLength={100}
          required
        />
        <Button type="submit" loading={buatKategori.isPending}>
          {t("komunitas.forum.tambah")}
        </Button>
      </Group>
      <ErrorAlert error={buatKategori.error ?? aktifkan.error} />
      {(kategori.data ?? []).map((k) => (
        <Group key={k.id} justify="space-between">
          <Text>
            {k.nama} {!k.aktif && <Badge color="gray">{t("komunitas.forum.nonaktif")}</Badge>}
          </Text>
          <Button size="xs" variant="light" onClick={() => aktifkan.mutate(k)}>
            {k.aktif ? t("komunitas.forum.nonaktifkan") : t("komunitas.forum.aktifkan")}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
