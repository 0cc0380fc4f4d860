/**
 * Zona Integritas per unit and the merit-system index (Tabel 2 II;
 * docs/gratifikasi.md "Zona Integritas and merit"): read by the leaders,
 * admin, PPK, supervision team and APIP; entered by the admin and the team.
 */
import {
  Badge,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci, useUnitList } from "../../api/hooks.ts";
import { isi, type Kiriman, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type Zi = Kiriman<"/api/instansi/{instansiId}/zona-integritas/{unitId}/{tahun}", "put">;
const STATUS = ["diusulkan", "wbk", "wbbm"] as const;
/** The badge text wraps instead of being cut off in a narrow column. */
const BADGE_PANJANG = { label: { whiteSpace: "normal", overflow: "visible", textOverflow: "clip" } } as const;

export function ZonaIntegritasPage() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const path = { instansiId: instansi.id };
  const kunciZ = [...kunci.instansi(instansi.id), "zona-integritas"];
  const boleh = punya("admin_instansi", "tim_supervisi");
  const unit = useUnitList(instansi.id);
  const daftar = useQuery({
    queryKey: [...kunciZ, "daftar"],
    queryFn: () =>
      isi(klien.GET("/api/instansi/{instansiId}/zona-integritas", { params: { path, query: {} } })),
  });
  const merit = useQuery({
    queryKey: [...kunciZ, "merit"],
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/zona-integritas/merit", { params: { path } })),
  });
  const tahunIni = new Date().getFullYear();
  const formZi = useForm({
    initialValues: {
      unitId: "",
      tahun: tahunIni as number | string,
      status: "diusulkan" as Zi["status"],
      nomorSk: "",
      tanggalSk: "",
    },
    validate: { unitId: (v) => (v ? null : t("integritas.wajib")) },
  });
  const formMerit = useForm({
    initialValues: { tahun: (tahunIni - 1) as number | string, nilai: "" as number | string, kategori: "" },
    validate: {
      nilai: (v) => (typeof v === "number" && v >= 0 && v <= 400 ? null : t("integritas.zi.nilaiSalah")),
    },
  });
  const segarkan = async () => {
    beritahuBerhasil(t("integritas.tersimpan"));
    await qc.invalidateQueries({ queryKey: kunciZ });
  };
  return (
    <Stack>
      <Title order={2}>{t("integritas.zi.judul")}</Title>
      <Text size="sm" c="gray.7">
        {t("integritas.zi.keterangan")}
      </Text>
      <QueryState
        query={daftar}
        isEmpty={(d) => d.length === 0}
        empty={<Text>{t("integritas.kosong")}</Text>}
      >
        {(d) => (
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("integritas.unit")}</Table.Th>
                  <Table.Th>{t("integritas.tahun")}</Table.Th>
                  <Table.Th>{t("integritas.zi.status")}</Table.Th>
                  <Table.Th>{t("integritas.sk")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.map((z) => (
                  <Table.Tr key={`${z.unit.id}-${z.tahun}`}>
                    <Table.Td>{z.unit.nama}</Table.Td>
                    <Table.Td>{z.tahun}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" tt="none" h="auto" py={2} styles={BADGE_PANJANG}>
                        {t(`integritas.zi.statusNilai.${z.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{[z.nomorSk, z.tanggalSk].filter(Boolean).join(" · ") || "—"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <QueryState query={merit}>
        {(m) => (
          <Text>
            {m.length === 0
              ? t("integritas.zi.meritKosong")
              : m
                  .map((x) =>
                    t("integritas.zi.meritBaris", {
                      tahun: x.tahun,
                      nilai: x.nilai.toLocaleString("id-ID"),
                      kategori: x.kategori ?? "",
                    }),
                  )
                  .join(" · ")}
          </Text>
        )}
      </QueryState>
      {boleh && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <KartuForm
            judul={t("integritas.zi.catat")}
            form={formZi}
            kirim={(v) =>
              isi(
                klien.PUT("/api/instansi/{instansiId}/zona-integritas/{unitId}/{tahun}", {
                  params: { path: { ...path, unitId: v.unitId, tahun: Number(v.tahun) } },
                  body: { status: v.status, nomorSk: v.nomorSk || null, tanggalSk: v.tanggalSk || null },
                }),
              )
            }
            onBerhasil={segarkan}
          >
            <Select
              label={t("integritas.unit")}
              searchable
              data={(unit.data ?? []).map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
              {...formZi.getInputProps("unitId")}
            />
            <Group grow>
              <NumberInput
                label={t("integritas.tahun")}
                min={2000}
                max={2100}
                {...formZi.getInputProps("tahun")}
              />
              <Select
                label={t("integritas.zi.status")}
                allowDeselect={false}
                data={STATUS.map((s) => ({ value: s, label: t(`integritas.zi.statusNilai.${s}`) }))}
                {...formZi.getInputProps("status")}
              />
            </Group>
            <TextInput label={t("integritas.nomorSk")} {...formZi.getInputProps("nomorSk")} />
            <TextInput
              type="date"
              label={t("integritas.zi.tanggalSk")}
              {...formZi.getInputProps("tanggalSk")}
            />
          </KartuForm>
          <KartuForm
            judul={t("integritas.zi.catatMerit")}
            form={formMerit}
            kirim={(v) =>
              isi(
                klien.PUT("/api/instansi/{instansiId}/zona-integritas/merit/{tahun}", {
                  params: { path: { ...path, tahun: Number(v.tahun) } },
                  body: { nilai: Number(v.nilai), kategori: v.kategori || null },
                }),
              )
            }
            onBerhasil={segarkan}
          >
            <NumberInput
              label={t("integritas.tahun")}
              min={2000}
              max={2100}
              {...formMerit.getInputProps("tahun")}
            />
            <NumberInput
              label={t("integritas.zi.nilai")}
              min={0}
              max={400}
              decimalScale={2}
              {...formMerit.getInputProps("nilai")}
            />
            <TextInput label={t("integritas.zi.kategori")} {...formMerit.getInputProps("kategori")} />
          </KartuForm>
        </SimpleGrid>
      )}
    </Stack>
  );
}
