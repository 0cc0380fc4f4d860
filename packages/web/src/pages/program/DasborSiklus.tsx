import { Anchor, Button, Card, Group, SimpleGrid, Stack, Stepper, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { KEGIATAN_UTAMA, type KodeLangkahPersiapan } from "@nurani/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { navigate } from "../../lib/router.ts";
import { rujukan } from "../../lib/rujukan.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { CatatanSumberLevel } from "../nontes/SumberLevel.tsx";
import { PanelSinergi } from "../sinergi/PanelSinergi.tsx";
import { AksiTahap } from "./AksiTahap.tsx";
import { dasar, PENCATAT_LANGKAH, PERAN_KELOLA, type StatusSiklus, useStatusSiklus } from "./api.ts";
import { LencanaTahap } from "./DaftarSiklus.tsx";
import { FormLangkah } from "./FormLangkah.tsx";
import { KampanyeTertaut } from "./KampanyeTertaut.tsx";
import { Lencana, LencanaPeran, PeringatanProgram } from "./Komponen.tsx";
import { KonfigurasiSiklus } from "./KonfigurasiSiklus.tsx";
import { RingkasLangkah } from "./RingkasLangkah.tsx";

const URUTAN_TAHAP = ["persiapan", "pelaksanaan", "penilaian", "selesai"];

function Tautan({ ke, children }: { ke: string; children: React.ReactNode }) {
  return (
    <Anchor
      href={ke}
      onClick={(e) => {
        e.preventDefault();
        navigate(ke);
      }}
    >
      {children}
    </Anchor>
  );
}

/** `/program/:id`: where the agency stands, what is done, what is next and who acts. */
export function DasborSiklusPage({ id }: { id: string }) {
  const { instansi } = useSession();
  const q = useStatusSiklus(instansi.id, id);
  return <QueryState query={q}>{(s) => <Dasbor s={s} />}</QueryState>;
}

function Dasbor({ s }: { s: StatusSiklus }) {
  const { t, i18n } = useTranslation();
  const w = useWaktu();
  const b = i18n.language === "en" ? "en" : "id";
  const { instansi, punya } = useSession();
  const hp = useMediaQuery("(max-width: 48em)");
  const [langkah, setLangkah] = useState<KodeLangkahPersiapan | null>(null);
  const p = s.posisi;
  const aktif = URUTAN_TAHAP.indexOf(p.tahap);
  const tertutup = p.tahap === "selesai";
  const unduh = (format: "pdf" | "xlsx") =>
    download(`${dasar(instansi.id)}/siklus/${s.id}/laporan`, { format }, `laporan-program.${format}`);
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Stack gap={0}>
          <Tautan ke="/program">← {t("program.judul")}</Tautan>
          <Title order={2}>{s.nama}</Title>
        </Stack>
        <LencanaTahap tahap={p.tahap} />
      </Group>

      <Stepper
        active={tertutup ? 4 : aktif}
        orientation={hp ? "vertical" : "horizontal"}
        size="sm"
        allowNextStepsSelect={false}
      >
        <Stepper.Step label={t("program.tahap.persiapan")} description={rujukan("Tabel 3", b)} />
        <Stepper.Step
          label={t("program.tahap.pelaksanaan")}
          description={
            p.tanggal.pelaksanaanMulai ? w.tanggal(p.tanggal.pelaksanaanMulai) : rujukan("Tabel 4", b)
          }
        />
        <Stepper.Step
          label={t("program.tahap.penilaian")}
          description={
            p.tanggal.penilaianMulai ? w.tanggal(p.tanggal.penilaianMulai) : rujukan("BAB III.B.3", b)
          }
        />
      </Stepper>

      <Card
        component="section"
        withBorder
        bg="var(--mantine-color-blue-light)"
        aria-labelledby="berikut-judul"
      >
        <Stack gap="xs">
          <Title order={3} id="berikut-judul" size="h4">
            {tertutup ? t("program.siklusSelesai") : t("program.berikutnya")}
          </Title>
          {p.berikut && (
            <>
              <Text>{p.berikut.uraian[b]}</Text>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {t("program.siapaBertindak")}
                </Text>
                <LencanaPeran peran={p.berikut.pelaku} />
              </Group>
              <Text size="xs" c="dimmed">
                {t("program.sumber")}: {rujukan(p.berikut.sumber, b)}
              </Text>
            </>
          )}
          <AksiTahap s={s} />
        </Stack>
      </Card>

      <PeringatanProgram peringatan={p.peringatan} />

      <Title order={3} size="h4">
        {t("program.persiapanJudul")}
      </Title>
      <Stack gap="xs">
        {p.langkahPersiapan.map((l, i) => {
          const bolehIsi =
            p.tahap === "persiapan" &&
            punya(...PENCATAT_LANGKAH[l.kode]) &&
            (i === 0 || p.langkahPersiapan[i - 1].selesai || s.keluaran[l.kode] !== null);
          return (
            <Card key={l.kode} withBorder padding="sm">
              <Group justify="space-between" wrap="wrap">
                <Stack gap={2} style={{ flex: "1 1 260px" }}>
                  <Group gap="xs">
                    <Lencana warna={l.selesai ? "teal" : s.keluaran[l.kode] ? "yellow" : "gray"}>
                      {l.selesai
                        ? t("program.selesai")
                        : s.keluaran[l.kode]
                          ? t("program.menunggu")
                          : t("program.belum")}
                    </Lencana>
                    <Text fw={600}>
                      {l.no}. {l.kegiatan[b]}
                    </Text>
                  </Group>
                  {l.tanggal && (
                    <Text size="sm" c="dimmed">
                      {w.tanggal(l.tanggal)}
                    </Text>
                  )}
                  <RingkasLangkah kode={l.kode} s={s} />
                  <LencanaPeran peran={l.pelaku} />
                </Stack>
                {bolehIsi && (
                  <Button
                    variant={s.keluaran[l.kode] ? "default" : "filled"}
                    onClick={() => setLangkah(l.kode)}
                  >
                    {s.keluaran[l.kode] ? t("program.ubahKeluaran") : t("program.isiKeluaran")}
                  </Button>
                )}
              </Group>
            </Card>
          );
        })}
      </Stack>

      {langkah && <FormLangkah kode={langkah} s={s} onTutup={() => setLangkah(null)} />}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h4">
                {t("program.kegiatanJudul")}
              </Title>
              <Tautan ke={`/program/${s.id}/kegiatan`}>{t("program.bukaKalender")}</Tautan>
            </Group>
            <Table.ScrollContainer
              minWidth={380}
              scrollAreaProps={{
                viewportProps: { tabIndex: 0, role: "region", "aria-label": t("program.kegiatanJudul") },
              }}
            >
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("program.kegiatanUtama")}</Table.Th>
                    <Table.Th>{t("program.direncanakan")}</Table.Th>
                    <Table.Th>{t("program.terlaksana")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.kegiatan.map((k) => (
                    <Table.Tr key={k.kegiatanUtama}>
                      <Table.Td>{KEGIATAN_UTAMA.find((x) => x.kode === k.kegiatanUtama)?.nama[b]}</Table.Td>
                      <Table.Td>{k.direncanakan}</Table.Td>
                      <Table.Td>
                        {k.kegiatanTerlaksana} ({k.pelaksanaan}× · {k.peserta} {t("program.peserta")})
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t("program.targetJudul")}
            </Title>
            <Text size="xs" c="dimmed">
              {s.target.kampanye
                ? t("program.diukurPada", { nama: s.target.kampanye.nama })
                : t("program.belumAdaPeta")}
            </Text>
            <CatatanSumberLevel s={s.target.sumberLevel} />
            {s.target.target.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("program.belumAdaTarget")}
              </Text>
            ) : (
              <Table.ScrollContainer
                minWidth={380}
                scrollAreaProps={{
                  viewportProps: { tabIndex: 0, role: "region", "aria-label": t("program.targetJudul") },
                }}
              >
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("program.kode")}</Table.Th>
                      <Table.Th>{t("program.garisDasar")}</Table.Th>
                      <Table.Th>{t("program.nilaiTarget")}</Table.Th>
                      <Table.Th>{t("program.capaian")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.target.target.map(({ target: tg, capaian }) => {
                      const f = (x: number | undefined) =>
                        x === undefined
                          ? "—"
                          : tg.indikator.jenis === "rerata_level"
                            ? x.toFixed(2)
                            : `${(x * 100).toFixed(1)}%`;
                      return (
                        <Table.Tr key={tg.kode}>
                          <Table.Td>{tg.kode}</Table.Td>
                          <Table.Td>{f(tg.garisDasar)}</Table.Td>
                          <Table.Td>
                            {f(tg.nilaiTarget)} · {tg.tenggat}
                          </Table.Td>
                          <Table.Td>
                            {f(capaian?.nilai)}{" "}
                            <Lencana size="xs">
                              {t(`program.statusTarget.${capaian?.status ?? "tanpa_data"}`)}
                            </Lencana>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <KampanyeTertaut s={s} />
      </Card>
      <PanelSinergi />

      <Group wrap="wrap">
        <Tautan ke={`/program/${s.id}/daftar-periksa`}>{t("program.daftarPeriksa.judul")}</Tautan>
        <Tautan ke={`/program/panduan?siklus=${s.id}`}>{t("program.panduan.judul")}</Tautan>
        <Tautan ke={`/program/${s.id}/deklarasi`}>{t("program.deklarasi.judul")}</Tautan>
        <Button variant="light" onClick={() => unduh("pdf")}>
          {t("program.laporanPdf")}
        </Button>
        <Button variant="light" onClick={() => unduh("xlsx")}>
          {t("program.laporanXlsx")}
        </Button>
      </Group>
      {punya(...PERAN_KELOLA) && !tertutup && <KonfigurasiSiklus s={s} />}
    </Stack>
  );
}
