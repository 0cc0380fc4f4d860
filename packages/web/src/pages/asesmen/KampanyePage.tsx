/**
 * Assessment campaigns of the agency (docs/asesmen.md "Web"): list with
 * participation progress, create/edit form, detail with activation, cancel,
 * invitations (email job progress, or "no SMTP" notice), participants and
 * the printable one-time token list.
 */
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useUnitList } from "../../api/hooks.ts";
import type { Halaman } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { InputWaktu } from "../../components/InputTanggal.tsx";
import { Konfirmasi } from "../../components/Konfirmasi.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { TombolBatalJob } from "../../components/TombolBatalJob.tsx";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import type {
  FormulirTerbit,
  HasilPesertaBaru,
  Kampanye,
  KeadaanKampanye,
  Peserta,
  Populasi,
  StatusUndanganKampanye,
  TokenCetak,
  Tujuan,
} from "./api.ts";
import { CetakToken } from "./CetakToken.tsx";
import { TEKS_GELAP } from "./warna.ts";

const KELOLA = ["tim_supervisi", "admin_instansi"] as const;
const kunciKampanye = (iid: string) => ["instansi", iid, "asesmen", "kampanye"] as const;

const WARNA: Record<KeadaanKampanye, string> = {
  draf: "gray",
  dijadwalkan: "blue",
  berjalan: "green",
  ditutup: "dark",
  dibatalkan: "red",
};

export function KeadaanBadge({ keadaan }: { keadaan: KeadaanKampanye }) {
  const { t } = useTranslation();
  return (
    <Badge color={WARNA[keadaan]} c={TEKS_GELAP[WARNA[keadaan]]} variant="light">
      {t(`asesmen.keadaan.${keadaan}`)}
    </Badge>
  );
}

function Kemajuan({ k }: { k: Kampanye }) {
  const { t } = useTranslation();
  const p = k.progres;
  const persen = p.peserta ? (p.selesai / p.peserta) * 100 : 0;
  return (
    <Stack gap={2}>
      <Progress value={persen} aria-label={t("asesmen.progresLabel", { persen: persen.toFixed(0) })} />
      <Text size="xs" c="dimmed">
        {t("asesmen.progres", {
          peserta: p.peserta,
          diundang: p.diundang,
          mulai: p.mulai,
          selesai: p.selesai,
        })}
      </Text>
    </Stack>
  );
}

export function KampanyeListPage() {
  const { t } = useTranslation();
  const w = useWaktu();
  const { instansi, punya } = useSession();
  const [page, setPage] = useState(1);
  const [buat, setBuat] = useState(false);
  const hp = useMediaQuery("(max-width: 48em)");
  const query = useQuery({
    queryKey: [...kunciKampanye(instansi.id), { page }],
    queryFn: () =>
      api<Halaman<Kampanye>>(`/api/instansi/${instansi.id}/asesmen/kampanye`, {
        query: { page, pageSize: 20 },
      }),
    placeholderData: keepPreviousData,
  });
  const boleh = punya(...KELOLA);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("asesmen.judul")}</Title>
        {boleh && <Button onClick={() => setBuat(true)}>{t("asesmen.buat")}</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {t("asesmen.keterangan")}
      </Text>
      <QueryState query={query} isEmpty={(d) => d.total === 0} empty={<Kosong pesan={t("asesmen.kosong")} />}>
        {(d) => (
          <Stack>
            {hp ? (
              d.items.map((k) => (
                <Paper
                  key={k.id}
                  withBorder
                  p="sm"
                  component="a"
                  href={`/asesmen/${k.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(`/asesmen/${k.id}`);
                  }}
                >
                  <Group justify="space-between">
                    <Text fw={600}>{k.nama}</Text>
                    <KeadaanBadge keadaan={k.keadaan} />
                  </Group>
                  <Text size="sm">
                    {w.waktu(k.dibuka)} – {w.waktu(k.ditutup)}
                  </Text>
                  <Kemajuan k={k} />
                </Paper>
              ))
            ) : (
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("asesmen.nama")}</Table.Th>
                    <Table.Th>{t("asesmen.tujuan")}</Table.Th>
                    <Table.Th>{t("asesmen.formulir")}</Table.Th>
                    <Table.Th>{t("asesmen.jendela")}</Table.Th>
                    <Table.Th>{t("asesmen.status")}</Table.Th>
                    <Table.Th>{t("asesmen.partisipasi")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.items.map((k) => (
                    <Table.Tr key={k.id}>
                      <Table.Td>
                        <a
                          href={`/asesmen/${k.id}`}
                          onClick={(e) => {
                            e.preventDefault();
                            navigate(`/asesmen/${k.id}`);
                          }}
                        >
                          {k.nama}
                        </a>
                      </Table.Td>
                      <Table.Td>{t(`asesmen.tujuanNilai.${k.tujuan}`)}</Table.Td>
                      <Table.Td>{k.formulirId}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {w.waktu(k.dibuka)} – {w.waktu(k.ditutup)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <KeadaanBadge keadaan={k.keadaan} />
                      </Table.Td>
                      <Table.Td miw={180}>
                        <Kemajuan k={k} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Paginasi page={page} pageSize={20} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
      {buat && <KampanyeForm onTutup={() => setBuat(false)} />}
    </Stack>
  );
}

function KampanyeForm({ kampanye, onTutup }: { kampanye?: Kampanye; onTutup: () => void }) {
  const { t, i18n } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const units = useUnitList(instansi.id);
  const formulir = useQuery({
    queryKey: ["instansi", instansi.id, "asesmen", "formulir"],
    queryFn: () => api<FormulirTerbit[]>(`/api/instansi/${instansi.id}/asesmen/formulir`),
  });
  const aktif = kampanye?.status === "aktif";
  const [nama, setNama] = useState(kampanye?.nama ?? "");
  const [tujuan, setTujuan] = useState<Tujuan>(kampanye?.tujuan ?? "awal");
  const [formulirId, setFormulirId] = useState<string | null>(kampanye?.formulirId ?? "NAS-1-A");
  const [jenis, setJenis] = useState<Populasi["jenis"]>(
    kampanye?.populasi.jenis === "daftar" ? "semua" : (kampanye?.populasi.jenis ?? "semua"),
  );
  const [unitIds, setUnitIds] = useState<string[]>(
    kampanye?.populasi.jenis === "unit" ? kampanye.populasi.unitIds : [],
  );
  const [subUnit, setSubUnit] = useState(
    kampanye?.populasi.jenis === "unit" ? kampanye.populasi.subUnit : true,
  );
  // instants (ISO); the inputs show and read them in the agency's zone
  const [dibuka, setDibuka] = useState(kampanye?.dibuka ?? new Date().toISOString());
  const [ditutup, setDitutup] = useState(
    kampanye?.ditutup ?? new Date(Date.now() + 14 * 86_400_000).toISOString(),
  );
  const [batas, setBatas] = useState<number | string>(kampanye?.batasMenit ?? "");
  const [persetujuan, setPersetujuan] = useState(kampanye?.teksPersetujuan ?? "");
  const simpan = useMutation({
    mutationFn: () => {
      if (aktif) {
        return api<Kampanye>(`/api/instansi/${instansi.id}/asesmen/kampanye/${kampanye.id}`, {
          method: "PATCH",
          body: { nama, ditutup },
        });
      }
      const populasi: Populasi = jenis === "unit" ? { jenis, unitIds, subUnit } : { jenis: "semua" };
      const body = {
        nama,
        tujuan,
        formulirId,
        populasi: kampanye?.populasi.jenis === "daftar" && jenis === "semua" ? kampanye.populasi : populasi,
        dibuka,
        ditutup,
        batasMenit: batas === "" ? null : Number(batas),
        teksPersetujuan: persetujuan.trim() || null,
      };
      return kampanye
        ? api<Kampanye>(`/api/instansi/${instansi.id}/asesmen/kampanye/${kampanye.id}`, {
            method: "PATCH",
            body,
          })
        : api<Kampanye>(`/api/instansi/${instansi.id}/asesmen/kampanye`, { method: "POST", body });
    },
    onSuccess: (k) => {
      qc.invalidateQueries({ queryKey: kunciKampanye(instansi.id) });
      onTutup();
      if (!kampanye) navigate(`/asesmen/${k.id}`);
    },
  });
  return (
    <Modal
      opened
      onClose={onTutup}
      title={kampanye ? t("asesmen.ubah") : t("asesmen.buat")}
      size="lg"
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          simpan.mutate();
        }}
      >
        <Stack>
          {aktif && <Alert color="blue">{t("asesmen.ubahAktif")}</Alert>}
          <TextInput
            label={t("asesmen.nama")}
            required
            maxLength={200}
            value={nama}
            onChange={(e) => setNama(e.currentTarget.value)}
          />
          <SegmentedControl
            disabled={aktif}
            aria-label={t("asesmen.tujuan")}
            value={tujuan}
            onChange={(v) => setTujuan(v as Tujuan)}
            data={(["awal", "berkala", "akhir"] as const).map((v) => ({
              value: v,
              label: t(`asesmen.tujuanNilai.${v}`),
            }))}
          />
          <Select
            label={t("asesmen.formulir")}
            disabled={aktif}
            required
            value={formulirId}
            onChange={setFormulirId}
            data={(formulir.data ?? []).map((f) => ({
              value: f.id,
              label: `${f.id} — ${i18n.language === "en" ? f.nama.en : f.nama.id} (${t("asesmen.nBlok", { n: f.jumlahBlok })})`,
            }))}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("asesmen.populasi")}
            </Text>
            <SegmentedControl
              disabled={aktif}
              aria-label={t("asesmen.populasi")}
              value={jenis === "daftar" ? "semua" : jenis}
              onChange={(v) => setJenis(v as Populasi["jenis"])}
              data={[
                { value: "semua", label: t("asesmen.populasiSemua") },
                { value: "unit", label: t("asesmen.populasiUnit") },
              ]}
            />
            {kampanye?.populasi.jenis === "daftar" && (
              <Text size="xs" c="dimmed">
                {t("asesmen.populasiDaftar", { n: kampanye.populasi.pegawaiIds.length })}
              </Text>
            )}
            {jenis === "unit" && (
              <>
                <MultiSelect
                  label={t("asesmen.pilihUnit")}
                  disabled={aktif}
                  searchable
                  value={unitIds}
                  onChange={setUnitIds}
                  data={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
                />
                <Checkbox
                  disabled={aktif}
                  label={t("asesmen.termasukSubUnit")}
                  checked={subUnit}
                  onChange={(e) => setSubUnit(e.currentTarget.checked)}
                />
              </>
            )}
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <InputWaktu
              label={t("asesmen.dibuka")}
              disabled={aktif}
              required
              value={dibuka}
              onChange={setDibuka}
            />
            <InputWaktu label={t("asesmen.ditutup")} required value={ditutup} onChange={setDitutup} />
          </SimpleGrid>
          <NumberInput
            label={t("asesmen.batasMenit")}
            description={t("asesmen.batasMenitKet")}
            disabled={aktif}
            min={5}
            max={600}
            value={batas}
            onChange={setBatas}
          />
          <Textarea
            label={t("asesmen.persetujuan")}
            description={t("asesmen.persetujuanKet")}
            disabled={aktif}
            autosize
            minRows={3}
            maxLength={5000}
            value={persetujuan}
            onChange={(e) => setPersetujuan(e.currentTarget.value)}
          />
          {simpan.isError && <ErrorAlert error={simpan.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onTutup}>
              {t("umum.batal")}
            </Button>
            <Button type="submit" loading={simpan.isPending}>
              {t("umum.simpan")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function KampanyeDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const boleh = punya(...KELOLA);
  const dasar = `/api/instansi/${instansi.id}/asesmen/kampanye/${id}`;
  const query = useQuery({
    queryKey: [...kunciKampanye(instansi.id), id],
    queryFn: () => api<Kampanye>(dasar),
  });
  const [ubah, setUbah] = useState(false);
  const [tanya, setTanya] = useState<"aktifkan" | "batalkan" | "token" | "pesertaBaru" | null>(null);
  const [token, setToken] = useState<TokenCetak | null>(null);
  const [baru, setBaru] = useState<HasilPesertaBaru | null>(null);
  const segarkan = () => {
    qc.invalidateQueries({ queryKey: kunciKampanye(instansi.id) });
    qc.invalidateQueries({ queryKey: ["asesmen-undangan", dasar] });
    qc.invalidateQueries({ queryKey: ["asesmen-peserta", dasar] });
  };
  const aksi = useMutation({
    mutationFn: async (a: "aktifkan" | "batalkan" | "token" | "pesertaBaru") => {
      if (a === "token") {
        setToken(
          await api<TokenCetak>(`${dasar}/token`, { method: "POST", body: { sasaran: "tanpa_email" } }),
        );
        return;
      }
      if (a === "pesertaBaru") {
        setBaru(await api<HasilPesertaBaru>(`${dasar}/peserta-baru`, { method: "POST" }));
        return;
      }
      await api(`${dasar}/${a}`, { method: "POST" });
    },
    onSuccess: () => {
      setTanya(null);
      segarkan();
    },
  });
  // Printed tokens for exactly the participants just added (the others' tokens stay valid).
  const cetakBaru = useMutation({
    mutationFn: async (ids: string[]) =>
      setToken(
        await api<TokenCetak>(`${dasar}/token`, {
          method: "POST",
          body: { sasaran: "pilihan", pesertaIds: ids },
        }),
      ),
    onSuccess: () => {
      setBaru(null);
      segarkan();
    },
  });
  if (token) return <CetakToken data={token} onTutup={() => setToken(null)} />;
  return (
    <QueryState query={query}>
      {(k) => (
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <Stack gap={0}>
              <Title order={2}>{k.nama}</Title>
              <Text size="sm" c="dimmed">
                {t(`asesmen.tujuanNilai.${k.tujuan}`)} · {k.formulirId} (
                {t("asesmen.nBlok", { n: k.jumlahBlok })}) · {t("asesmen.bankVersi", { v: k.bankVersi })}
              </Text>
            </Stack>
            <KeadaanBadge keadaan={k.keadaan} />
          </Group>
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Text size="sm">
                {t("asesmen.jendela")}: {w.waktu(k.dibuka)} – {w.waktu(k.ditutup)}
              </Text>
              <Text size="sm">
                {t("asesmen.batasMenit")}:{" "}
                {k.batasMenit ? t("asesmen.nMenit", { n: k.batasMenit }) : t("asesmen.tanpaBatas")}
              </Text>
              <Text size="sm">
                {t("asesmen.populasi")}: {t(`asesmen.populasiJenis.${k.populasi.jenis}`)}
              </Text>
              <Text size="sm">
                {t("asesmen.persetujuan")}: {k.teksPersetujuan ? t("asesmen.ada") : t("asesmen.tidakAda")}
              </Text>
            </SimpleGrid>
          </Paper>
          {k.status !== "draf" && (
            <Paper withBorder p="md">
              <Title order={3} size="h5" mb="xs">
                {t("asesmen.partisipasi")}
              </Title>
              <Kemajuan k={k} />
            </Paper>
          )}
          {boleh && (
            <Group wrap="wrap">
              {k.status !== "dibatalkan" && (
                <Button variant="default" onClick={() => setUbah(true)}>
                  {t("asesmen.ubah")}
                </Button>
              )}
              {k.status === "draf" && (
                <Button onClick={() => setTanya("aktifkan")}>{t("asesmen.aktifkan")}</Button>
              )}
              {k.status === "aktif" && (
                <Button variant="light" onClick={() => setTanya("token")}>
                  {t("asesmen.buatToken")}
                </Button>
              )}
              {k.status === "aktif" && k.keadaan !== "ditutup" && (
                <Button variant="light" onClick={() => setTanya("pesertaBaru")}>
                  {t("asesmen.pesertaBaru.tombol")}
                </Button>
              )}
              {k.status !== "dibatalkan" && (
                <Button color="red" variant="light" onClick={() => setTanya("batalkan")}>
                  {t("asesmen.batalkan")}
                </Button>
              )}
            </Group>
          )}
          {baru && (
            <Alert
              color={baru.ditambahkan > 0 ? "green" : "blue"}
              role="status"
              withCloseButton
              onClose={() => setBaru(null)}
            >
              <Stack gap="xs">
                <Text size="sm">
                  {baru.ditambahkan > 0
                    ? t("asesmen.pesertaBaru.hasil", { n: baru.ditambahkan })
                    : t("asesmen.pesertaBaru.tidakAda")}
                </Text>
                {baru.tanpaEmailIds.length > 0 && (
                  <>
                    <Text size="sm">
                      {t("asesmen.pesertaBaru.perluToken", { n: baru.tanpaEmailIds.length })}
                    </Text>
                    <Group>
                      <Button
                        size="sm"
                        loading={cetakBaru.isPending}
                        onClick={() => cetakBaru.mutate(baru.tanpaEmailIds.slice(0, 5000))}
                      >
                        {t("asesmen.pesertaBaru.cetak", { n: baru.tanpaEmailIds.length })}
                      </Button>
                    </Group>
                  </>
                )}
                {cetakBaru.isError && <ErrorAlert error={cetakBaru.error} />}
              </Stack>
            </Alert>
          )}
          {k.status === "aktif" && <Undangan instansiId={instansi.id} dasar={dasar} boleh={boleh} />}
          {k.status !== "draf" && <DaftarPeserta dasar={dasar} />}
          {ubah && <KampanyeForm kampanye={k} onTutup={() => setUbah(false)} />}
          <Konfirmasi
            opened={tanya !== null}
            judul={tanya ? t(`asesmen.tanya.${tanya}.judul`) : ""}
            pesan={tanya ? t(`asesmen.tanya.${tanya}.pesan`) : ""}
            labelYa={tanya ? t(`asesmen.tanya.${tanya}.ya`) : ""}
            warna={tanya === "batalkan" ? "red.9" : "blue"}
            sedang={aksi.isPending}
            error={aksi.error}
            onBatal={() => {
              setTanya(null);
              aksi.reset();
            }}
            onYa={() => tanya && aksi.mutate(tanya)}
          />
        </Stack>
      )}
    </QueryState>
  );
}

function Undangan({ instansiId, dasar, boleh }: { instansiId: string; dasar: string; boleh: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const status = useQuery({
    queryKey: ["asesmen-undangan", dasar],
    queryFn: () => api<StatusUndanganKampanye>(`${dasar}/undangan`),
    refetchInterval: (q) =>
      q.state.data?.job && ["antre", "berjalan"].includes(q.state.data.job.status) ? 2000 : false,
  });
  const kirim = useMutation({
    mutationFn: () => api<StatusUndanganKampanye>(`${dasar}/undangan`, { method: "POST" }),
    onSuccess: (d) => {
      qc.setQueryData(["asesmen-undangan", dasar], d);
      qc.invalidateQueries({ queryKey: ["instansi"] });
    },
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("asesmen.undangan.judul")}
        </Title>
        <QueryState query={status}>
          {(s) => (
            <Stack gap="xs">
              {!s.smtp && <Alert color="yellow">{t("asesmen.undangan.tanpaSmtp")}</Alert>}
              <Text size="sm">{t("asesmen.undangan.rekap", { ...s.undangan })}</Text>
              {s.job && (
                <Stack gap={2}>
                  <Progress
                    value={s.job.progres.total ? (s.job.progres.selesai / s.job.progres.total) * 100 : 0}
                    aria-label={t("asesmen.undangan.progres")}
                  />
                  <Group gap="xs">
                    <Text size="xs" c="dimmed">
                      {t(`asesmen.undangan.job.${s.job.status}`)} · {s.job.progres.selesai}/
                      {s.job.progres.total}
                    </Text>
                    {boleh && (
                      <TombolBatalJob
                        instansiId={instansiId}
                        job={s.job}
                        onBatal={() => qc.invalidateQueries({ queryKey: ["asesmen-undangan", dasar] })}
                      />
                    )}
                  </Group>
                </Stack>
              )}
              {boleh && (
                <Group>
                  <Button size="sm" loading={kirim.isPending} onClick={() => kirim.mutate()}>
                    {s.smtp ? t("asesmen.undangan.kirim") : t("asesmen.undangan.tandai")}
                  </Button>
                </Group>
              )}
              {kirim.isError && <ErrorAlert error={kirim.error} />}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function DaftarPeserta({ dasar }: { dasar: string }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState("");
  const query = useQuery({
    queryKey: ["asesmen-peserta", dasar, { page, q }],
    queryFn: () => api<Halaman<Peserta>>(`${dasar}/peserta`, { query: { page, pageSize: 25, q } }),
    placeholderData: keepPreviousData,
  });
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h5">
          {t("asesmen.peserta.judul")}
        </Title>
        <TextInput
          type="search"
          label={t("asesmen.peserta.cari")}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
        />
        <QueryState query={query} isEmpty={(d) => d.total === 0}>
          {(d) => (
            <Stack>
              <Table.ScrollContainer minWidth={640}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("asesmen.peserta.nama")}</Table.Th>
                      <Table.Th>{t("asesmen.peserta.unit")}</Table.Th>
                      <Table.Th>{t("asesmen.peserta.undangan")}</Table.Th>
                      <Table.Th>{t("asesmen.peserta.dijawab")}</Table.Th>
                      <Table.Th>{t("asesmen.peserta.selesai")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.items.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <Text size="sm">{p.nama}</Text>
                          <Text size="xs" c="dimmed">
                            {p.nip}
                          </Text>
                        </Table.Td>
                        <Table.Td>{p.unitNama ?? "—"}</Table.Td>
                        <Table.Td>{t(`asesmen.undanganStatus.${p.undangan}`)}</Table.Td>
                        <Table.Td>{p.dijawab}</Table.Td>
                        <Table.Td>{p.selesai ? w.waktu(p.selesai) : "—"}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Paginasi page={page} pageSize={25} total={d.total} onChange={setPage} />
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
