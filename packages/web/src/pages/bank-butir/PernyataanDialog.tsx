import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
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
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
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
  const [id, setId] = useState(pernyataan?.id ?? "");
  const [teks, setTeks] = useState(pernyataan?.teks ?? "");
  const [teksEn, setTeksEn] = useState(pernyataan?.teksEn ?? "");
  const [subDimensi, setSubDimensi] = useState<string>(pernyataan?.subDimensi ?? "KD1");
  const [kunci, setKunci] = useState<1 | -1>(pernyataan?.kunci ?? 1);
  const [keinginanSosial, setKeinginanSosial] = useState<number | string>(pernyataan?.keinginanSosial ?? 3);
  const [penilai, setPenilai] = useState(pernyataan?.penilaiKeinginanSosial ?? "");
  const [situasi, setSituasi] = useState<string | null>(pernyataan?.situasi ?? null);
  const [keyakinan, setKeyakinan] = useState<string | null>(pernyataan?.keyakinan ?? null);
  const [status, setStatus] = useState<string>(pernyataan?.status ?? "draf");
  const [absolutSah, setAbsolutSah] = useState(pernyataan?.absolutSah ?? "");
  const [catatan, setCatatan] = useState("");
  const [hasilServer, setHasilServer] = useState<Temuan[] | null>(null);

  const sumberDefinisi = SUB_DIMENSI.find((s) => s.kode === subDimensi)?.sumber ?? "";
  const kandidat = {
    id: id.trim(),
    subDimensi,
    kunci,
    teks: teks.trim(),
    keinginanSosial: Number(keinginanSosial),
    penilaiKeinginanSosial: penilai.trim(),
    situasi: situasi ?? "",
    keyakinan: keyakinan ?? "",
    sumberDefinisi,
    status,
    ...(absolutSah.trim() ? { absolutSah: absolutSah.trim() } : {}),
  };
  const [tunda] = useDebouncedValue(kandidat, 250);
  const temuanLangsung = useMemo(
    () =>
      lintPernyataan({
        ...(tunda as unknown as Pernyataan),
        riwayat: [{ versi: "", tanggal: "", catatan: "" }],
      }),
    [tunda],
  );
  const pesanTemuan = (x: { aturan: string; pesan: string }) =>
    bahasa === "id" ? x.pesan : (aturan.data?.[x.aturan]?.en ?? x.pesan);

  const simpan = useMutation({
    mutationFn: () => {
      const { id: pid, ...isi } = kandidat;
      return api<{ hasil: string; temuan: Temuan[] }>(
        `${URL_BANK}/versi/${versi.id}/pernyataan/${encodeURIComponent(pid)}`,
        {
          method: "PUT",
          body: {
            ...isi,
            ...(teksEn.trim() ? { teksEn: teksEn.trim() } : {}),
            ...(catatan.trim() ? { catatanPerubahan: catatan.trim() } : {}),
          },
        },
      );
    },
    onSuccess: async (r) => {
      beritahuBerhasil(t("bankButir.pernyataanTersimpan", { id: kandidat.id }));
      await qc.invalidateQueries({ queryKey: kunciBank.versi(versi.id) });
      if (r.temuan.length === 0) onTutup();
      else setHasilServer(r.temuan);
    },
  });

  const kirim = (e: FormEvent) => {
    e.preventDefault();
    simpan.mutate();
  };
  const pilihanKeyakinan = (kunci === 1 ? KEYAKINAN_PENGUAT : KEYAKINAN_PELEMAH).map((k) => ({
    value: k,
    label: NAMA_KEYAKINAN[k][bahasa],
  }));

  return (
    <Modal
      opened
      onClose={onTutup}
      size="xl"
      centered
      title={
        pernyataan ? t("bankButir.ubahPernyataan", { id: pernyataan.id }) : t("bankButir.tambahPernyataan")
      }
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
    >
      <form onSubmit={kirim} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t("bankButir.id")}
              description={t("bankButir.idPetunjuk")}
              required
              value={id}
              onChange={(e) => setId(e.currentTarget.value.toUpperCase())}
              disabled={pernyataan !== null}
            />
            <Select
              label={t("bankButir.subDimensi")}
              data={KODE_SUBDIMENSI.map((k) => ({
                value: k,
                label: `${k} — ${SUB_DIMENSI.find((s) => s.kode === k)?.nama[bahasa] ?? ""}`,
              }))}
              value={subDimensi}
              onChange={(v) => v && setSubDimensi(v)}
              allowDeselect={false}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="label-kunci">
                {t("bankButir.kunci")}
              </Text>
              <SegmentedControl
                aria-labelledby="label-kunci"
                value={String(kunci)}
                onChange={(v) => {
                  setKunci(v === "1" ? 1 : -1);
                  setKeyakinan(null);
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
            value={teks}
            onChange={(e) => setTeks(e.currentTarget.value)}
          />
          <Textarea
            label={t("bankButir.teksEn")}
            autosize
            minRows={1}
            value={teksEn}
            onChange={(e) => setTeksEn(e.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t("bankButir.keinginanSosial")}
              description={t("bankButir.keinginanSosialPetunjuk")}
              min={1}
              max={5}
              step={0.5}
              decimalScale={1}
              value={keinginanSosial}
              onChange={setKeinginanSosial}
            />
            <TextInput
              label={t("bankButir.penilai")}
              required
              value={penilai}
              onChange={(e) => setPenilai(e.currentTarget.value)}
            />
            <Select
              label={t("bankButir.situasi")}
              required
              searchable
              data={Object.entries(SITUASI).map(([k, v]) => ({ value: k, label: v[bahasa] }))}
              value={situasi}
              onChange={setSituasi}
              nothingFoundMessage={t("umum.tidakAda")}
            />
            <Select
              label={t("bankButir.keyakinan")}
              required
              data={pilihanKeyakinan}
              value={keyakinan}
              onChange={setKeyakinan}
            />
            <Select
              label={t("bankButir.statusLabel")}
              data={(["draf", "tinjauan", "terbit", "ditarik"] as const).map((s) => ({
                value: s,
                label: t(`bankButir.statusPernyataan.${s}`),
              }))}
              value={status}
              onChange={(v) => v && setStatus(v)}
              allowDeselect={false}
            />
            <TextInput
              label={t("bankButir.absolutSah")}
              value={absolutSah}
              onChange={(e) => setAbsolutSah(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t("bankButir.sumberDefinisi")}: {sumberDefinisi}
          </Text>
          <TextInput
            label={t("bankButir.catatanPerubahan")}
            value={catatan}
            onChange={(e) => setCatatan(e.currentTarget.value)}
          />
          <DaftarTemuan
            judul={t("bankButir.temuanLangsung")}
            temuan={temuanLangsung.map((x) => ({ ...x, pesan: pesanTemuan(x) }))}
          />
          {hasilServer && <DaftarTemuan judul={t("bankButir.temuanServer")} temuan={hasilServer} />}
          <ErrorAlert error={simpan.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onTutup}>
              {hasilServer ? t("umum.tutup") : t("umum.batal")}
            </Button>
            <Button type="submit" loading={simpan.isPending}>
              {t("umum.simpan")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
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
