/**
 * Mentoring, coaching and counseling (Tabel 2 I.3, III.2) and the
 * self-evaluation diary (Tabel 8). Everything here is private to the people
 * involved; the page says so.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { SUB_DIMENSI } from "@nurani/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { Konfirmasi } from "../../components/Konfirmasi.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { hariIni, Privasi, punya, useHalaman, useInstansi, useTanggal, useUrl } from "./bersama.tsx";

interface Orang {
  id: string;
  nama: string;
}
interface Sesi {
  id: string;
  jenis: "mentoring" | "coaching" | "konseling";
  tanggal: string;
  topik: string;
  tindakan: string | null;
  tindakLanjut: string | null;
  tanggalTindakLanjut: string | null;
  catatan: string | null;
  pendamping: Orang;
  pegawai: Orang;
  peranSaya: "pendamping" | "pegawai";
}
interface Entri {
  id: string;
  tanggal: string;
  judul: string;
  isi: string;
  subdimensi: string[];
  dibagikanKe: Orang | null;
  penulis: Orang | null;
}
interface Saya {
  pegawaiId: string | null;
  pendamping: Orang[];
}

const KUNCI = ["komunitas", "pendampingan"] as const;

export function PendampinganPage() {
  const { t } = useTranslation();
  const url = useUrl();
  const saya = useQuery({ queryKey: [...KUNCI, "saya"], queryFn: () => api<Saya>(url("/komunitas/saya")) });
  return (
    <Stack>
      <Title order={2}>{t("komunitas.pendampingan.judul")}</Title>
      {saya.data && !saya.data.pegawaiId && <Alert color="yellow">{t("komunitas.bukanPegawai")}</Alert>}
      <Tabs defaultValue="sesi" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="sesi">{t("komunitas.pendampingan.tabSesi")}</Tabs.Tab>
          <Tabs.Tab value="diri">{t("komunitas.evaluasiDiri.tab")}</Tabs.Tab>
          <Tabs.Tab value="dibagikan">{t("komunitas.evaluasiDiri.tabDibagikan")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sesi" pt="md">
          <DaftarSesi />
        </Tabs.Panel>
        <Tabs.Panel value="diri" pt="md">
          <EvaluasiDiri pendamping={saya.data?.pendamping ?? []} />
        </Tabs.Panel>
        <Tabs.Panel value="dibagikan" pt="md">
          <Dibagikan />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function PilihPegawai({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const url = useUrl();
  const [q, setQ] = useState("");
  const [cari] = useDebouncedValue(q, 300);
  const r = useQuery({
    queryKey: [...KUNCI, "pegawai", cari],
    queryFn: () =>
      api<Halaman<{ id: string; nama: string; unitNama: string | null }>>(url("/komunitas/pegawai"), {
        query: { q: cari, pageSize: 30 },
      }),
  });
  return (
    <Select
      label={t("komunitas.pendampingan.pegawai")}
      searchable
      required
      searchValue={q}
      onSearchChange={setQ}
      value={value}
      onChange={onChange}
      filter={({ options }) => options}
      nothingFoundMessage={t("umum.tidakAda")}
      data={(r.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.nama}${p.unitNama ? ` — ${p.unitNama}` : ""}`,
      }))}
    />
  );
}

function FormSesi({ awal, onSelesai }: { awal?: Sesi; onSelesai: () => void }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const [pegawaiId, setPegawaiId] = useState<string | null>(null);
  const [jenis, setJenis] = useState<string>(awal?.jenis ?? "mentoring");
  const [tanggal, setTanggal] = useState(awal?.tanggal ?? hariIni());
  const [topik, setTopik] = useState(awal?.topik ?? "");
  const [tindakan, setTindakan] = useState(awal?.tindakan ?? "");
  const [tindakLanjut, setTindakLanjut] = useState(awal?.tindakLanjut ?? "");
  const [tglTL, setTglTL] = useState(awal?.tanggalTindakLanjut ?? "");
  const [catatan, setCatatan] = useState(awal?.catatan ?? "");
  const simpan = useMutation({
    mutationFn: () => {
      const isi = {
        jenis,
        tanggal,
        topik,
        tindakan,
        tindakLanjut,
        tanggalTindakLanjut: tglTL || null,
        catatan,
      };
      return awal
        ? api(url(`/pendampingan/${awal.id}`), { method: "PATCH", body: isi })
        : api(url("/pendampingan"), { method: "POST", body: { ...isi, pegawaiId } });
    },
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: KUNCI });
      beritahuBerhasil(t("komunitas.tersimpan"));
      onSelesai();
    },
  });
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    simpan.mutate();
  };
  return (
    <Card withBorder component="form" onSubmit={kirim}>
      <Stack gap="sm">
        {!awal && <PilihPegawai value={pegawaiId} onChange={setPegawaiId} />}
        <Group grow wrap="wrap">
          <Select
            label={t("komunitas.pendampingan.jenis")}
            value={jenis}
            onChange={(v) => setJenis(v ?? "mentoring")}
            allowDeselect={false}
            data={["mentoring", "coaching", "konseling"].map((j) => ({
              value: j,
              label: t(`komunitas.pendampingan.jenisNama.${j}`),
            }))}
          />
          <InputTanggal
            label={t("komunitas.tanggal")}
            value={tanggal}
            onChange={(v) => setTanggal(v)}
            required
          />
        </Group>
        {jenis === "konseling" && <Alert color="grape">{t("komunitas.pendampingan.konselingPrivasi")}</Alert>}
        <TextInput
          label={t("komunitas.pendampingan.topik")}
          value={topik}
          onChange={(e) => setTopik(e.currentTarget.value)}
          maxLength={300}
          required
        />
        <Textarea
          label={t("komunitas.pendampingan.tindakan")}
          value={tindakan}
          onChange={(e) => setTindakan(e.currentTarget.value)}
          maxLength={5000}
          autosize
          minRows={2}
        />
        <Textarea
          label={t("komunitas.pendampingan.tindakLanjut")}
          value={tindakLanjut}
          onChange={(e) => setTindakLanjut(e.currentTarget.value)}
          maxLength={5000}
          autosize
          minRows={2}
        />
        <InputTanggal
          label={t("komunitas.pendampingan.tanggalTindakLanjut")}
          value={tglTL}
          onChange={(v) => setTglTL(v)}
        />
        <Textarea
          label={t("komunitas.pendampingan.catatan")}
          description={t("komunitas.pendampingan.catatanPetunjuk")}
          value={catatan}
          onChange={(e) => setCatatan(e.currentTarget.value)}
          maxLength={10000}
          autosize
          minRows={3}
        />
        <ErrorAlert error={simpan.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onSelesai}>
            {t("umum.batal")}
          </Button>
          <Button type="submit" loading={simpan.isPending} disabled={!awal && !pegawaiId}>
            {t("komunitas.simpan")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function DaftarSesi() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const { peran } = useInstansi();
  const bolehCatat = punya(peran, "pimpinan", "agen_perubahan");
  const [page, setPage] = useState(1);
  const [baru, setBaru] = useState(false);
  const [ubah, setUbah] = useState<Sesi | null>(null);
  const [hapus, setHapus] = useState<Sesi | null>(null);
  const q = useHalaman<Sesi>(KUNCI, url("/pendampingan"), page);
  const hapusM = useMutation({
    mutationFn: (id: string) => api(url(`/pendampingan/${id}`), { method: "DELETE" }),
    onSuccess: () => {
      setHapus(null);
      qc.invalidateQueries({ queryKey: KUNCI });
      beritahuBerhasil(t("komunitas.terhapus"));
    },
  });
  return (
    <Stack>
      <Privasi>{t("komunitas.pendampingan.privasi")}</Privasi>
      {bolehCatat && !baru && (
        <Group>
          <Button onClick={() => setBaru(true)}>{t("komunitas.pendampingan.catatBaru")}</Button>
        </Group>
      )}
      {baru && <FormSesi onSelesai={() => setBaru(false)} />}
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.pendampingan.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((s) =>
              ubah?.id === s.id ? (
                <FormSesi key={s.id} awal={s} onSelesai={() => setUbah(null)} />
              ) : (
                <Card key={s.id} withBorder>
                  <Stack gap={4}>
                    <Group justify="space-between" wrap="wrap">
                      <Group gap="xs">
                        <Badge color={s.jenis === "konseling" ? "grape" : "blue"}>
                          {t(`komunitas.pendampingan.jenisNama.${s.jenis}`)}
                        </Badge>
                        <Text fw={600}>{s.topik}</Text>
                      </Group>
                      <Text size="sm" c="dimmed">
                        {tgl(s.tanggal)}
                      </Text>
                    </Group>
                    <Text size="sm">
                      {s.peranSaya === "pendamping"
                        ? t("komunitas.pendampingan.denganPegawai", { nama: s.pegawai.nama })
                        : t("komunitas.pendampingan.olehPendamping", { nama: s.pendamping.nama })}
                    </Text>
                    {s.tindakan && (
                      <Text size="sm">
                        <b>{t("komunitas.pendampingan.tindakan")}:</b> {s.tindakan}
                      </Text>
                    )}
                    {s.tindakLanjut && (
                      <Text size="sm">
                        <b>{t("komunitas.pendampingan.tindakLanjut")}:</b> {s.tindakLanjut} (
                        {tgl(s.tanggalTindakLanjut)})
                      </Text>
                    )}
                    {s.catatan && (
                      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                        <b>{t("komunitas.pendampingan.catatan")}:</b> {s.catatan}
                      </Text>
                    )}
                    {s.peranSaya === "pendamping" && bolehCatat && (
                      <Group gap="xs" justify="flex-end">
                        <Button size="xs" variant="default" onClick={() => setUbah(s)}>
                          {t("komunitas.ubah")}
                        </Button>
                        <Button size="xs" variant="subtle" color="red.9" onClick={() => setHapus(s)}>
                          {t("komunitas.hapus")}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Card>
              ),
            )}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
      <Konfirmasi
        opened={hapus !== null}
        judul={t("komunitas.pendampingan.hapusJudul")}
        pesan={t("komunitas.pendampingan.hapusPesan", { topik: hapus?.topik ?? "" })}
        labelYa={t("komunitas.hapus")}
        sedang={hapusM.isPending}
        error={hapusM.error}
        onYa={() => hapus && hapusM.mutate(hapus.id)}
        onBatal={() => setHapus(null)}
      />
    </Stack>
  );
}

function FormEntri({ awal, onSelesai }: { awal?: Entri; onSelesai: () => void }) {
  const { t, i18n } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const [tanggal, setTanggal] = useState(awal?.tanggal ?? hariIni());
  const [judul, setJudul] = useState(awal?.judul ?? "");
  const [isi, setIsi] = useState(awal?.isi ?? "");
  const [sub, setSub] = useState<string[]>(awal?.subdimensi ?? []);
  const simpan = useMutation({
    mutationFn: () =>
      awal
        ? api(url(`/evaluasi-diri/${awal.id}`), {
            method: "PATCH",
            body: { tanggal, judul, isi, subdimensi: sub },
          })
        : api(url("/evaluasi-diri"), { method: "POST", body: { tanggal, judul, isi, subdimensi: sub } }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: KUNCI });
      beritahuBerhasil(t("komunitas.tersimpan"));
      onSelesai();
    },
  });
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        simpan.mutate();
      }}
    >
      <Stack gap="sm">
        <Group grow wrap="wrap">
          <InputTanggal
            label={t("komunitas.tanggal")}
            value={tanggal}
            onChange={(v) => setTanggal(v)}
            required
          />
          <TextInput
            label={t("komunitas.evaluasiDiri.judulEntri")}
            value={judul}
            onChange={(e) => setJudul(e.currentTarget.value)}
            maxLength={200}
            required
          />
        </Group>
        <MultiSelect
          label={t("komunitas.evaluasiDiri.subdimensi")}
          value={sub}
          onChange={setSub}
          searchable
          data={SUB_DIMENSI.map((s) => ({
            value: s.kode,
            label: `${s.kode} — ${i18n.language === "en" ? s.nama.en : s.nama.id}`,
          }))}
        />
        <Textarea
          label={t("komunitas.evaluasiDiri.isi")}
          value={isi}
          onChange={(e) => setIsi(e.currentTarget.value)}
          maxLength={10000}
          autosize
          minRows={4}
          required
        />
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
    </Card>
  );
}

function EvaluasiDiri({ pendamping }: { pendamping: Orang[] }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const [baru, setBaru] = useState(false);
  const [ubah, setUbah] = useState<string | null>(null);
  const [hapus, setHapus] = useState<Entri | null>(null);
  const q = useHalaman<Entri>([...KUNCI, "diri"], url("/evaluasi-diri"), page);
  const bagikan = useMutation({
    mutationFn: (v: { id: string; pendampingId: string | null }) =>
      api(url(`/evaluasi-diri/${v.id}/bagikan`), { method: "POST", body: { pendampingId: v.pendampingId } }),
    onSuccess: (_d, v) => {
      qc.invalidateQueries({ queryKey: KUNCI });
      beritahuBerhasil(
        v.pendampingId ? t("komunitas.evaluasiDiri.dibagikanOk") : t("komunitas.evaluasiDiri.ditarikOk"),
      );
    },
  });
  const hapusM = useMutation({
    mutationFn: (id: string) => api(url(`/evaluasi-diri/${id}`), { method: "DELETE" }),
    onSuccess: () => {
      setHapus(null);
      qc.invalidateQueries({ queryKey: KUNCI });
    },
  });
  return (
    <Stack>
      <Privasi>{t("komunitas.evaluasiDiri.privasi")}</Privasi>
      {!baru && (
        <Group>
          <Button onClick={() => setBaru(true)}>{t("komunitas.evaluasiDiri.tulis")}</Button>
        </Group>
      )}
      {baru && <FormEntri onSelesai={() => setBaru(false)} />}
      <ErrorAlert error={bagikan.error} />
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.evaluasiDiri.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((e) =>
              ubah === e.id ? (
                <FormEntri key={e.id} awal={e} onSelesai={() => setUbah(null)} />
              ) : (
                <Card key={e.id} withBorder>
                  <Stack gap={4}>
                    <Group justify="space-between">
                      <Text fw={600}>{e.judul}</Text>
                      <Text size="sm" c="dimmed">
                        {tgl(e.tanggal)}
                      </Text>
                    </Group>
                    <Group gap={4}>
                      {e.subdimensi.map((s) => (
                        <Badge key={s} variant="light">
                          {s}
                        </Badge>
                      ))}
                      <Badge color={e.dibagikanKe ? "orange" : "gray"} variant="outline">
                        {e.dibagikanKe
                          ? t("komunitas.evaluasiDiri.dibagikanKe", { nama: e.dibagikanKe.nama })
                          : t("komunitas.evaluasiDiri.pribadi")}
                      </Badge>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {e.isi}
                    </Text>
                    <Group gap="xs" justify="flex-end" wrap="wrap">
                      {e.dibagikanKe ? (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => bagikan.mutate({ id: e.id, pendampingId: null })}
                        >
                          {t("komunitas.evaluasiDiri.tarik")}
                        </Button>
                      ) : (
                        <Select
                          size="xs"
                          aria-label={t("komunitas.evaluasiDiri.bagikanKe")}
                          placeholder={
                            pendamping.length
                              ? t("komunitas.evaluasiDiri.bagikanKe")
                              : t("komunitas.evaluasiDiri.tanpaPendamping")
                          }
                          disabled={pendamping.length === 0}
                          data={pendamping.map((p) => ({ value: p.id, label: p.nama }))}
                          value={null}
                          onChange={(v) => v && bagikan.mutate({ id: e.id, pendampingId: v })}
                        />
                      )}
                      <Button size="xs" variant="default" onClick={() => setUbah(e.id)}>
                        {t("komunitas.ubah")}
                      </Button>
                      <Button size="xs" variant="subtle" color="red.9" onClick={() => setHapus(e)}>
                        {t("komunitas.hapus")}
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              ),
            )}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
      <Konfirmasi
        opened={hapus !== null}
        judul={t("komunitas.evaluasiDiri.hapusJudul")}
        pesan={t("komunitas.evaluasiDiri.hapusPesan", { judul: hapus?.judul ?? "" })}
        labelYa={t("komunitas.hapus")}
        sedang={hapusM.isPending}
        error={hapusM.error}
        onYa={() => hapus && hapusM.mutate(hapus.id)}
        onBatal={() => setHapus(null)}
      />
    </Stack>
  );
}

function Dibagikan() {
  const { t } = useTranslation();
  const url = useUrl();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const q = useHalaman<Entri>([...KUNCI, "dibagikan"], url("/evaluasi-diri/dibagikan"), page);
  return (
    <Stack>
      <Privasi>{t("komunitas.evaluasiDiri.privasiDibagikan")}</Privasi>
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.evaluasiDiri.kosongDibagikan")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((e) => (
              <Card key={e.id} withBorder>
                <Group justify="space-between">
                  <Text fw={600}>{e.judul}</Text>
                  <Text size="sm" c="dimmed">
                    {e.penulis?.nama} · {tgl(e.tanggal)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {e.isi}
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
