/**
 * The six preparation forms (Tabel 3). Each sends its step's output; the
 * server answers with the regulation's reasons when something is missing,
 * shown one per line. "Simpan draf" keeps unfinished work without checking.
 */
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { KEGIATAN_SUBTAHAP, type KodeLangkahPersiapan, NAMA_PERAN, PERAN } from "@nurani/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useUnitList } from "../../api/hooks.ts";
import { useSession } from "../../auth/session.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { dasar, kunciProgram, type StatusSiklus } from "./api.ts";
import { GalatProgram, PilihPegawai, UnggahDokumen } from "./Komponen.tsx";

type Isi = Record<string, unknown>;

function awal<T>(s: StatusSiklus, kode: KodeLangkahPersiapan, bawaan: T): T {
  return { ...bawaan, ...((s.draf[kode] as T | undefined) ?? {}), ...((s.keluaran[kode] as T | null) ?? {}) };
}

export function FormLangkah({
  kode,
  s,
  onSelesai,
}: {
  kode: KodeLangkahPersiapan;
  s: StatusSiklus;
  onSelesai: () => void;
}) {
  const props = { s, onSelesai };
  switch (kode) {
    case "pembentukan_tim":
      return <FormTim {...props} />;
    case "deklarasi_komitmen":
      return <FormDeklarasi {...props} />;
    case "asesmen_awal":
      return <FormAsesmen {...props} />;
    case "rencana_aksi":
      return <FormRencanaAksi {...props} />;
    case "rencana_pelatihan":
      return <FormPelatihan {...props} />;
    case "agen_perubahan":
      return <FormAgen {...props} />;
  }
}

/** Save draft / record buttons with the error list; `kirim` builds the body. */
function Kirim({
  kode,
  s,
  onSelesai,
  kirim,
  draf,
  children,
}: {
  kode: KodeLangkahPersiapan;
  s: StatusSiklus;
  onSelesai: () => void;
  kirim: () => Isi;
  draf?: () => Isi;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const url = `${dasar(instansi.id)}/siklus/${s.id}/persiapan/${kode}`;
  const catat = useMutation({
    mutationFn: () => api<StatusSiklus>(url, { method: "PUT", body: kirim() }),
    onSuccess: (r) => {
      qc.setQueryData(kunciProgram.siklus(instansi.id, s.id), r);
      onSelesai();
    },
  });
  const simpanDraf = useMutation({
    mutationFn: () => api<void>(`${url}/draf`, { method: "PUT", body: { draf: (draf ?? kirim)() } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, s.id) }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        catat.mutate();
      }}
    >
      <Stack>
        {children}
        <GalatProgram error={catat.error ?? simpanDraf.error} />
        {simpanDraf.isSuccess && (
          <Text size="sm" c="teal" role="status">
            {t("program.drafTersimpan")}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => simpanDraf.mutate()} loading={simpanDraf.isPending}>
            {t("program.simpanDraf")}
          </Button>
          <Button type="submit" loading={catat.isPending}>
            {t("program.catatKeluaran")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface Sk {
  nomor: string;
  tanggal: string;
  dokumenId: string;
}

function IsiSk({ s, sk, set, label }: { s: StatusSiklus; sk: Sk; set: (x: Sk) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start" wrap="wrap">
      <TextInput
        label={`${label}: ${t("program.nomorSk")}`}
        withAsterisk
        maxLength={100}
        value={sk.nomor}
        onChange={(e) => set({ ...sk, nomor: e.currentTarget.value })}
      />
      <InputTanggal
        label={t("program.tanggalSk")}
        withAsterisk
        maxDate={s.hariIni}
        value={sk.tanggal}
        onChange={(v) => set({ ...sk, tanggal: v })}
      />
      <UnggahDokumen
        siklusId={s.id}
        label={t("program.dokumenSk")}
        wajib
        nilai={sk.dokumenId}
        onUnggah={(id) => set({ ...sk, dokumenId: id })}
      />
    </Group>
  );
}

const skKosong = (): Sk => ({ nomor: "", tanggal: "", dokumenId: "" });

function FormTim({ s, onSelesai }: { s: StatusSiklus; onSelesai: () => void }) {
  const { t } = useTranslation();
  type Anggota = { pegawaiId: string; peranTim: "ketua" | "sekretaris" | "anggota"; anggotaTimRB?: boolean };
  const a0 = awal(s, "pembentukan_tim", {
    nama: "Tim Supervisi Pembangunan Integritas Pegawai ASN",
    sk: skKosong(),
    anggota: [] as Anggota[],
    timReformasiBirokrasi: { nomorSk: "" },
  });
  const [nama, setNama] = useState(a0.nama);
  const [sk, setSk] = useState<Sk>(a0.sk);
  const [anggota, setAnggota] = useState<Anggota[]>(a0.anggota);
  const [rb, setRb] = useState(a0.timReformasiBirokrasi.nomorSk);
  const [label, setLabel] = useState<Record<string, string>>(s.namaPegawai ?? {});
  const body = () => ({ nama, sk, anggota, timReformasiBirokrasi: { nomorSk: rb } });
  return (
    <Kirim kode="pembentukan_tim" s={s} onSelesai={onSelesai} kirim={body}>
      <TextInput
        label={t("program.namaTim")}
        withAsterisk
        maxLength={200}
        value={nama}
        onChange={(e) => setNama(e.currentTarget.value)}
      />
      <IsiSk s={s} sk={sk} set={setSk} label="SK" />
      <TextInput
        label={t("program.skTimRb")}
        description={t("program.skTimRbPetunjuk")}
        withAsterisk
        maxLength={100}
        value={rb}
        onChange={(e) => setRb(e.currentTarget.value)}
      />
      <PilihPegawai
        label={t("program.anggotaTim")}
        nilai={anggota.map((x) => x.pegawaiId)}
        label0={label}
        onChange={(ids, l) => {
          setLabel(l);
          setAnggota(
            ids.map(
              (id) => anggota.find((x) => x.pegawaiId === id) ?? { pegawaiId: id, peranTim: "anggota" },
            ),
          );
        }}
      />
      {anggota.length > 0 && (
        <Table>
          <Table.Tbody>
            {anggota.map((x, i) => (
              <Table.Tr key={x.pegawaiId}>
                <Table.Td>{label[x.pegawaiId] ?? x.pegawaiId}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t("program.peranTim")}
                    value={x.peranTim}
                    data={(["ketua", "sekretaris", "anggota"] as const).map((p) => ({
                      value: p,
                      label: t(`program.peranTimNama.${p}`),
                    }))}
                    onChange={(v) =>
                      v &&
                      setAnggota(
                        anggota.map((y, j) => (j === i ? { ...y, peranTim: v as Anggota["peranTim"] } : y)),
                      )
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    label={t("program.anggotaRb")}
                    checked={!!x.anggotaTimRB}
                    onChange={(e) => {
                      const v = e.currentTarget.checked;
                      setAnggota(anggota.map((y, j) => (j === i ? { ...y, anggotaTimRB: v } : y)));
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Kirim>
  );
}

function FormDeklarasi({ s, onSelesai }: { s: StatusSiklus; onSelesai: () => void }) {
  const { t } = useTranslation();
  const a0 = awal(s, "deklarasi_komitmen", {
    judul: "Deklarasi Komitmen Bersama Pembangunan Integritas Pegawai ASN",
    dokumenId: "",
    tanggal: "",
    selarasZonaIntegritas: true,
  });
  const [judul, setJudul] = useState(a0.judul);
  const [dokumenId, setDok] = useState(a0.dokumenId);
  const [tanggal, setTanggal] = useState(a0.tanggal);
  const [zi, setZi] = useState(a0.selarasZonaIntegritas);
  return (
    <Kirim
      kode="deklarasi_komitmen"
      s={s}
      onSelesai={onSelesai}
      kirim={() => ({ judul, dokumenId, tanggal, selarasZonaIntegritas: zi })}
    >
      <Text size="sm" c="dimmed">
        {t("program.deklarasiPetunjuk")}
      </Text>
      <TextInput
        label={t("program.judulDeklarasi")}
        withAsterisk
        maxLength={300}
        value={judul}
        onChange={(e) => setJudul(e.currentTarget.value)}
      />
      <InputTanggal
        label={t("program.tanggal")}
        withAsterisk
        maxDate={s.hariIni}
        value={tanggal}
        onChange={(v) => setTanggal(v)}
      />
      <UnggahDokumen
        siklusId={s.id}
        label={t("program.dokumenDeklarasi")}
        wajib
        nilai={dokumenId}
        onUnggah={setDok}
      />
      <Checkbox
        label={t("program.selarasZi")}
        checked={zi}
        onChange={(e) => setZi(e.currentTarget.checked)}
      />
    </Kirim>
  );
}

function FormAsesmen({ s, onSelesai }: { s: StatusSiklus; onSelesai: () => void }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [kampanye, setKampanye] = useState<string | null>(
    (s.keluaran.asesmen_awal?.kampanyeId as string) ?? null,
  );
  const q = useQuery({
    queryKey: [...kunciProgram.semua(instansi.id), "kampanye", "awal"],
    queryFn: () =>
      api<{ id: string; nama: string; status: string; dirilis: string | null }[]>(
        `${dasar(instansi.id)}/kampanye`,
        {
          query: { tujuan: "awal" },
        },
      ),
  });
  return (
    <Kirim kode="asesmen_awal" s={s} onSelesai={onSelesai} kirim={() => ({ kampanyeId: kampanye ?? "" })}>
      <Text size="sm" c="dimmed">
        {t("program.asesmenAwalPetunjuk")}
      </Text>
      <Select
        label={t("program.kampanyeAwal")}
        withAsterisk
        value={kampanye}
        onChange={setKampanye}
        data={(q.data ?? []).map((k) => ({
          value: k.id,
          label: `${k.nama} — ${k.dirilis ? t("program.dirilis", { tanggal: k.dirilis }) : t("program.belumDirilis")}`,
        }))}
        nothingFoundMessage={t("program.tidakAdaKampanye")}
      />
    </Kirim>
  );
}

interface TargetIsi {
  kode: string;
  uraian?: string;
  indikator: { jenis: "proporsi_minimal_level" | "rerata_level"; levelMinimal?: number };
  sasaran: string[] | "instansi";
  garisDasar?: number | null;
  nilaiTarget: number;
  tenggat: string;
  penanggungJawab: { peran: string; pegawaiId?: string };
}

function FormRencanaAksi({ s, onSelesai }: { s: StatusSiklus; onSelesai: () => void }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const units = useUnitList(instansi.id);
  const a0 = awal(s, "rencana_aksi", { dokumenId: "", tanggal: "", target: [] as TargetIsi[] });
  const [dok, setDok] = useState(a0.dokumenId);
  const [tanggal, setTanggal] = useState(a0.tanggal);
  const [target, setTarget] = useState<TargetIsi[]>(a0.target);
  const [kunci, setKunci] = useState<number[]>(a0.target.map((_, i) => i));
  const ubah = (i: number, x: Partial<TargetIsi>) =>
    setTarget(target.map((y, j) => (j === i ? { ...y, ...x } : y)));
  const baru = (): TargetIsi => ({
    kode: `T${target.length + 1}`,
    indikator: { jenis: "proporsi_minimal_level", levelMinimal: 2 },
    sasaran: "instansi",
    nilaiTarget: 0.6,
    tenggat: "",
    penanggungJawab: { peran: "tim_supervisi" },
  });
  return (
    <Kirim
      kode="rencana_aksi"
      s={s}
      onSelesai={onSelesai}
      // baselines are taken from the initial map by the server unless a value was kept
      kirim={() => ({
        dokumenId: dok,
        tanggal,
        target: target.map((x) => ({ ...x, garisDasar: x.garisDasar ?? null })),
      })}
    >
      <Text size="sm" c="dimmed">
        {t("program.renaksiPetunjuk")}
      </Text>
      <Group grow wrap="wrap" align="flex-start">
        <InputTanggal
          label={t("program.tanggal")}
          withAsterisk
          maxDate={s.hariIni}
          value={tanggal}
          onChange={(v) => setTanggal(v)}
        />
        <UnggahDokumen
          siklusId={s.id}
          label={t("program.dokumenRenaksi")}
          wajib
          nilai={dok}
          onUnggah={setDok}
        />
      </Group>
      {target.map((x, i) => {
        const persen = x.indikator.jenis === "proporsi_minimal_level";
        return (
          <Stack
            key={kunci[i]}
            gap="xs"
            p="sm"
            style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 8 }}
          >
            <Group grow wrap="wrap" align="flex-start">
              <TextInput
                label={t("program.kode")}
                maxLength={40}
                value={x.kode}
                onChange={(e) => ubah(i, { kode: e.currentTarget.value })}
              />
              <Select
                label={t("program.indikator")}
                value={persen ? `p${x.indikator.levelMinimal ?? 2}` : "r"}
                data={[
                  { value: "p2", label: t("program.indikatorProporsi", { l: 2 }) },
                  { value: "p3", label: t("program.indikatorProporsi", { l: 3 }) },
                  { value: "p4", label: t("program.indikatorProporsi", { l: 4 }) },
                  { value: "r", label: t("program.indikatorRerata") },
                ]}
                onChange={(v) =>
                  ubah(i, {
                    indikator:
                      v === "r"
                        ? { jenis: "rerata_level" }
                        : { jenis: "proporsi_minimal_level", levelMinimal: Number(v?.slice(1) ?? 2) },
                    nilaiTarget: v === "r" ? 2.5 : 0.6,
                    garisDasar: null,
                  })
                }
              />
            </Group>
            <MultiSelect
              label={t("program.sasaran")}
              description={t("program.sasaranPetunjuk")}
              searchable
              value={x.sasaran === "instansi" ? [] : x.sasaran}
              data={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
              onChange={(v) => ubah(i, { sasaran: v.length ? v : "instansi", garisDasar: null })}
            />
            <Group grow wrap="wrap" align="flex-start">
              <NumberInput
                label={persen ? t("program.nilaiTargetPersen") : t("program.nilaiTargetRerata")}
                value={persen ? Math.round(x.nilaiTarget * 1000) / 10 : x.nilaiTarget}
                min={persen ? 0 : 1}
                max={persen ? 100 : 4}
                decimalScale={persen ? 1 : 2}
                onChange={(v) => typeof v === "number" && ubah(i, { nilaiTarget: persen ? v / 100 : v })}
              />
              <TextInput
                type="month"
                label={t("program.tenggat")}
                withAsterisk
                value={x.tenggat}
                onChange={(e) => ubah(i, { tenggat: e.currentTarget.value })}
              />
              <Select
                label={t("program.penanggungJawab")}
                value={x.penanggungJawab.peran}
                data={PERAN.filter((p) => p !== "evaluator_nasional").map((p) => ({
                  value: p,
                  label: NAMA_PERAN[p].id,
                }))}
                onChange={(v) => v && ubah(i, { penanggungJawab: { peran: v } })}
              />
            </Group>
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {typeof x.garisDasar === "number"
                  ? `${t("program.garisDasar")}: ${persen ? `${(x.garisDasar * 100).toFixed(1)}%` : x.garisDasar.toFixed(2)}`
                  : t("program.garisDasarOtomatis")}
              </Text>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => {
                  setTarget(target.filter((_, j) => j !== i));
                  setKunci(kunci.filter((_, j) => j !== i));
                }}
              >
                {t("program.hapus")}
              </Button>
            </Group>
          </Stack>
        );
      })}
      <Button
        variant="light"
        onClick={() => {
          setTarget([...target, baru()]);
          setKunci([...kunci, Math.max(-1, ...kunci) + 1]);
        }}
      >
        {t("program.tambahTarget")}
      </Button>
    </Kirim>
  );
}

interface ModulIsi {
  kode: string;
  judul: string;
  subtahap: number;
  templat?: string;
  tujuan: string[];
  cara: string[];
  media: string[];
  sasaranUnit: string[];
  jadwal?: { mulai: string; selesai: string };
}

function FormPelatihan({ s, onSelesai }: { s: StatusSiklus; onSelesai: () => void }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const a0 = awal(s, "rencana_pelatihan", { dokumenId: "", tanggal: "", modul: [] as ModulIsi[] });
  const [dok, setDok] = useState(a0.dokumenId);
  const [tanggal, setTanggal] = useState(a0.tanggal);
  const [modul, setModul] = useState<ModulIsi[]>(a0.modul);
  const [muat, setMuat] = useState<unknown>(null);
  const ubah = (i: number, x: Partial<ModulIsi>) =>
    setModul(modul.map((y, j) => (j === i ? { ...y, ...x } : y)));
  const ambilDraf = async () => {
    setMuat(null);
    try {
      const d = await api<ModulIsi[]>(
        `${dasar(instansi.id)}/siklus/${s.id}/persiapan/rencana_pelatihan/draf-modul`,
      );
      setModul(d.map((m) => ({ ...m, jadwal: { mulai: "", selesai: "" } })));
    } catch (e) {
      setMuat(e);
    }
  };
  return (
    <Kirim
      kode="rencana_pelatihan"
      s={s}
      onSelesai={onSelesai}
      kirim={() => ({
        dokumenId: dok,
        tanggal,
        modul: modul.map((m) => ({ ...m, jadwal: m.jadwal ?? { mulai: "", selesai: "" } })),
      })}
    >
      <Text size="sm" c="dimmed">
        {t("program.pelatihanPetunjuk")}
      </Text>
      <Group grow wrap="wrap" align="flex-start">
        <InputTanggal
          label={t("program.tanggal")}
          withAsterisk
          maxDate={s.hariIni}
          value={tanggal}
          onChange={(v) => setTanggal(v)}
        />
        <UnggahDokumen
          siklusId={s.id}
          label={t("program.dokumenKurikulum")}
          wajib
          nilai={dok}
          onUnggah={setDok}
        />
      </Group>
      <Button variant="light" onClick={ambilDraf}>
        {t("program.ambilDrafModul")}
      </Button>
      <GalatProgram error={muat} />
      {modul.map((m, i) => (
        <Stack
          key={m.kode}
          gap={4}
          p="sm"
          style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 8 }}
        >
          <Group justify="space-between" wrap="nowrap">
            <TextInput
              aria-label={t("program.judulModul")}
              value={m.judul}
              maxLength={300}
              onChange={(e) => ubah(i, { judul: e.currentTarget.value })}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("program.hapus")}
              onClick={() => setModul(modul.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
          <Text size="xs" c="dimmed">
            {t("program.subtahapN", { n: m.subtahap })}
            {m.templat
              ? ` · ${KEGIATAN_SUBTAHAP.find((k) => k.kode === m.templat)?.sumber ?? m.templat}`
              : ""}{" "}
            · {t("program.jumlahUnit", { n: m.sasaranUnit.length })}
          </Text>
          <Textarea
            label={t("program.tujuan")}
            autosize
            minRows={1}
            value={m.tujuan.join("\n")}
            onChange={(e) => ubah(i, { tujuan: e.currentTarget.value.split("\n").filter(Boolean) })}
          />
          <Group grow wrap="wrap">
            <InputTanggal
              label={t("program.jadwalMulai")}
              withAsterisk
              value={m.jadwal?.mulai ?? ""}
              onChange={(v) => ubah(i, { jadwal: { mulai: v, selesai: m.jadwal?.selesai ?? "" } })}
            />
            <InputTanggal
              label={t("program.jadwalSelesai")}
              withAsterisk
              value={m.jadwal?.selesai ?? ""}
              onChange={(v) => ubah(i, { jadwal: { mulai: m.jadwal?.mulai ?? "", selesai: v } })}
            />
          </Group>
        </Stack>
      ))}
    </Kirim>
  );
}

function FormAgen({ s, onSelesai }: { s: StatusSiklus; onSelesai: () => void }) {
  const { t } = useTranslation();
  type Nominasi = { pegawaiId: string; unitKerjaId?: string; keputusan: "terpilih" | "tidak_terpilih" };
  const a0 = awal(s, "agen_perubahan", {
    kriteriaSeleksi: [] as string[],
    nominasi: [] as Nominasi[],
    sk: skKosong(),
    ditetapkan: [] as string[],
  });
  const [kriteria, setKriteria] = useState(a0.kriteriaSeleksi.join("\n"));
  const [nominasi, setNominasi] = useState<Nominasi[]>(a0.nominasi);
  const [sk, setSk] = useState<Sk>(a0.sk);
  const [label, setLabel] = useState<Record<string, string>>(s.namaPegawai ?? {});
  const body = () => ({
    kriteriaSeleksi: kriteria
      .split("\n")
      .map((x) => x.trim())
      .filter(Boolean),
    nominasi,
    sk,
    // appointed = selected nominees (Tabel 2 I.1: appointment follows selection)
    ditetapkan: nominasi.filter((n) => n.keputusan === "terpilih").map((n) => n.pegawaiId),
  });
  const terpilih = nominasi.filter((n) => n.keputusan === "terpilih").length;
  const target = s.konfigurasi.targetAgenPerubahan;
  return (
    <Kirim kode="agen_perubahan" s={s} onSelesai={onSelesai} kirim={body}>
      <Textarea
        label={t("program.kriteriaSeleksi")}
        description={t("program.kriteriaPetunjuk")}
        withAsterisk
        autosize
        minRows={3}
        value={kriteria}
        onChange={(e) => setKriteria(e.currentTarget.value)}
      />
      <PilihPegawai
        label={t("program.nominasi")}
        nilai={nominasi.map((n) => n.pegawaiId)}
        label0={label}
        onChange={(ids, l) => {
          setLabel(l);
          setNominasi(
            ids.map(
              (id) => nominasi.find((n) => n.pegawaiId === id) ?? { pegawaiId: id, keputusan: "terpilih" },
            ),
          );
        }}
      />
      {nominasi.length > 0 && (
        <Table>
          <Table.Tbody>
            {nominasi.map((n, i) => (
              <Table.Tr key={n.pegawaiId}>
                <Table.Td>{label[n.pegawaiId] ?? n.pegawaiId}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t("program.keputusan")}
                    value={n.keputusan}
                    data={[
                      { value: "terpilih", label: t("program.terpilih") },
                      { value: "tidak_terpilih", label: t("program.tidakTerpilih") },
                    ]}
                    onChange={(v) =>
                      v &&
                      setNominasi(
                        nominasi.map((y, j) =>
                          j === i ? { ...y, keputusan: v as Nominasi["keputusan"] } : y,
                        ),
                      )
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" c={target !== undefined && terpilih < target ? "orange" : "dimmed"}>
        {t("program.jumlahAp", { n: terpilih, target: target ?? "—" })}
      </Text>
      <IsiSk s={s} sk={sk} set={setSk} label={t("program.skPenetapanAp")} />
    </Kirim>
  );
}
