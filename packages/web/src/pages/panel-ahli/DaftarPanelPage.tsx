/** The national evaluator's expert panels: open one on a bank version, list them. */
import { Anchor, Badge, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { KartuForm, TabelBerhalaman } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";

export const KUNCI_PANEL = ["panel-ahli"] as const;

export function DaftarPanelPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: [...KUNCI_PANEL, "daftar", page],
    queryFn: () => isi(klien.GET("/api/bank-butir/panel", { params: { query: { page, pageSize: 25 } } })),
    placeholderData: keepPreviousData,
  });
  const versi = useQuery({
    queryKey: [...KUNCI_PANEL, "versi"],
    queryFn: () => isi(klien.GET("/api/bank-butir/versi", { params: { query: { page: 1, pageSize: 200 } } })),
  });
  const form = useForm({
    initialValues: { versiId: null as string | null, judul: "" },
    validate: {
      versiId: (v) => (v ? null : t("umum.wajibDiisi")),
      judul: (v) => (v.trim() ? null : t("umum.wajibDiisi")),
    },
  });
  return (
    <Stack>
      <Title order={2}>{t("panelAhli.judul")}</Title>
      <Text size="sm">{t("panelAhli.pengantar")}</Text>
      <KartuForm
        judul={t("panelAhli.buka")}
        form={form}
        labelKirim={t("panelAhli.buka")}
        kosongkanSetelahKirim
        kirim={(v) =>
          isi(
            klien.POST("/api/bank-butir/panel", {
              body: { versiId: v.versiId as string, judul: v.judul.trim() },
            }),
          )
        }
        onBerhasil={async (p) => {
          beritahuBerhasil(t("panelAhli.dibuka"));
          await qc.invalidateQueries({ queryKey: KUNCI_PANEL });
          navigate(`/panel-ahli/${p.id}`);
        }}
      >
        <Select
          label={t("panelAhli.versi")}
          required
          data={(versi.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.versi} (${v.status})` }))}
          {...form.getInputProps("versiId")}
        />
        <TextInput label={t("panelAhli.namaPanel")} required {...form.getInputProps("judul")} />
      </KartuForm>
      <TabelBerhalaman
        query={q}
        kunciBaris={(p) => p.id}
        onHalaman={setPage}
        label={t("panelAhli.daftar")}
        kosong={t("panelAhli.kosong")}
        kolom={[
          {
            judul: t("panelAhli.namaPanel"),
            isi: (p) => (
              <Anchor
                href={`/panel-ahli/${p.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/panel-ahli/${p.id}`);
                }}
              >
                {p.judul}
              </Anchor>
            ),
          },
          { judul: t("panelAhli.versi"), isi: (p) => p.versi, nowrap: true },
          {
            judul: t("panelAhli.status"),
            isi: (p) => (
              <Badge variant="light" color={p.status === "selesai" ? "green" : "blue"} c="dark.8">
                {t(`panelAhli.st.${p.status}`)}
              </Badge>
            ),
          },
          {
            judul: t("panelAhli.dibuat"),
            isi: (p) => new Date(p.dibuat).toLocaleDateString("id-ID"),
            nowrap: true,
          },
        ]}
      />
    </Stack>
  );
}
