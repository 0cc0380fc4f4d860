/** Campaign posts (Tabel 4 no. 1): the reader's feed with read/acknowledge, and the authors' management with counts. */
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Progress,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
  Typography,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useUnitList } from "../../api/hooks.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { jumlahKarakter } from "../../components/JumlahKarakter.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { punya, useHalaman, useInstansi, useTanggal, useUrl } from "./bersama.tsx";

interface Pos {
  id: string;
  jenis: "pengumuman" | "kode_etik" | "cerita";
  judul: string;
  isi: string;
  html: string;
  sasaran: "instansi" | "unit";
  unitIds: string[];
  subUnit: boolean;
  penulis: { id: string; nama: string };
  ditarik: boolean;
  diterbitkan: string;
  dibaca: string | null;
  diakui: string | null;
  statistik: { sasaran: number; dibaca: number; diakui: number } | null;
}
const KUNCI = ["komunitas", "kampanye"] as const;
const JENIS = ["pengumuman", "kode_etik", "cerita"] as const;

/** HTML rendered and sanitised by the server (markdown-it with HTML disabled and a URL allow-list). */
export function IsiHtml({ html }: { html: string }) {
  return (
    <Typography className="teks-bebas">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: produced by the server's safe Markdown renderer */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}

export function KampanyePage() {
  const { t } = useTranslation();
  const { peran } = useInstansi();
  const penulis = punya(peran, "admin_instansi", "tim_supervisi", "pimpinan", "agen_perubahan");
  return (
    <Stack>
      <Title order={2}>{t("komunitas.kampanye.judul")}</Title>
      <Tabs defaultValue="baca" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="baca">{t("komunitas.kampanye.tabBaca")}</Tabs.Tab>
          {penulis && <Tabs.Tab value="kelola">{t("komunitas.kampanye.tabKelola")}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="baca" pt="md">
          <Umpan />
        </Tabs.Panel>
        {penulis && (
          <Tabs.Panel value="kelola" pt="md">
            <Kelola />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function KartuPos({ p }: { p: Pos }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const tandai = useMutation({
    mutationFn: (aksi: "baca" | "akui") => api(url(`/kampanye/${p.id}/${aksi}`), { method: "POST" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KUNCI }),
  });
  // opening the post counts as reading it
  useEffect(() => {
    if (!p.dibaca && !tandai.isPending && !tandai.isSuccess) tandai.mutate("baca");
  }, [p.dibaca, tandai]);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Badge>{t(`komunitas.kampanye.jenis.${p.jenis}`)}</Badge>
            <Title order={3} size="h4">
              {p.judul}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {p.penulis.nama} · {tgl(p.diterbitkan)}
          </Text>
        </Group>
        <IsiHtml html={p.html} />
        <Group justify="flex-end">
          {p.diakui ? (
            <Badge color="teal" variant="light">
              {t("komunitas.kampanye.sudahDiakui", { waktu: tgl(p.diakui, true) })}
            </Badge>
          ) : (
            <Button size="xs" onClick={() => tandai.mutate("akui")} loading={tandai.isPending}>
              {t("komunitas.kampanye.akui")}
            </Button>
          )}
        </Group>
        <ErrorAlert error={tandai.error} />
      </Stack>
    </Card>
  );
}

function Umpan() {
  const { t } = useTranslation();
  const url = useUrl();
  const [page, setPage] = useState(1);
  const [jenis, setJenis] = useState<string | null>(null);
  const q = useHalaman<Pos>([...KUNCI, "umpan"], url("/kampanye"), page, { jenis: jenis ?? undefined });
  return (
    <Stack>
      <Select
        label={t("komunitas.kampanye.saringJenis")}
        clearable
        value={jenis}
        onChange={(v) => {
          setJenis(v);
          setPage(1);
        }}
        data={JENIS.map((j) => ({ value: j, label: t(`komunitas.kampanye.jenis.${j}`) }))}
        maw={320}
      />
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.kampanye.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((p) => (
              <KartuPos key={p.id} p={p} />
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function FormPos({ awal, onSelesai }: { awal?: Pos; onSelesai: () => void }) {
  const { t } = useTranslation();
  const url = useUrl();
  const { id } = useInstansi();
  const units = useUnitList(id);
  const qc = useQueryClient();
  const [jenis, setJenis] = useState<string>(awal?.jenis ?? "pengumuman");
  const [judul, setJudul] = useState(awal?.judul ?? "");
  const [isi, setIsi] = useState(awal?.isi ?? "");
  const [sasaran, setSasaran] = useState<string>(awal?.sasaran ?? "instansi");
  const [unitIds, setUnitIds] = useState<string[]>(awal?.unitIds ?? []);
  const [subUnit, setSubUnit] = useState(awal?.subUnit ?? true);
  const simpan = useMutation({
    mutationFn: () => {
      const body = { jenis, judul, isi, sasaran, unitIds: sasaran === "unit" ? unitIds : [], subUnit };
      return awal
        ? api(url(`/kampanye/${awal.id}`), { method: "PATCH", body })
        : api(url("/kampanye"), { method: "POST", body });
    },
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: KUNCI });
      beritahuBerhasil(t("komunitas.kampanye.terbit"));
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
          <Select
            label={t("komunitas.kampanye.jenisLabel")}
            value={jenis}
            allowDeselect={false}
            onChange={(v) => setJenis(v ?? "pengumuman")}
            data={JENIS.map((j) => ({ value: j, label: t(`komunitas.kampanye.jenis.${j}`) }))}
          />
          <Select
            label={t("komunitas.kampanye.sasaran")}
            value={sasaran}
            allowDeselect={false}
            onChange={(v) => setSasaran(v ?? "instansi")}
            data={[
              { value: "instansi", label: t("komunitas.kampanye.sasaranInstansi") },
              { value: "unit", label: t("komunitas.kampanye.sasaranUnit") },
            ]}
          />
        </Group>
        {sasaran === "unit" && (
          <>
            <MultiSelect
              label={t("komunitas.kampanye.unit")}
              searchable
              value={unitIds}
              onChange={setUnitIds}
              data={(units.data ?? [])
                .filter((u) => u.aktif !== false)
                .map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
            />
            <Checkbox
              label={t("komunitas.kampanye.subUnit")}
              checked={subUnit}
              onChange={(e) => setSubUnit(e.currentTarget.checked)}
            />
          </>
        )}
        <TextInput
          label={t("komunitas.kampanye.judulPos")}
          description={jumlahKarakter(t, judul, 200)}
          value={judul}
          onChange={(e) => setJudul(e.currentTarget.value)}
          maxLength={200}
          required
        />
        <Textarea
          label={t("komunitas.kampanye.isi")}
          description={t("komunitas.markdownPetunjuk")}
          value={isi}
          onChange={(e) => setIsi(e.currentTarget.value)}
          maxLength={20000}
          autosize
          minRows={5}
          required
        />
        <ErrorAlert error={simpan.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onSelesai}>
            {t("umum.batal")}
          </Button>
          <Button type="submit" loading={simpan.isPending}>
            {awal ? t("komunitas.simpan") : t("komunitas.kampanye.terbitkan")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Kelola() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const [baru, setBaru] = useState(false);
  const [ubah, setUbah] = useState<string | null>(null);
  const q = useHalaman<Pos>([...KUNCI, "kelola"], url("/kampanye/kelola"), page);
  const tarik = useMutation({
    mutationFn: (v: { id: string; ditarik: boolean }) =>
      api(url(`/kampanye/${v.id}`), { method: "PATCH", body: { ditarik: v.ditarik } }),
    onSuccess: (_d, v) => {
      qc.invalidateQueries({ queryKey: KUNCI });
      beritahuBerhasil(v.ditarik ? t("komunitas.kampanye.ditarik") : t("komunitas.kampanye.diterbitkanLagi"));
    },
  });
  return (
    <Stack>
      {!baru && (
        <Group>
          <Button onClick={() => setBaru(true)}>{t("komunitas.kampanye.baru")}</Button>
        </Group>
      )}
      {baru && <FormPos onSelesai={() => setBaru(false)} />}
      <ErrorAlert error={tarik.error} />
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.kampanye.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((p) =>
              ubah === p.id ? (
                <FormPos key={p.id} awal={p} onSelesai={() => setUbah(null)} />
              ) : (
                <Card key={p.id} withBorder opacity={p.ditarik ? 0.6 : 1}>
                  <Stack gap={4}>
                    <Group justify="space-between" wrap="wrap">
                      <Group gap="xs">
                        <Badge>{t(`komunitas.kampanye.jenis.${p.jenis}`)}</Badge>
                        <Text fw={600}>{p.judul}</Text>
                        {p.ditarik && <Badge color="gray">{t("komunitas.kampanye.statusDitarik")}</Badge>}
                      </Group>
                      <Text size="sm" c="dimmed">
                        {tgl(p.diterbitkan)}
                      </Text>
                    </Group>
                    {p.statistik && (
                      <>
                        <Text size="sm">
                          {t("komunitas.kampanye.statistik", {
                            sasaran: p.statistik.sasaran,
                            dibaca: p.statistik.dibaca,
                            diakui: p.statistik.diakui,
                          })}
                        </Text>
                        <Progress
                          value={p.statistik.sasaran ? (100 * p.statistik.diakui) / p.statistik.sasaran : 0}
                          aria-label={t("komunitas.kampanye.progresAkui")}
                        />
                      </>
                    )}
                    <Group gap="xs" justify="flex-end">
                      <Button size="xs" variant="default" onClick={() => setUbah(p.id)}>
                        {t("komunitas.ubah")}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => tarik.mutate({ id: p.id, ditarik: !p.ditarik })}
                      >
                        {p.ditarik ? t("komunitas.kampanye.terbitkanLagi") : t("komunitas.kampanye.tarik")}
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
    </Stack>
  );
}
