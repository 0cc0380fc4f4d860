import {
  Alert,
  List,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import {
  KEYAKINAN_PELEMAH,
  KEYAKINAN_PENGUAT,
  KODE_SUBDIMENSI,
  lintPernyataan,
  NAMA_KEYAKINAN,
  type Pernyataan,
  SITUASI,
  SUB_DIMENSI,
} from "@nurani/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { DialogForm } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import {
  ambilAturan,
  type DetailVersi,
  kunciBank,
  type PernyataanBank,
  type Temuan,
  URL_BANK,
} from "./api.ts";

type Bahasa = "id" | "en";

interface NilaiPernyataan {
  id: string;
  teks: string;
  teksEn: string;
  subDimensi: string;
  kunci: 1 | -1;
  keinginanSosial: number | string;
  penilaiKeinginanSosial: string;
  situasi: string | null;
  keyakinan: string | null;
  status: string;
  absolutSah: string;
  catatanPerubahan: string;
}

const sumberDari = (subDimensi: string) => SUB_DIMENSI.find((s) => s.kode === subDimensi)?.sumber ?? "";

/** The statement as the linter and the server read it. */
function kandidatDari(n: NilaiPernyataan) {
  return {
    id: n.id.trim(),
    subDimensi: n.subDimensi,
    kunci: n.kunci,
    teks: n.teks.trim(),
    keinginanSosial: Number(n.keinginanSosial),
    penilaiKeinginanSosial: n.penilaiKeinginanSosial.trim(),
    situasi: n.situasi ?? "",
    keyakinan: n.keyakinan ?? "",
    sumberDefinisi: sumberDari(n.subDimensi),
    status: n.status,
    ...(n.absolutSah.trim() ? { absolutSah: n.absolutSah.trim() } : {}),
  };
}

/**
 * Statement editor of a draft version. Findings of the statement's own rules
 * show while typing (the domain linter, run in the browser); saving answers
 * with the server's findings, which add the publication register and the
 * rules of every block holding the statement.
 */
export function PernyataanDialog({
  versi,
  pernyataan,
  onTutup,
}: {
  versi: DetailVersi;
  pernyataan: PernyataanBank | null;
  onTutup: () => void;
}) {
  const { t, i18n } = useTranslation();
  const bahasa: Bahasa = i18n.language === "en" ? "en" : "id";
  const qc = useQueryClient();
  const aturan = useQuery({
    queryKey: kunciBank.aturan,
    queryFn: ambilAturan,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const form = useForm<NilaiPernyataan>({
    initialValues: {
      id: pernyataan?.id ?? "",
      teks: pernyataan?.teks ?? "",
      teksEn: pernyataan?.teksEn ?? "",
      subDimensi: pernyataan?.subDimensi ?? "KD1",
      kunci: pernyataan?.kunci ?? 1,
      keinginanSosial: pernyataan?.keinginanSosial ?? 3,
      penilaiKeinginanSosial: pernyataan?.penilaiKeinginanSosial ?? "",
      situasi: pernyataan?.situasi ?? null,
      keyakinan: pernyataan?.keyakinan ?? null,
      status: pernyataan?.status ?? "draf",
      absolutSah: pernyataan?.absolutSah ?? "",
      catatanPerubahan: "",
    },
  });
  const v = form.values;
  const [hasilServer, setHasilServer] = useState<Temuan[] | null>(null);

  // a string, so the debounce settles (a new object each render would restart it)
  const [tunda] = useDebouncedValue(JSON.stringify(kandidatDari(v)), 250);
  const temuanLangsung = useMemo(
    () =>
      lintPernyataan({
        ...(JSON.parse(tunda) as Pernyataan),
        riwayat: [{ versi: "", tanggal: "", catatan: "" }],
      }),
    [tunda],
  );
  const pesanTemuan = (x: { aturan: string; pesan: string }) =>
    bahasa === "id" ? x.pesan : (aturan.data?.[x.aturan]?.en ?? x.pesan);

  function kirim(n: NilaiPernyataan) {
    const { id: pid, ...isi } = kandidatDari(n);
    return api<{ hasil: string; temuan: Temuan[] }>(
      `${URL_BANK}/versi/${versi.id}/pernyataan/${encodeURIComponent(pid)}`,
      {
        method: "PUT",
        body: {
          ...isi,
          ...(n.teksEn.trim() ? { teksEn: n.teksEn.trim() } : {}),
          ...(n.catatanPerubahan.trim() ? { catatanPerubahan: n.catatanPerubahan.trim() } : {}),
        },
      },
    );
  }
  const pilihanKeyakinan = (v.kunci === 1 ? KEYAKINAN_PENGUAT : KEYAKINAN_PELEMAH).map((k) => ({
    value: k,
    label: NAMA_KEYAKINAN[k][bahasa],
  }));

  return (
    <DialogForm
      judul={
        pernyataan ? t("bankButir.ubahPernyataan", { id: pernyataan.id }) : t("bankButir.tambahPernyataan")
      }
      form={form}
      kirim={kirim}
      onBerhasil={async (r, n) => {
        beritahuBerhasil(t("bankButir.pernyataanTersimpan", { id: n.id.trim() }));
        await qc.invalidateQueries({ queryKey: kunciBank.versi(versi.id) });
        if (r.temuan.length === 0) onTutup();
        else setHasilServer(r.temuan);
      }}
      onTutup={onTutup}
      ukuran="xl"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t("bankButir.id")}
          description={t("bankButir.idPetunjuk")}
          required
          {...form.getInputProps("id")}
          onChange={(e) => form.setFieldValue("id", e.currentTarget.value.toUpperCase())}
          disabled={pernyataan !== null}
        />
        <Select
          label={t("bankButir.subDimensi")}
          data={KODE_SUBDIMENSI.map((k) => ({
            value: k,
            label: `${k} — ${SUB_DIMENSI.find((s) => s.kode === k)?.nama[bahasa] ?? ""}`,
          }))}
          {...form.getInputProps("subDimensi")}
          onChange={(x) => x && form.setFieldValue("subDimensi", x)}
          allowDeselect={false}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="label-kunci">
            {t("bankButir.kunci")}
          </Text>
          <SegmentedControl
            aria-labelledby="label-kunci"
            value={String(v.kunci)}
            onChange={(x) => {
              form.setFieldValue("kunci", x === "1" ? 1 : -1);
              form.setFieldValue("keyakinan", null);
            }}
            data={[
              { value: "1", label: t("bankButir.kunciPositif") },
              { value: "-1", label: t("bankButir.kunciNegatif") },
            ]}
          />
        </Stack>
      </SimpleGrid>
      <Textarea
        label={t("bankButir.teks")}
        description={t("bankButir.teksPetunjuk")}
        required
        autosize
        minRows={2}
        {...form.getInputProps("teks")}
      />
      <Textarea label={t("bankButir.teksEn")} autosize minRows={1} {...form.getInputProps("teksEn")} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t("bankButir.keinginanSosial")}
          description={t("bankButir.keinginanSosialPetunjuk")}
          min={1}
          max={5}
          step={0.5}
          decimalScale={1}
          {...form.getInputProps("keinginanSosial")}
        />
        <TextInput
          label={t("bankButir.penilai")}
          required
          {...form.getInputProps("penilaiKeinginanSosial")}
        />
        <Select
          label={t("bankButir.situasi")}
          required
          searchable
          data={Object.entries(SITUASI).map(([k, v]) => ({ value: k, label: v[bahasa] }))}
          {...form.getInputProps("situasi")}
          nothingFoundMessage={t("umum.tidakAda")}
        />
        <Select
          label={t("bankButir.keyakinan")}
          required
          data={pilihanKeyakinan}
          {...form.getInputProps("keyakinan")}
        />
        <Select
          label={t("bankButir.statusLabel")}
          data={(["draf", "tinjauan", "terbit", "ditarik"] as const).map((s) => ({
            value: s,
            label: t(`bankButir.statusPernyataan.${s}`),
          }))}
          {...form.getInputProps("status")}
          onChange={(x) => x && form.setFieldValue("status", x)}
          allowDeselect={false}
        />
        <TextInput label={t("bankButir.absolutSah")} {...form.getInputProps("absolutSah")} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t("bankButir.sumberDefinisi")}: {sumberDari(v.subDimensi)}
      </Text>
      <TextInput label={t("bankButir.catatanPerubahan")} {...form.getInputProps("catatanPerubahan")} />
      <DaftarTemuan
        judul={t("bankButir.temuanLangsung")}
        temuan={temuanLangsung.map((x) => ({ ...x, pesan: pesanTemuan(x) }))}
      />
      {hasilServer && <DaftarTemuan judul={t("bankButir.temuanServer")} temuan={hasilServer} />}
    </DialogForm>
  );
}

export function DaftarTemuan({
  judul,
  temuan,
}: {
  judul: string;
  temuan: { aturan: string; keparahan: string; lokasi?: string; pesan: string }[];
}) {
  const { t } = useTranslation();
  if (temuan.length === 0) {
    return (
      <Alert color="green" variant="light" title={judul}>
        {t("bankButir.tanpaTemuan")}
      </Alert>
    );
  }
  const galat = temuan.some((x) => x.keparahan === "galat");
  return (
    <Alert color={galat ? "red" : "yellow"} variant="light" title={judul} role="status" aria-live="polite">
      <List size="sm" spacing={4}>
        {temuan.map((x, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: findings may repeat a rule
          <List.Item key={i}>
            <Text span fw={600} size="sm">
              {x.keparahan === "galat" ? t("bankButir.galat") : t("bankButir.peringatan")} [{x.aturan}]
            </Text>{" "}
            {x.pesan}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
