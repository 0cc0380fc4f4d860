import { Anchor, Badge, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Jawaban } from "../../api/klien.ts";

type Berkas = Jawaban<"/api/instansi/{instansiId}/nontes/rekam-jejak/saya">;
type Refleksi = Berkas["refleksi"][number];
type Entri = Berkas["entri"][number];

const rincianTeks = (e: Entri, t: (k: string) => string) => {
  const r = e.rincian;
  if (r.jenis === "sanksi_disiplin") return t(`nontes.rekam.tingkat.${r.tingkat}`);
  if (r.jenis === "lhkasn") return t(`nontes.rekam.statusLhkasn.${r.status}`);
  if (r.jenis === "temuan_apip") return t(`nontes.rekam.tindakLanjut.${r.tindakLanjut}`);
  if (r.jenis === "uji_publik") return t(`nontes.rekam.hasilUji.${r.hasil}`);
  if (r.jenis === "penghargaan") return r.faktor.join(", ");
  return "";
};

/** A track-record file: the rubric's level per factor with its rules, the reflections, and the entries. */
export function BerkasRekamJejak({
  berkas: d,
  nilaiRefleksi,
  tautanBerkas,
  isiRefleksi,
}: {
  berkas: Berkas;
  nilaiRefleksi?: (f: Refleksi) => ReactNode;
  tautanBerkas?: (e: Entri) => ReactNode;
  isiRefleksi?: (f: Refleksi) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const bhs = i18n.language === "en" ? "en" : "id";
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={4}>{t("nontes.rekam.rubrik")}</Title>
        <Text size="sm" c="dimmed">
          {t("nontes.rekam.jendela", { tahun: d.jendelaTahun, acuan: d.acuan })}
        </Text>
        {d.level !== null && (
          <Text fw={700} my="xs" data-testid="level-rekam">
            {t("nontes.rekam.levelTotal", { level: d.level })}
          </Text>
        )}
        <Stack gap="xs" mt="xs">
          {d.rubrik.map((f) => (
            <div key={f.faktor} data-testid={`rubrik-${f.faktor}`}>
              <Text fw={600}>
                {t(`nontes.namaFaktor.${f.faktor}`)}:{" "}
                {f.level === null ? t("nontes.rekam.levelKosong") : t("nontes.level", { level: f.level })}
              </Text>
              <List size="sm">
                {f.alasan.map((a) => (
                  <List.Item key={`${a.entriId}-${a.aturan.id}`}>{a.aturan[bhs]}</List.Item>
                ))}
              </List>
            </div>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={4}>{t("nontes.rekam.refleksi")}</Title>
        <Stack gap="md" mt="xs">
          {d.refleksi.map((f) => (
            <div key={f.faktor}>
              <Group justify="space-between" align="flex-end">
                <Text fw={600}>{t(`nontes.namaFaktor.${f.faktor}`)}</Text>
                {nilaiRefleksi?.(f) ??
                  (f.levelDinilai ? (
                    <Badge>{t("nontes.level", { level: f.levelDinilai })}</Badge>
                  ) : (
                    <Badge color="gray">{t("nontes.rekam.belumDinilai")}</Badge>
                  ))}
              </Group>
              {isiRefleksi?.(f) ??
                f.prompt.map((p) => (
                  <div key={p.kode}>
                    <Text size="sm" c="dimmed">
                      {p.teks[bhs]}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {p.jawaban || t("nontes.rekam.belumDitulis")}
                    </Text>
                  </div>
                ))}
            </div>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={4}>{t("nontes.rekam.entri")}</Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="entri-rekam">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("nontes.rekam.tanggal")}</Table.Th>
                <Table.Th>{t("nontes.rekam.jenis")}</Table.Th>
                <Table.Th>{t("nontes.rekam.sumber")}</Table.Th>
                <Table.Th>{t("nontes.rekam.bukti")}</Table.Th>
                <Table.Th>{t("nontes.rekam.dicatatOleh")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.entri.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.tanggal}</Table.Td>
                  <Table.Td>
                    {t(`nontes.rekam.namaJenis.${e.jenis}`)}
                    {rincianTeks(e, t) && ` — ${rincianTeks(e, t)}`}
                    {e.keterangan && (
                      <Text size="xs" c="dimmed">
                        {e.keterangan}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`nontes.rekam.namaSumber.${e.sumber}`)}</Table.Td>
                  <Table.Td>
                    {e.buktiTautan && (
                      <Anchor href={e.buktiTautan} target="_blank" rel="noreferrer">
                        {t("nontes.rekam.bukaTautan")}
                      </Anchor>
                    )}
                    {tautanBerkas?.(e)}
                  </Table.Td>
                  <Table.Td>{e.dicatatOleh ?? e.asal}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
