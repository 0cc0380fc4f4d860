/**
 * The national evaluator's norms and national level cuts (docs/norma-batas.md):
 * norms per reference group of a form's parameter version in force, with the
 * publication minimum; standard-setting sessions with each judge's own cuts.
 */
import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import type { AcuanTheta } from "./FormBatasSaya.tsx";
import { type Sesi, SesiKartu } from "./SesiKartu.tsx";

const KUNCI = ["norma-batas"] as const;

export function NormaBatasPage() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const param = useQuery({
    queryKey: [...KUNCI, "parameter"],
    queryFn: () => isi(klien.GET("/api/asesmen/parameter")),
  });
  const formulirList = [...new Set((param.data?.items ?? []).map((p) => p.formulirId))].sort();
  const [pilih, setPilih] = useState<string | null>(null);
  const formulirId = pilih ?? formulirList[0] ?? null;
  const norma = useQuery({
    queryKey: [...KUNCI, "norma", formulirId],
    enabled: formulirId !== null,
    queryFn: () =>
      isi(klien.GET("/api/asesmen/norma", { params: { query: { formulirId: formulirId as string } } })),
  });
  const acuan = useQuery({
    queryKey: [...KUNCI, "acuan", formulirId],
    enabled: formulirId !== null,
    queryFn: () =>
      isi(
        klien.GET("/api/asesmen/penetapan-batas/acuan", {
          params: { query: { formulirId: formulirId as string } },
        }),
      ),
  });
  const sesi = useQuery({
    queryKey: [...KUNCI, "sesi"],
    queryFn: () => isi(klien.GET("/api/asesmen/penetapan-batas")),
  });
  const [galatNorma, setGalatNorma] = useState<unknown>(null);
  const [hitung, setHitung] = useState(false);
  const segarkan = () => qc.invalidateQueries({ queryKey: KUNCI });
  const form = useForm({
    initialValues: { judul: "", cara: "rerata" as "rerata" | "median" },
    validate: { judul: (v) => (v.trim() ? null : t("umum.wajibDiisi")) },
  });
  const angka = (n: number) => n.toLocaleString(i18n.language === "en" ? "en" : "id");
  const min = norma.data?.minimum ?? 1000;
  return (
    <Stack>
      <div>
        <Title order={2}>{t("normaBatas.judul")}</Title>
        <Text size="sm" c="dimmed">
          {t("normaBatas.subjudul", { min: angka(min) })}
        </Text>
      </div>
      <Select
        label={t("normaBatas.formulir")}
        data={formulirList}
        value={formulirId}
        onChange={setPilih}
        allowDeselect={false}
        maw={320}
      />
      <Paper withBorder p="md" component="section" aria-labelledby="judul-norma">
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <div>
              <Title order={3} size="h4" id="judul-norma">
                {t("normaBatas.norma.judul")}
              </Title>
              {norma.data?.versiParameter && (
                <Text size="sm" c="dimmed">
                  {t("normaBatas.versi", { versi: norma.data.versiParameter })}
                </Text>
              )}
            </div>
            <Button
              variant="light"
              loading={hitung}
              disabled={!formulirId}
              onClick={async () => {
                setHitung(true);
                setGalatNorma(null);
                try {
                  await isi(
                    klien.POST("/api/asesmen/norma/hitung", { body: { formulirId: formulirId as string } }),
                  );
                  await segarkan();
                } catch (e) {
                  setGalatNorma(e);
                } finally {
                  setHitung(false);
                }
              }}
            >
              {t("normaBatas.norma.hitung")}
            </Button>
          </Group>
          <ErrorAlert error={galatNorma} />
          <QueryState
            query={norma}
            isEmpty={(d) => d.items.length === 0}
            empty={<Kosong pesan={t("normaBatas.norma.kosong")} />}
          >
            {(d) => (
              <Table>
                <caption className="sr-only">{t("normaBatas.norma.judul")}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("normaBatas.norma.kelompok")}</Table.Th>
                    <Table.Th>{t("normaBatas.norma.n")}</Table.Th>
                    <Table.Th>{t("normaBatas.norma.status")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.items.map((g) => (
                    <Table.Tr key={`${g.jenis}:${g.kunci}`}>
                      <Table.Td>{g.label}</Table.Td>
                      <Table.Td>{angka(g.n)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={g.terbit ? 600 : 400} c={g.terbit ? "green.9" : undefined}>
                          {g.terbit
                            ? t("normaBatas.norma.terbit")
                            : t("normaBatas.norma.kurang", { n: angka(g.n), min: angka(d.minimum) })}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </QueryState>
        </Stack>
      </Paper>
      <Title order={3}>{t("normaBatas.sesi.judul")}</Title>
      <KartuForm
        judul={t("normaBatas.sesi.buka")}
        keterangan={t("normaBatas.sesi.bukaKeterangan")}
        form={form}
        labelKirim={t("normaBatas.sesi.buka")}
        kosongkanSetelahKirim
        kirimNonaktif={!formulirId}
        kirim={(v) =>
          isi(
            klien.POST("/api/asesmen/penetapan-batas", {
              body: { judul: v.judul.trim(), formulirId: formulirId as string, cara: v.cara },
            }),
          )
        }
        onBerhasil={segarkan}
      >
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t("normaBatas.sesi.namaSesi")}
            required
            miw={220}
            {...form.getInputProps("judul")}
          />
          <Select
            label={t("normaBatas.sesi.cara")}
            allowDeselect={false}
            miw={160}
            data={[
              { value: "rerata", label: t("normaBatas.sesi.rerata") },
              { value: "median", label: t("normaBatas.sesi.median") },
            ]}
            {...form.getInputProps("cara")}
          />
        </Group>
      </KartuForm>
      <QueryState
        query={sesi}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("normaBatas.sesi.kosong")} />}
      >
        {(d) => (
          <Stack>
            {d.items
              .filter((s) => !formulirId || s.formulirId === formulirId)
              .map((s) => (
                <SesiKartu
                  key={s.id}
                  s={s as Sesi}
                  acuan={(acuan.data as AcuanTheta | undefined) ?? null}
                  onUbah={segarkan}
                />
              ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
