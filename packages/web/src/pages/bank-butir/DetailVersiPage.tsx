import { Alert, Anchor, Button, Group, Stack, Tabs, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, download } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { DialogForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { type DetailVersi, kunciBank, URL_BANK, type VersiBank } from "./api.ts";
import { FormulirView } from "./FormulirView.tsx";
import { GalatIsian } from "./GalatIsian.tsx";
import { LaporanView } from "./LaporanView.tsx";
import { StatusVersiBadge } from "./StatusVersiBadge.tsx";
import { TabelPernyataan } from "./TabelPernyataan.tsx";

type Aksi = "ajukan" | "kembalikan" | "terbitkan" | "hapus";

export function DetailVersiPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: kunciBank.versi(id),
    queryFn: ({ signal }) => api<DetailVersi>(`${URL_BANK}/versi/${id}`, { signal }),
    // while the design guard runs, follow its progress
    refetchInterval: (q) => {
      const s = q.state.data?.desain.job?.status;
      return s === "antre" || s === "berjalan" ? 1000 : false;
    },
  });
  return (
    <Stack>
      <Anchor
        href="/bank-butir"
        onClick={(e) => {
          e.preventDefault();
          navigate("/bank-butir");
        }}
        size="sm"
      >
        ← {t("bankButir.kembaliKeDaftar")}
      </Anchor>
      <QueryState query={query}>{(v) => <Isi v={v} />}</QueryState>
    </Stack>
  );
}

function Isi({ v }: { v: DetailVersi }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const { punya } = useSession();
  const evaluator = punya("evaluator_nasional");
  const _qc = useQueryClient();
  const [aksi, setAksi] = useState<Aksi | null>(null);
  const [galatEkspor, setGalatEkspor] = useState<unknown>(null);

  const ekspor = (format: "json" | "qti") => {
    setGalatEkspor(null);
    download(
      `${URL_BANK}/versi/${v.id}/ekspor`,
      { format },
      `bank-butir-${v.versi}.${format === "json" ? "json" : "zip"}`,
    ).catch(setGalatEkspor);
  };

  const tombol: { a: Aksi; tampil: boolean; warna?: string }[] = [
    { a: "ajukan", tampil: v.status === "draf" },
    { a: "hapus", tampil: v.status === "draf", warna: "red" },
    { a: "kembalikan", tampil: v.status === "tinjauan" },
    // four eyes: whoever submitted the version cannot publish it (the server refuses too)
    { a: "terbitkan", tampil: v.status === "tinjauan" && !v.diajukanOlehSaya, warna: "#1b5e20" },
  ];

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{t("bankButir.judulVersi", { versi: v.versi })}</Title>
            <StatusVersiBadge status={v.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t("bankButir.ringkasan", { pernyataan: v.jumlahPernyataan, formulir: v.jumlahFormulir })} ·{" "}
            {t("bankButir.diubah")}: {w.waktu(v.diubah)}
            {v.diterbitkan && ` · ${t("bankButir.diterbitkan")}: ${w.waktu(v.diterbitkan)}`}
          </Text>
          {v.catatan && <Text size="sm">{v.catatan}</Text>}
        </Stack>
        <Group gap="xs">
          <Button variant="default" size="sm" onClick={() => ekspor("json")}>
            {t("bankButir.eksporJson")}
          </Button>
          <Button variant="default" size="sm" onClick={() => ekspor("qti")}>
            {t("bankButir.eksporQti")}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={galatEkspor} />
      {v.komentarTinjauan && v.status === "draf" && (
        <Alert color="yellow" title={t("bankButir.komentarPeninjau")}>
          {v.komentarTinjauan}
        </Alert>
      )}
      {evaluator && v.status === "tinjauan" && v.diajukanOlehSaya && (
        <Alert color="blue" variant="light" title={t("bankButir.empatMata.judul")}>
          {t("bankButir.empatMata.pesan")}
        </Alert>
      )}
      {v.status === "terbit" && (
        <Alert color="gray" variant="light">
          {t("bankButir.terbitTetap")}
        </Alert>
      )}
      {!v.lihatKunci && (
        <Text size="sm" c="dimmed">
          {t("bankButir.kunciTersembunyi")}
        </Text>
      )}
      {evaluator && v.status !== "terbit" && (
        <Group gap="xs">
          {tombol
            .filter((b) => b.tampil)
            .map((b) => (
              <Button
                key={b.a}
                color={b.warna}
                variant={b.a === "hapus" ? "light" : "filled"}
                onClick={() => setAksi(b.a)}
              >
                {t(`bankButir.aksi.${b.a}`)}
              </Button>
            ))}
        </Group>
      )}
      <Tabs defaultValue="pernyataan" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="pernyataan">{t("bankButir.tab.pernyataan")}</Tabs.Tab>
          <Tabs.Tab value="formulir">{t("bankButir.tab.formulir")}</Tabs.Tab>
          <Tabs.Tab value="laporan">
            {v.lihatKunci
              ? `${t("bankButir.tab.laporan")} (${v.lint.galat}/${v.lint.peringatan})`
              : t("bankButir.tab.laporanDesain")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pernyataan" pt="md">
          <TabelPernyataan versi={v} />
        </Tabs.Panel>
        <Tabs.Panel value="formulir" pt="md">
          <FormulirView versi={v} />
        </Tabs.Panel>
        <Tabs.Panel value="laporan" pt="md">
          <LaporanView versi={v} />
        </Tabs.Panel>
      </Tabs>
      {aksi && <DialogAksi v={v} aksi={aksi} onTutup={() => setAksi(null)} />}
    </Stack>
  );
}

/** Asks before a version's step (submit, return with a comment, publish, delete) and runs it. */
function DialogAksi({ v, aksi, onTutup }: { v: DetailVersi; aksi: Aksi; onTutup: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm({ initialValues: { komentar: "" } });
  // the publication check's reasons, listed under the refusal
  const [galat, setGalat] = useState<unknown>(null);
  async function kirim(n: { komentar: string }) {
    setGalat(null);
    try {
      if (aksi === "hapus") return await api<void>(`${URL_BANK}/versi/${v.id}`, { method: "DELETE" });
      return await api<VersiBank>(`${URL_BANK}/versi/${v.id}/${aksi}`, {
        method: "POST",
        body: aksi === "kembalikan" ? { komentar: n.komentar.trim() } : {},
      });
    } catch (e) {
      setGalat(e);
      throw e;
    }
  }
  return (
    <DialogForm
      judul={t(`bankButir.aksi.${aksi}`)}
      form={form}
      kirim={kirim}
      onBerhasil={async () => {
        beritahuBerhasil(t(`bankButir.berhasil.${aksi}`, { versi: v.versi }));
        onTutup();
        await qc.invalidateQueries({ queryKey: kunciBank.semua });
        if (aksi === "hapus") navigate("/bank-butir");
      }}
      onTutup={onTutup}
      labelKirim={t(`bankButir.aksi.${aksi}`)}
      bahaya={aksi === "hapus"}
      warnaKirim={aksi === "terbitkan" ? "#1b5e20" : "blue.9"}
      kirimNonaktif={aksi === "kembalikan" && !form.values.komentar.trim()}
    >
      <Text>{t(`bankButir.konfirmasi.${aksi}`, { versi: v.versi })}</Text>
      {aksi === "kembalikan" && (
        <Textarea
          label={t("bankButir.komentarPeninjau")}
          required
          {...form.getInputProps("komentar")}
          autosize
          minRows={3}
        />
      )}
      <GalatIsian error={galat} />
    </DialogForm>
  );
}
