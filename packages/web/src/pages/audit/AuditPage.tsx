import { Button, Code, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client.ts";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { useErrorMessage } from "../../components/ErrorAlert.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { TabelBerhalaman } from "../../components/kit/index.ts";
import { beritahuGagal } from "../../lib/notifikasi.ts";
import { useWaktu } from "../../lib/waktu.ts";

/** The purpose a read of named results gave (hasil.rinci.baca), if any. */
function tujuanDari(rincian: unknown): string | null {
  const t = (rincian as { tujuan?: unknown } | null)?.tujuan;
  return typeof t === "string" ? t : null;
}

export function AuditPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const w = useWaktu();
  // readable names of the action codes (pages/audit/i18n); an unknown code is shown as it is
  const labelAksi = t("aksiAudit", { returnObjects: true }) as Record<string, string>;
  const pesanGalat = useErrorMessage();
  const [aktor, setAktor] = useState("");
  const [aksi, setAksi] = useState("");
  const [dari, setDari] = useState("");
  const [sampai, setSampai] = useState("");
  const [page, setPage] = useState(1);
  const [ukuran, setUkuran] = useState(50);
  const [mengekspor, setMengekspor] = useState<string | null>(null);
  const [filterJson] = useDebouncedValue(
    JSON.stringify({ aktor: aktor.trim(), aksi: aksi.trim(), dari, sampai }),
    300,
  );
  const filter = JSON.parse(filterJson) as { aktor: string; aksi: string; dari: string; sampai: string };
  const queryFilter = {
    aktor: filter.aktor,
    aksi: filter.aksi,
    // calendar days; the API takes instants: the day's bounds in the agency's zone
    dari: filter.dari ? w.awalHari(filter.dari) : undefined,
    sampai: filter.sampai ? w.akhirHari(filter.sampai) : undefined,
  };
  const query = useQuery({
    queryKey: [...kunci.audit(instansi.id), filterJson, page, ukuran],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/audit", {
          params: { path: { instansiId: instansi.id }, query: { ...queryFilter, page, pageSize: ukuran } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  async function ekspor(format: "csv" | "xlsx") {
    setMengekspor(format);
    try {
      await download(
        `/api/instansi/${instansi.id}/audit/ekspor`,
        { ...queryFilter, format },
        `audit-${instansi.kode}.${format}`,
      );
    } catch (e) {
      beritahuGagal(t("audit.gagalEkspor"), pesanGalat(e));
    } finally {
      setMengekspor(null);
    }
  }

  const ubah = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPage(1);
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t("audit.judul")}</Title>
        <Group gap="xs">
          <Button variant="default" loading={mengekspor === "csv"} onClick={() => ekspor("csv")}>
            {t("audit.eksporCsv")}
          </Button>
          <Button variant="default" loading={mengekspor === "xlsx"} onClick={() => ekspor("xlsx")}>
            {t("audit.eksporXlsx")}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("audit.aktor")}
          description={t("audit.aktorPetunjuk")}
          value={aktor}
          onChange={(e) => ubah(setAktor)(e.currentTarget.value)}
          style={{ flex: "1 1 180px" }}
        />
        <TextInput
          label={t("audit.aksi")}
          description={t("audit.aksiPetunjuk")}
          value={aksi}
          onChange={(e) => ubah(setAksi)(e.currentTarget.value)}
          style={{ flex: "1 1 180px" }}
        />
        <InputTanggal label={t("audit.dari")} value={dari} onChange={(v) => ubah(setDari)(v)} />
        <InputTanggal label={t("audit.sampai")} value={sampai} onChange={(v) => ubah(setSampai)(v)} />
      </Group>
      <Text size="xs" c="gray.7">
        {t("audit.zona", { zona: `${w.label} (${w.zona})` })}
      </Text>
      <TabelBerhalaman
        query={query}
        label={t("audit.judul")}
        lebarMin={760}
        kosong={t("audit.kosong")}
        kunciBaris={(e) => e.id}
        onHalaman={setPage}
        onUkuranHalaman={(n) => {
          setUkuran(n);
          setPage(1);
        }}
        kolom={[
          { judul: t("audit.waktu"), isi: (e) => w.waktu(e.waktu), nowrap: true },
          { judul: t("audit.aktor"), isi: (e) => e.aktorNama ?? e.aktor ?? t("audit.sistem") },
          {
            judul: t("audit.aksi"),
            isi: (e) => (
              <>
                {labelAksi[e.aksi] && <Text size="sm">{labelAksi[e.aksi]}</Text>}
                <Code>{e.aksi}</Code>
                {tujuanDari(e.rincian) && (
                  <Text size="xs">
                    {t("audit.tujuan", { tujuan: t(`hasil.tujuanRinci.${tujuanDari(e.rincian)}`) })}
                  </Text>
                )}
              </>
            ),
          },
          { judul: t("audit.objek"), isi: (e) => [e.objek, e.objekId].filter(Boolean).join(" ") || "—" },
          { judul: t("audit.asal"), isi: (e) => e.ip ?? "—" },
        ]}
      />
    </Stack>
  );
}
