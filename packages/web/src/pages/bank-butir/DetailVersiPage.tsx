import { Alert, Anchor, Button, Group, Modal, Stack, Tabs, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, download } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
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
  const qc = useQueryClient();
  const [aksi, setAksi] = useState<Aksi | null>(null);
  const [komentar, setKomentar] = useState("");
  const [galatEkspor, setGalatEkspor] = useState<unknown>(null);

  const jalankan = useMutation({
    mutationFn: async (a: Aksi) => {
      if (a === "hapus") return api<void>(`${URL_BANK}/versi/${v.id}`, { method: "DELETE" });
      return api<VersiBank>(`${URL_BANK}/versi/${v.id}/${a}`, {
        method: "POST",
        body: a === "kembalikan" ? { komentar: komentar.trim() } : {},
      });
    },
    onSuccess: async (_r, a) => {
      beritahuBerhasil(t(`bankButir.berhasil.${a}`, { versi: v.versi }));
      setAksi(null);
      setKomentar("");
      if (a === "hapus") {
        await qc.invalidateQueries({ queryKey: kunciBank.semua });
        navigate("/bank-butir");
      } else await qc.invalidateQueries({ queryKey: kunciBank.semua });
    },
  });

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
      <Modal
        opened={aksi !== null}
        onClose={() => {
          setAksi(null);
          jalankan.reset();
        }}
        title={aksi ? t(`bankButir.aksi.${aksi}`) : ""}
        centered
        closeButtonProps={{ "aria-label": t("umum.tutup") }}
      >
        <Stack>
          <Text>{aksi ? t(`bankButir.konfirmasi.${aksi}`, { versi: v.versi }) : ""}</Text>
          {aksi === "kembalikan" && (
            <Textarea
              label={t("bankButir.komentarPeninjau")}
              required
              value={komentar}
              onChange={(e) => setKomentar(e.currentTarget.value)}
              autosize
              minRows={3}
            />
          )}
          <ErrorAlert error={jalankan.error} />
          <GalatIsian error={jalankan.error} />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setAksi(null);
                jalankan.reset();
              }}
            >
              {t("umum.batal")}
            </Button>
            <Button
              color={aksi === "hapus" ? "red.9" : aksi === "terbitkan" ? "#1b5e20" : "blue.9"}
              loading={jalankan.isPending}
              disabled={aksi === "kembalikan" && !komentar.trim()}
              onClick={() => aksi && jalankan.mutate(aksi)}
            >
              {aksi ? t(`bankButir.aksi.${aksi}`) : ""}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
