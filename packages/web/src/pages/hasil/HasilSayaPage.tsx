import { Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, download } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { rujukan } from "../../lib/rujukan.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { type LevelAkhir, LevelAkhirKartu } from "../nontes/LevelAkhirKartu.tsx";
import { GrafikProfil } from "./GrafikProfil.tsx";
import { metodeLevel } from "./metode-level.ts";
import { TahapInstrumen } from "./TahapInstrumen.tsx";
import type { Profil, SkorTampil } from "./tipe.ts";

/** The employee's own results (released campaigns only; every read is audited by the server). */
export function HasilSayaPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const q = useQuery({
    queryKey: ["hasil", "saya", instansi.id],
    queryFn: () =>
      api<{
        profil: Profil[];
        levelAkhir: LevelAkhir | null;
        riwayat: { kampanyeId: string; nama: string; derajat: number; level: number }[];
      }>(`/api/instansi/${instansi.id}/hasil/saya`),
  });
  return (
    <Stack>
      <div>
        <Title order={2}>{t("hasil.saya.judul")}</Title>
        <Text c="dimmed" size="sm">
          {t("hasil.saya.subjudul")}
        </Text>
      </div>
      <QueryState
        query={q}
        isEmpty={(d) => d.profil.length === 0 && !d.levelAkhir}
        empty={<Kosong pesan={t("hasil.saya.kosong")} />}
      >
        {(d) => (
          <Stack>
            {d.levelAkhir && <LevelAkhirKartu d={d.levelAkhir} />}
            {d.profil[0] && <ProfilKartu profil={d.profil[0]} instansiId={instansi.id} />}
            {d.riwayat.length > 1 && (
              <Paper withBorder p="md">
                <Title order={3} size="h4">
                  {t("hasil.saya.riwayat")}
                </Title>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("hasil.kampanye")}</Table.Th>
                      <Table.Th>{t("hasil.derajat")}</Table.Th>
                      <Table.Th>{t("hasil.level")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.riwayat.map((r) => (
                      <Table.Tr key={r.kampanyeId}>
                        <Table.Td>{r.nama}</Table.Td>
                        <Table.Td>{r.derajat.toFixed(0)}</Table.Td>
                        <Table.Td>{r.level}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function TabelSkor({ judul, skor }: { judul: string; skor: SkorTampil[] }) {
  const { t } = useTranslation();
  return (
    // four narrow columns fit a phone: no horizontal scrolling (which a keyboard could not reach)
    <Table striped>
      {/* the heading above the chart shows the same name */}
      <caption className="sr-only">{judul}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("hasil.skala")}</Table.Th>
          <Table.Th>T</Table.Th>
          <Table.Th>{t("hasil.rentang95")}</Table.Th>
          <Table.Th>{t("hasil.persentil")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {skor.map((s) => (
          <Table.Tr key={s.kode}>
            <Table.Td>{s.nama}</Table.Td>
            <Table.Td>{s.t.toFixed(1)}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              {s.tBawah.toFixed(1)}–{s.tAtas.toFixed(1)}
            </Table.Td>
            <Table.Td>{s.persentil.toFixed(0)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ProfilKartu({ profil: p, instansiId }: { profil: Profil; instansiId: string }) {
  const { t, i18n } = useTranslation();
  const w = useWaktu();
  const [galat, setGalat] = useState<unknown>(null);
  return (
    <Stack>
      <Paper withBorder p="md">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Text fw={600}>{p.kampanye.nama}</Text>
            <Text size="sm" c="dimmed">
              {t("hasil.saya.dirilis", { tanggal: w.tanggal(p.kampanye.dirilis) })}
            </Text>
          </div>
          <Button
            variant="light"
            onClick={() =>
              download(
                `/api/instansi/${instansiId}/hasil/saya/${p.kampanye.id}/pdf`,
                {},
                "hasil-asesmen.pdf",
              ).catch(setGalat)
            }
          >
            {t("hasil.saya.unduhPdf")}
          </Button>
        </Group>
        <ErrorAlert error={galat} />
        <Group mt="md" gap="xl" wrap="wrap">
          <div>
            <Text size="sm" c="dimmed">
              {t("hasil.derajat")}
            </Text>
            <Text fz={36} fw={700}>
              {p.integritas.derajat.toFixed(0)}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t("hasil.level")}
            </Text>
            <Badge size="xl">
              {p.level.level} · {p.level.nama}
            </Badge>
          </div>
        </Group>
        <Stack gap={4} mt="md">
          {p.penjelasan.map((x) => (
            <Text key={x} size="sm">
              {x}
            </Text>
          ))}
          <Text size="xs" c="dimmed">
            {t("hasil.saya.metode", {
              metode: metodeLevel(p.level.metode, i18n.language),
              sumber: rujukan(p.level.sumber, i18n.language),
            })}
          </Text>
        </Stack>
        <TahapInstrumen p={p} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4">
          {t("hasil.saya.faktor")}
        </Title>
        <GrafikProfil skor={p.faktor} />
        <TabelSkor judul={t("hasil.saya.faktor")} skor={p.faktor} />
        <Title order={3} size="h4" mt="md">
          {t("hasil.saya.subdimensi")}
        </Title>
        <GrafikProfil skor={p.subDimensi} />
        <TabelSkor judul={t("hasil.saya.subdimensi")} skor={p.subDimensi} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4">
          {t("hasil.saya.kegiatan")}
        </Title>
        <List spacing="xs" mt="sm">
          {p.kegiatan.map((k) => (
            <List.Item key={k.kode}>
              <Text size="sm" fw={600}>
                {k.kegiatan}{" "}
                <Text span size="xs" c="dimmed">
                  ({rujukan(k.sumber, i18n.language)})
                </Text>
              </Text>
              {k.tujuan.map((x) => (
                <Text key={x} size="sm">
                  {x}
                </Text>
              ))}
            </List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
