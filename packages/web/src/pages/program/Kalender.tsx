/** `/program/:id/kegiatan`: the implementation calendar (Tabel 4) and execution records. */
import { Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { KEGIATAN_UTAMA, tingkatKematangan } from "@nurani/domain";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { konfirmasi } from "../../components/kit/index.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { dasar, type Kegiatan, kunciProgram, PERAN_CATAT, type Pelaksanaan, useStatusSiklus } from "./api.ts";
import { DialogKegiatan } from "./DialogKegiatan.tsx";
import { DialogPelaksanaan } from "./DialogPelaksanaan.tsx";
import { KisiAtauDaftar } from "./KisiKegiatan.tsx";
import { Lencana } from "./Komponen.tsx";

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
  const hapus = (k: Kegiatan) =>
    konfirmasi({
      judul: t("program.hapus"),
      pesan: t("program.kalender.konfirmasiHapus", { judul: k.judul }),
      labelYa: t("program.hapus"),
      bahaya: true,
      aksi: async () => {
        await api<void>(`${dasar(instansi.id)}/siklus/${id}/kegiatan/${k.id}`, { method: "DELETE" });
        await qc.invalidateQueries({ queryKey: kunciProgram.siklus(instansi.id, id) });
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
                      <Button size="xs" variant="subtle" color="red" onClick={() => hapus(k)}>
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

      {baru && <DialogKegiatan siklusId={id} onTutup={() => setBaru(false)} />}
      {catat && (
        <DialogPelaksanaan
          siklusId={id}
          kegiatan={catat}
          hariIni={status.data?.hariIni ?? ""}
          onTutup={() => setCatat(null)}
        />
      )}
    </Stack>
  );
}
