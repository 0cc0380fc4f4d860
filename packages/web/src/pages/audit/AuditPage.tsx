import { Button, Code, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client.ts";
import { kunci, useInstansi } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { useErrorMessage } from "../../components/ErrorAlert.tsx";
import { TabelBerhalaman } from "../../components/kit/index.ts";
import { formatWaktu } from "../../lib/format.ts";
import { beritahuGagal } from "../../lib/notifikasi.ts";

/** `dari`/`sampai` are calendar days; the API takes instants, so send the day's bounds in local time. */
function awalHari(d: string) {
  return d ? new Date(`${d}T00:00:00`).toISOString() : undefined;
}
function akhirHari(d: string) {
  return d ? new Date(`${d}T23:59:59.999`).toISOString() : undefined;
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { instansi } = useSession();
  const info = useInstansi(instansi.id);
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
    dari: awalHari(filter.dari),
    sampai: akhirHari(filter.sampai),
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
  const zona = info.data?.zonaWaktu ?? "Asia/Jakarta";

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
        <TextInput
          type="date"
          label={t("audit.dari")}
          value={dari}
          onChange={(e) => ubah(setDari)(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t("audit.sampai")}
          value={sampai}
          onChange={(e) => ubah(setSampai)(e.currentTarget.value)}
        />
      </Group>
      <Text size="xs" c="gray.7">
        {t("audit.zona", { zona })}
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
          { judul: t("audit.waktu"), isi: (e) => formatWaktu(e.waktu, i18n.language, zona), nowrap: true },
          { judul: t("audit.aktor"), isi: (e) => e.aktorNama ?? e.aktor ?? t("audit.sistem") },
          { judul: t("audit.aksi"), isi: (e) => <Code>{e.aksi}</Code> },
          { judul: t("audit.objek"), isi: (e) => [e.objek, e.objekId].filter(Boolean).join(" ") || "—" },
          { judul: t("audit.asal"), isi: (e) => e.ip ?? "—" },
        ]}
      />
    </Stack>
  );
}
