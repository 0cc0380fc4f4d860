import {
  Alert,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";

interface Batas {
  skala: string;
  batas: [number, number, number];
  metode: string;
}

type Badan =
  | { metode: "kelompok_kontras"; kampanyeId: string; panel: { pesertaId: string; level: number }[] }
  | { metode: "manual"; batas: [number, number, number]; alasan: string }
  | { metode: "baku" };

interface NilaiBatas {
  metode: Badan["metode"];
  /** the panel's level per participant (absent = not judged) */
  panel: Record<string, number>;
  batas: [number, number, number];
  alasan: string;
}

/**
 * Guided standard setting (docs/penilaian.md §4; BAB II.D): a panel judges
 * participants' levels from the BAB II.D descriptions and non-test evidence,
 * blind to the scores; the server computes contrasting-groups cuts. Or
 * manual cuts with a reason, or back to the reference default. Preview
 * first; adopting records method, who and when.
 */
export function PenetapanBatas({ instansiId, kampanyeId }: { instansiId: string; kampanyeId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<NilaiBatas>({
    initialValues: { metode: "kelompok_kontras", panel: {}, batas: [25, 50, 75], alasan: "" },
  });
  const { metode, panel: nilai, batas: manual } = form.values;
  const [tersimpan, setTersimpan] = useState(false);
  const [page, setPage] = useState(1);
  const [cari, setCari] = useState("");
  const pengaturan = useQuery({
    queryKey: ["hasil", "pengaturan", instansiId],
    queryFn: () =>
      api<{
        k: number;
        batasLevel: {
          versi: number;
          metode: string;
          batas: Batas | null;
          dibuat: string;
          dibuatOleh: string | null;
        }[];
      }>(`/api/instansi/${instansiId}/hasil/pengaturan`),
  });
  const panel = useQuery({
    queryKey: ["hasil", "panel", instansiId, kampanyeId, page, cari],
    enabled: metode === "kelompok_kontras",
    queryFn: () =>
      api<{
        items: { pesertaId: string; nama: string; nip: string; unit: string | null }[];
        total: number;
        page: number;
        pageSize: number;
      }>(`/api/instansi/${instansiId}/hasil/kampanye/${kampanyeId}/panel`, {
        query: { page, pageSize: 20, q: cari },
      }),
  });
  const badan = (v: NilaiBatas): Badan =>
    v.metode === "kelompok_kontras"
      ? {
          metode: v.metode,
          kampanyeId,
          panel: Object.entries(v.panel).map(([pesertaId, level]) => ({ pesertaId, level })),
        }
      : v.metode === "manual"
        ? { metode: v.metode, batas: v.batas, alasan: v.alasan }
        : { metode: v.metode };
  const pratinjau = useMutation({
    mutationFn: () =>
      api<{ batas: Batas | null; rincian: { salahKlasifikasi?: number[] } }>(
        `/api/instansi/${instansiId}/hasil/batas-level/pratinjau`,
        { method: "POST", body: badan(form.values) },
      ),
  });
  const berlaku = pengaturan.data?.batasLevel[0];
  return (
    <KartuForm
      judul={t("hasil.batas.judul")}
      keterangan={t("hasil.batas.penjelasan")}
      form={form}
      labelKirim={t("hasil.batas.tetapkan")}
      kirimNonaktif={!pratinjau.isSuccess}
      kirim={(v) => {
        setTersimpan(false);
        return api(`/api/instansi/${instansiId}/hasil/batas-level`, { method: "POST", body: badan(v) });
      }}
      onBerhasil={async () => {
        setTersimpan(true);
        await qc.invalidateQueries({ queryKey: ["hasil", "pengaturan", instansiId] });
      }}
      aksi={
        <Button variant="light" onClick={() => pratinjau.mutate()} loading={pratinjau.isPending}>
          {t("hasil.batas.pratinjau")}
        </Button>
      }
    >
      <Text size="sm">
        {berlaku?.batas
          ? t("hasil.batas.berlaku", {
              versi: berlaku.versi,
              batas: berlaku.batas.batas.map((x) => x.toFixed(1)).join(" / "),
              metode: berlaku.batas.metode,
            })
          : t("hasil.batas.baku")}
      </Text>
      <SegmentedControl
        {...form.getInputProps("metode")}
        data={[
          { value: "kelompok_kontras", label: t("hasil.batas.kontras") },
          { value: "manual", label: t("hasil.batas.manual") },
          { value: "baku", label: t("hasil.batas.kembaliBaku") },
        ]}
      />
      {metode === "kelompok_kontras" && (
        <Stack>
          <Text size="sm">{t("hasil.batas.panelPetunjuk", { n: Object.keys(nilai).length })}</Text>
          <TextInput
            label={t("hasil.batas.cari")}
            // a search, not the form's submission
            onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
            value={cari}
            onChange={(e) => {
              setCari(e.currentTarget.value);
              setPage(1);
            }}
          />
          <QueryState query={panel}>
            {(d) => (
              <Stack>
                <Table.ScrollContainer minWidth={520}>
                  <Table>
                    <Table.Tbody>
                      {d.items.map((p) => (
                        <Table.Tr key={p.pesertaId}>
                          <Table.Td>
                            {p.nama}
                            <Text size="xs" c="dimmed">
                              {p.nip} · {p.unit ?? "—"}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <SegmentedControl
                              size="xs"
                              aria-label={t("hasil.batas.levelUntuk", { nama: p.nama })}
                              value={String(nilai[p.pesertaId] ?? 0)}
                              onChange={(v) => {
                                const { [p.pesertaId]: _, ...lain } = nilai;
                                form.setFieldValue(
                                  "panel",
                                  v === "0" ? lain : { ...lain, [p.pesertaId]: Number(v) },
                                );
                              }}
                              data={["0", "1", "2", "3", "4"].map((v) => ({
                                value: v,
                                label: v === "0" ? "–" : v,
                              }))}
                            />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
              </Stack>
            )}
          </QueryState>
        </Stack>
      )}
      {metode === "manual" && (
        <Stack>
          <Group wrap="wrap">
            {[0, 1, 2].map((i) => (
              <NumberInput
                key={i}
                label={t("hasil.batas.batasLevel", { level: i + 2 })}
                value={manual[i]}
                min={0}
                max={100}
                decimalScale={1}
                onChange={(v) => form.setFieldValue(`batas.${i}`, Number(v))}
                error={form.errors[`batas.${i}`] ?? (i === 0 ? form.errors.batas : undefined)}
                w={140}
              />
            ))}
          </Group>
          <Textarea label={t("hasil.batas.alasan")} {...form.getInputProps("alasan")} />
        </Stack>
      )}
      <ErrorAlert error={pratinjau.error} />
      {pratinjau.data && (
        <Alert variant="light">
          {pratinjau.data.batas
            ? t("hasil.batas.hasil", {
                batas: pratinjau.data.batas.batas.map((x) => x.toFixed(1)).join(" / "),
              })
            : t("hasil.batas.baku")}
          {pratinjau.data.rincian.salahKlasifikasi &&
            ` ${t("hasil.batas.salah", { salah: pratinjau.data.rincian.salahKlasifikasi.join(" / ") })}`}
        </Alert>
      )}
      {tersimpan && <Alert color="green">{t("hasil.batas.tersimpan")}</Alert>}
    </KartuForm>
  );
}
