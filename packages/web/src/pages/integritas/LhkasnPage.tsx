/**
 * LHKPN/LHKASN compliance (Tabel 2 II; docs/gratifikasi.md "LHKPN/LHKASN"):
 * import the yearly list — checked row by row first, written only when every
 * row is valid — and compliance per unit (k applied).
 */
import { Alert, Button, FileInput, Group, NumberInput, Stack, Table, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type Laporan = Jawaban<"/api/instansi/{instansiId}/lhkasn/impor", "post">;

async function base64(f: File): Promise<string> {
  const b = new Uint8Array(await f.arrayBuffer());
  let s = "";
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

interface NilaiImpor {
  tahun: number | string;
  berkas: File | null;
}

export function LhkasnPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const path = { instansiId: instansi.id };
  const kunciL = [...kunci.instansi(instansi.id), "lhkasn"];
  const form = useForm<NilaiImpor>({
    initialValues: { tahun: new Date().getFullYear() - 1, berkas: null },
    validate: { berkas: (b) => (b ? null : t("integritas.wajib")) },
  });
  const [laporan, setLaporan] = useState<Laporan | null>(null);
  const [menerapkan, setMenerapkan] = useState(false);
  const [galatTerap, setGalatTerap] = useState<unknown>(null);
  const kepatuhan = useQuery({
    queryKey: [...kunciL, "kepatuhan"],
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/lhkasn/kepatuhan", { params: { path } })),
  });
  /** Step 1 checks every row (nothing written); step 2, once every row is valid, writes them. */
  async function kirim(v: NilaiImpor, terapkan: boolean): Promise<Laporan> {
    const berkas = v.berkas as File;
    return isi(
      klien.POST("/api/instansi/{instansiId}/lhkasn/impor", {
        params: { path },
        body: {
          tahun: Number(v.tahun),
          format: berkas.name.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv",
          isi: await base64(berkas),
          terapkan,
        },
      }),
    );
  }
  async function terapkan() {
    if (menerapkan || !form.values.berkas) return;
    setMenerapkan(true);
    setGalatTerap(null);
    try {
      const r = await kirim(form.values, true);
      setLaporan(r);
      if (r.diterapkan) {
        beritahuBerhasil(t("integritas.lhkasn.diterapkan", { n: r.sah, tahun: r.tahun }));
        await qc.invalidateQueries({ queryKey: kunciL });
      }
    } catch (e) {
      setGalatTerap(e);
    } finally {
      setMenerapkan(false);
    }
  }
  return (
    <Stack>
      <Title order={2}>{t("integritas.lhkasn.judul")}</Title>
      <KartuForm
        judul={t("integritas.lhkasn.impor")}
        keterangan={t("integritas.lhkasn.imporKeterangan")}
        form={form}
        kirim={(v) => {
          setGalatTerap(null);
          return kirim(v, false);
        }}
        onBerhasil={setLaporan}
        labelKirim={t("integritas.lhkasn.periksa")}
        kirimNonaktif={!form.values.berkas}
        aksi={
          <Button
            variant="light"
            disabled={!form.values.berkas || !laporan || laporan.galat.length > 0 || laporan.diterapkan}
            loading={menerapkan}
            onClick={terapkan}
          >
            {t("integritas.lhkasn.terapkan")}
          </Button>
        }
      >
        <Group align="flex-end" wrap="wrap">
          <NumberInput
            label={t("integritas.tahun")}
            min={2000}
            max={2100}
            w={120}
            {...form.getInputProps("tahun")}
          />
          <FileInput
            label={t("integritas.lhkasn.berkas")}
            accept=".csv,.xlsx,text/csv"
            clearable
            w={260}
            {...form.getInputProps("berkas")}
            onChange={(f) => {
              // another file: the report of the previous one no longer holds
              form.setFieldValue("berkas", f);
              setLaporan(null);
            }}
          />
        </Group>
        <ErrorAlert error={galatTerap} />
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
      </KartuForm>
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
            <Table.ScrollContainer
              minWidth={420}
              scrollAreaProps={{
                // a phone scrolls the table sideways: keyboard users must reach it too (axe scrollable-region-focusable)
                viewportProps: {
                  tabIndex: 0,
                  role: "region",
                  "aria-label": t("integritas.lhkasn.kepatuhan", { tahun: k.tahun ?? "—" }),
                },
              }}
            >
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
