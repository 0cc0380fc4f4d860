/**
 * LHKPN/LHKASN compliance (Tabel 2 II; docs/gratifikasi.md "LHKPN/LHKASN"):
 * import the yearly list — checked row by row first, written only when every
 * row is valid — and compliance per unit (k applied).
 */
import {
  Alert,
  Button,
  FileInput,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type Laporan = Jawaban<"/api/instansi/{instansiId}/lhkasn/impor", "post">;

async function base64(f: File): Promise<string> {
  const b = new Uint8Array(await f.arrayBuffer());
  let s = "";
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

export function LhkasnPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const path = { instansiId: instansi.id };
  const kunciL = [...kunci.instansi(instansi.id), "lhkasn"];
  const [tahun, setTahun] = useState<number | string>(new Date().getFullYear() - 1);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [laporan, setLaporan] = useState<Laporan | null>(null);
  const [sedang, setSedang] = useState(false);
  const [galat, setGalat] = useState<unknown>(null);
  const kepatuhan = useQuery({
    queryKey: [...kunciL, "kepatuhan"],
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/lhkasn/kepatuhan", { params: { path } })),
  });
  async function kirim(terapkan: boolean) {
    if (!berkas) return;
    setSedang(true);
    setGalat(null);
    try {
      const r = await isi(
        klien.POST("/api/instansi/{instansiId}/lhkasn/impor", {
          params: { path },
          body: {
            tahun: Number(tahun),
            format: berkas.name.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv",
            isi: await base64(berkas),
            terapkan,
          },
        }),
      );
      setLaporan(r);
      if (r.diterapkan) {
        beritahuBerhasil(t("integritas.lhkasn.diterapkan", { n: r.sah, tahun: r.tahun }));
        await qc.invalidateQueries({ queryKey: kunciL });
      }
    } catch (e) {
      setGalat(e);
    } finally {
      setSedang(false);
    }
  }
  return (
    <Stack>
      <Title order={2}>{t("integritas.lhkasn.judul")}</Title>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t("integritas.lhkasn.impor")}
          </Title>
          <Text size="sm" c="gray.7">
            {t("integritas.lhkasn.imporKeterangan")}
          </Text>
          <Group align="flex-end" wrap="wrap">
            <NumberInput
              label={t("integritas.tahun")}
              value={tahun}
              onChange={setTahun}
              min={2000}
              max={2100}
              w={120}
            />
            <FileInput
              label={t("integritas.lhkasn.berkas")}
              accept=".csv,.xlsx,text/csv"
              value={berkas}
              onChange={(f) => {
                setBerkas(f);
                setLaporan(null);
              }}
              clearable
              w={260}
            />
            <Button variant="default" disabled={!berkas} loading={sedang} onClick={() => kirim(false)}>
              {t("integritas.lhkasn.periksa")}
            </Button>
            <Button
              disabled={!berkas || !laporan || laporan.galat.length > 0 || laporan.diterapkan}
              loading={sedang}
              onClick={() => kirim(true)}
            >
              {t("integritas.lhkasn.terapkan")}
            </Button>
          </Group>
          <ErrorAlert error={galat} />
          {laporan && (
            <Alert color={laporan.galat.length > 0 ? "red" : "green"} variant="light" role="status">
              {t("integritas.lhkasn.hasilPeriksa", {
                baris: laporan.baris,
                sah: laporan.sah,
                galat: laporan.galat.length,
              })}
              {laporan.galat.length > 0 && (
                <Table mt="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("integritas.lhkasn.baris")}</Table.Th>
                      <Table.Th>NIP</Table.Th>
                      <Table.Th>{t("integritas.lhkasn.masalah")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {laporan.galat.map((g) => (
                      <Table.Tr key={g.baris}>
                        <Table.Td>{g.baris}</Table.Td>
                        <Table.Td>{g.nip}</Table.Td>
                        <Table.Td>{g.pesan}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Alert>
          )}
        </Stack>
      </Paper>
      <QueryState query={kepatuhan}>
        {(k) => (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t("integritas.lhkasn.kepatuhan", { tahun: k.tahun ?? "—" })}
            </Title>
            <Text>
              {t("integritas.lhkasn.instansi", {
                lapor: k.instansi.lapor,
                wajib: k.instansi.wajib,
                persen: k.instansi.persen === null ? "—" : k.instansi.persen.toLocaleString("id-ID"),
              })}
            </Text>
            <Table.ScrollContainer minWidth={420}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("integritas.unit")}</Table.Th>
                    <Table.Th>{t("integritas.lhkasn.wajib")}</Table.Th>
                    <Table.Th>{t("integritas.lhkasn.lapor")}</Table.Th>
                    <Table.Th>%</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {k.unit.map((u) => (
                    <Table.Tr key={u.id}>
                      <Table.Td>{u.nama}</Table.Td>
                      <Table.Td>{u.kepatuhan?.wajib ?? t("integritas.dibawahK", { k: k.k })}</Table.Td>
                      <Table.Td>{u.kepatuhan?.lapor ?? "—"}</Table.Td>
                      <Table.Td>{u.kepatuhan?.persen?.toLocaleString("id-ID") ?? "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
