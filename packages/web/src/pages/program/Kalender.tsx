/** `/program/:id/kegiatan`: the implementation calendar (Tabel 4) and execution records. */
import {
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { KEGIATAN_UTAMA, KODE_KEGIATAN_UTAMA, LEVEL_KEMATANGAN, tingkatKematangan } from "@nurani/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useUnitList } from "../../api/hooks.ts";
import type { Halaman } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { Konfirmasi } from "../../components/Konfirmasi.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { dasar, type Kegiatan, kunciProgram, PERAN_CATAT, type Pelaksanaan, useStatusSiklus } from "./api.ts";
import { KisiAtauDaftar } from "./KisiKegiatan.tsx";
import { GalatProgram, Lencana, PilihPegawai, PilihPegawaiTunggal, UnggahDokumen } from "./Komponen.tsx";

const bulanIni = () => new Date().toISOString().slice(0, 7);
function rentangBulan(b: string): { dari: string; sampai: string } {
  const [y, m] = b.split("-").map(Number);
  const akhir = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { dari: `${b}-01`, sampai: `${b}-${String(akhir).padStart(2, "0")}` };
}
function geser(b: string, n: number): string {
  const [y, m] = b.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

export function KalenderPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const w = useWaktu();
  const b = i18n.language === "en" ? "en" : "id";
  const { instansi, punya } = useSession();
  const status = useStatusSiklus(instansi.id, id);
  const [bulan, setBulan] = useState(bulanIni());
  const [semua, setSemua] = useState(false);
  const [page, setPage] = useState(1);
  const [pageP, setPageP] = useState(1);
  const [baru, setBaru] = useState(false);
  const [catat, setCatat] = useState<Kegiatan | null>(null);
  const [hapus, setHapus] = useState<Kegiatan | null>(null);
  const qc = useQueryClient();
  const r = rentangBulan(bulan);
  const q = useQuery({
    queryKey: [...kunciProgram.siklus(instansi.id, id), "kegiatan", semua ? "semua" : bulan, page],
    queryFn: () =>
      api<Halaman<Kegiatan>>(`${dasar(instansi.id)}/siklus/${id}/kegiatan`, {
        query: { ...(semua ? {} : r), page, pageSize: 20 },
      }),
    placeholderData: keepPreviousData,
  });
  const qp = useQuery({
    queryKey: [...kunciProgram.siklus(instansi.id, id), "pelaksanaan", pageP],
    queryFn: () =>
      api<Halaman<Pelaksanaan>>(`${dasar(instansi.id)}/siklus/${id}/pelaksanaan`, {
        query: { page: pageP, pageSize: 10 },
      }),
    placeholderData: keepPreviousData,
  });
  const hapusM = useMutation({
    mutationFn: (k: Kegiatan) =>
      api<void>(`${dasar(instansi.id)}/siklus/${id}/kegiatan/${k.id}`, { method: "DELETE" }),
    onSuccess: () => {
      setHapus(null);
      qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, id) });
    },
  });
  const tahap = status.data?.posisi.tahap;
  const bolehRencana = punya(...PERAN_CATAT) && (tahap === "persiapan" || tahap === "pelaksanaan");
  const bolehCatat = punya(...PERAN_CATAT, "agen_perubahan") && tahap === "pelaksanaan";
  const nama = (k: string) => KEGIATAN_UTAMA.find((x) => x.kode === k)?.nama[b] ?? k;
  return (
    <Stack>
      <Anchor
        href={`/program/${id}`}
        onClick={(e) => {
          e.preventDefault();
          navigate(`/program/${id}`);
        }}
      >
        ← {status.data?.nama ?? t("program.judul")}
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("program.kalender.judul")}</Title>
        {bolehRencana && <Button onClick={() => setBaru(true)}>{t("program.kalender.tambah")}</Button>}
      </Group>
      {tahap !== "pelaksanaan" && (
        <Text size="sm" c="dimmed">
          {t("program.kalender.hanyaPelaksanaan")}
        </Text>
      )}
      <Group wrap="wrap">
        <Button
          variant="default"
          size="xs"
          disabled={semua}
          onClick={() => {
            setBulan(geser(bulan, -1));
            setPage(1);
          }}
          aria-label={t("program.kalender.sebelum")}
        >
          ←
        </Button>
        <TextInput
          type="month"
          aria-label={t("program.kalender.bulan")}
          value={bulan}
          disabled={semua}
          onChange={(e) => {
            setBulan(e.currentTarget.value || bulanIni());
            setPage(1);
          }}
        />
        <Button
          variant="default"
          size="xs"
          disabled={semua}
          onClick={() => {
            setBulan(geser(bulan, 1));
            setPage(1);
          }}
          aria-label={t("program.kalender.sesudah")}
        >
          →
        </Button>
        <Button
          variant={semua ? "filled" : "light"}
          size="xs"
          onClick={() => {
            setSemua(!semua);
            setPage(1);
          }}
        >
          {t("program.kalender.semua")}
        </Button>
      </Group>
      <KisiAtauDaftar
        siklusId={id}
        bulan={bulan}
        semua={semua}
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("program.kalender.kosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((k) => (
              <Card key={k.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap" align="flex-start">
                  <Stack gap={2} style={{ flex: "1 1 280px" }}>
                    <Text fw={600}>{k.judul}</Text>
                    <Group gap={4}>
                      <Lencana>{nama(k.kegiatanUtama)}</Lencana>
                      {k.subtahap && (
                        <Lencana warna="grape">{tingkatKematangan(k.subtahap as 1).nama[b]}</Lencana>
                      )}
                      <Lencana warna={k.jumlahPelaksanaan > 0 ? "teal" : "gray"}>
                        {t("program.kalender.terlaksanaN", { n: k.jumlahPelaksanaan })}
                      </Lencana>
                    </Group>
                    <Text size="sm" c="dimmed">
                      {w.tanggal(k.rencanaMulai)} – {w.tanggal(k.rencanaSelesai)}
                      {k.penanggungJawabNama ? ` · ${k.penanggungJawabNama}` : ""}
                      {k.sasaranUnit.length
                        ? ` · ${t("program.jumlahUnit", { n: k.sasaranUnit.length })}`
                        : ` · ${t("program.seluruhInstansi")}`}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    {bolehCatat && (
                      <Button size="xs" onClick={() => setCatat(k)}>
                        {t("program.kalender.catat")}
                      </Button>
                    )}
                    {bolehRencana && k.jumlahPelaksanaan === 0 && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => {
                          hapusM.reset();
                          setHapus(k);
                        }}
                      >
                        {t("program.hapus")}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </KisiAtauDaftar>

      <Title order={3} size="h4">
        {t("program.kalender.riwayat")}
      </Title>
      <QueryState
        query={qp}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("program.kalender.belumAda")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((p) => (
              <Card key={p.id} withBorder padding="xs">
                <Text size="sm" fw={600}>
                  {w.tanggal(p.tanggal)} · {p.judul}
                </Text>
                <Text size="sm">{p.hasil}</Text>
                <Text size="xs" c="dimmed">
                  {t("program.kalender.pesertaBukti", {
                    peserta: p.jumlahPeserta,
                    hadir: p.jumlahHadir,
                    bukti: p.bukti.length,
                  })}
                </Text>
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPageP} />
          </Stack>
        )}
      </QueryState>

      <FormKegiatan siklusId={id} buka={baru} onTutup={() => setBaru(false)} />
      <FormPelaksanaan
        siklusId={id}
        kegiatan={catat}
        hariIni={status.data?.hariIni ?? ""}
        onTutup={() => setCatat(null)}
      />
      <Konfirmasi
        opened={hapus !== null}
        judul={t("program.hapus")}
        pesan={t("program.kalender.konfirmasiHapus", { judul: hapus?.judul ?? "" })}
        labelYa={t("program.hapus")}
        sedang={hapusM.isPending}
        error={hapusM.error}
        onYa={() => hapus && hapusM.mutate(hapus)}
        onBatal={() => setHapus(null)}
      />
    </Stack>
  );
}

function FormKegiatan({ siklusId, buka, onTutup }: { siklusId: string; buka: boolean; onTutup: () => void }) {
  const { t, i18n } = useTranslation();
  const b = i18n.language === "en" ? "en" : "id";
  const { instansi } = useSession();
  const units = useUnitList(instansi.id);
  const hp = useMediaQuery("(max-width: 48em)");
  const qc = useQueryClient();
  const [f, setF] = useState({
    kegiatanUtama: "kampanye",
    subtahap: "1" as string | null,
    judul: "",
    uraian: "",
    sasaranUnit: [] as string[],
    rencanaMulai: "",
    rencanaSelesai: "",
    pj: null as string | null,
  });
  const m = useMutation({
    mutationFn: () =>
      api<Kegiatan>(`${dasar(instansi.id)}/siklus/${siklusId}/kegiatan`, {
        method: "POST",
        body: {
          kegiatanUtama: f.kegiatanUtama,
          subtahap: f.subtahap ? Number(f.subtahap) : null,
          judul: f.judul,
          uraian: f.uraian || null,
          sasaranUnit: f.sasaranUnit,
          rencanaMulai: f.rencanaMulai,
          rencanaSelesai: f.rencanaSelesai,
          penanggungJawabPegawaiId: f.pj,
        },
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, siklusId) });
      setF({ ...f, judul: "", uraian: "" });
      onTutup();
    },
  });
  const kosong = !f.judul.trim() || !f.rencanaMulai || !f.rencanaSelesai;
  return (
    <Modal
      opened={buka}
      onClose={onTutup}
      title={t("program.kalender.tambah")}
      size="lg"
      fullScreen={hp}
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          m.mutate();
        }}
      >
        <Stack>
          <Select
            label={t("program.kegiatanUtama")}
            withAsterisk
            value={f.kegiatanUtama}
            data={KODE_KEGIATAN_UTAMA.map((k) => ({
              value: k,
              label: KEGIATAN_UTAMA.find((x) => x.kode === k)?.nama[b] ?? k,
            }))}
            onChange={(v) =>
              v &&
              setF({
                ...f,
                kegiatanUtama: v,
                subtahap: v === "pemantauan_evaluasi" ? null : (f.subtahap ?? "1"),
              })
            }
          />
          <Select
            label={t("program.subtahap")}
            description={t("program.kalender.subtahapPetunjuk")}
            clearable={f.kegiatanUtama === "pemantauan_evaluasi"}
            value={f.subtahap}
            data={LEVEL_KEMATANGAN.map((l) => ({
              value: String(l),
              label: `${l}. ${tingkatKematangan(l).nama[b]}`,
            }))}
            onChange={(v) => setF({ ...f, subtahap: v })}
            error={
              f.kegiatanUtama !== "pemantauan_evaluasi" && !f.subtahap ? t("program.wajibDiisi") : undefined
            }
          />
          <TextInput
            label={t("program.judulKegiatan")}
            withAsterisk
            maxLength={300}
            value={f.judul}
            onChange={(e) => setF({ ...f, judul: e.currentTarget.value })}
          />
          <Textarea
            label={t("program.uraian")}
            autosize
            minRows={2}
            maxLength={5000}
            value={f.uraian}
            onChange={(e) => setF({ ...f, uraian: e.currentTarget.value })}
          />
          <MultiSelect
            label={t("program.sasaran")}
            description={t("program.sasaranPetunjuk")}
            searchable
            value={f.sasaranUnit}
            data={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
            onChange={(v) => setF({ ...f, sasaranUnit: v })}
          />
          <Group grow wrap="wrap">
            <InputTanggal
              label={t("program.jadwalMulai")}
              withAsterisk
              value={f.rencanaMulai}
              onChange={(v) => setF({ ...f, rencanaMulai: v })}
            />
            <InputTanggal
              label={t("program.jadwalSelesai")}
              withAsterisk
              value={f.rencanaSelesai}
              minDate={f.rencanaMulai}
              onChange={(v) => setF({ ...f, rencanaSelesai: v })}
              error={
                f.rencanaSelesai && f.rencanaMulai && f.rencanaSelesai < f.rencanaMulai
                  ? t("program.kalender.selesaiSebelumMulai")
                  : undefined
              }
            />
          </Group>
          <PilihPegawaiTunggal
            label={t("program.penanggungJawab")}
            nilai={f.pj}
            onChange={(pj) => setF({ ...f, pj })}
          />
          <GalatProgram error={m.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onTutup}>
              {t("umum.batal")}
            </Button>
            <Button type="submit" loading={m.isPending} disabled={kosong}>
              {t("umum.simpan")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function FormPelaksanaan({
  siklusId,
  kegiatan,
  hariIni,
  onTutup,
}: {
  siklusId: string;
  kegiatan: Kegiatan | null;
  hariIni: string;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const hp = useMediaQuery("(max-width: 48em)");
  const qc = useQueryClient();
  const [tanggal, setTanggal] = useState(hariIni);
  const [hadir, setHadir] = useState<string[]>([]);
  const [jumlah, setJumlah] = useState<number | string>("");
  const [hasil, setHasil] = useState("");
  const [bukti, setBukti] = useState<{ id: string; nama: string }[]>([]);
  const m = useMutation({
    mutationFn: () =>
      api<Pelaksanaan>(`${dasar(instansi.id)}/siklus/${siklusId}/kegiatan/${kegiatan?.id}/pelaksanaan`, {
        method: "POST",
        body: {
          tanggal,
          hadir,
          ...(typeof jumlah === "number" ? { jumlahPeserta: jumlah } : {}),
          hasil,
          bukti: bukti.map((x) => x.id),
        },
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, siklusId) });
      setHadir([]);
      setHasil("");
      setBukti([]);
      setJumlah("");
      onTutup();
    },
  });
  return (
    <Modal
      opened={kegiatan !== null}
      onClose={onTutup}
      title={kegiatan?.judul}
      size="lg"
      fullScreen={hp}
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          m.mutate();
        }}
      >
        <Stack>
          <InputTanggal
            label={t("program.tanggal")}
            withAsterisk
            maxDate={hariIni}
            value={tanggal}
            onChange={(v) => setTanggal(v)}
          />
          <PilihPegawai label={t("program.kalender.hadir")} nilai={hadir} onChange={setHadir} />
          <NumberInput
            label={t("program.kalender.jumlahPeserta")}
            description={t("program.kalender.jumlahPesertaPetunjuk")}
            min={0}
            value={jumlah}
            onChange={setJumlah}
          />
          <Textarea
            label={t("program.kalender.hasil")}
            withAsterisk
            autosize
            minRows={3}
            maxLength={5000}
            value={hasil}
            onChange={(e) => setHasil(e.currentTarget.value)}
          />
          <UnggahDokumen
            siklusId={siklusId}
            label={t("program.kalender.bukti")}
            onUnggah={(id, nama) => setBukti([...bukti, { id, nama }])}
          />
          {bukti.length > 0 && <Text size="sm">{bukti.map((x) => x.nama).join(", ")}</Text>}
          <GalatProgram error={m.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onTutup}>
              {t("umum.batal")}
            </Button>
            <Button type="submit" loading={m.isPending} disabled={!hasil.trim() || !tanggal}>
              {t("umum.simpan")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
