import { Button, Card, Group, Spoiler, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client.ts";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { useErrorMessage } from "../../components/ErrorAlert.tsx";
import { TabelBerhalaman } from "../../components/kit/index.ts";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuGagal } from "../../lib/notifikasi.ts";
import { useWaktu } from "../../lib/waktu.ts";

type Pembacaan = Jawaban<"/api/instansi/{instansiId}/data-saya/pembacaan">["items"][number];

/** "Data saya" (docs/data-saya.md): who read my results, my consents, and the download of all my data. */
export function DataSayaPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const w = useWaktu();
  const pesanGalat = useErrorMessage();
  const [hal, setHal] = useState({ page: 1, pageSize: 25 });
  const [mengunduh, setMengunduh] = useState<"json" | "pdf" | null>(null);
  const dasar = [...kunci.instansi(instansi.id), "data-saya"];
  const pembacaan = useQuery({
    queryKey: [...dasar, "pembacaan", hal],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/data-saya/pembacaan", {
          params: { path: { instansiId: instansi.id }, query: hal },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const persetujuan = useQuery({
    queryKey: [...dasar, "persetujuan"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/data-saya/persetujuan", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });

  async function unduh(format: "json" | "pdf") {
    setMengunduh(format);
    try {
      await download(`/api/instansi/${instansi.id}/data-saya/ekspor`, { format }, `data-saya.${format}`);
    } catch (e) {
      beritahuGagal(t("dataSaya.gagalUnduh"), pesanGalat(e));
    } finally {
      setMengunduh(null);
    }
  }

  const peran = (p: string | null) =>
    p
      ? p
          .split(",")
          .map((x) => t(`peran.${x.trim()}`))
          .join(", ")
      : "—";
  const tujuan = (x: Pembacaan) =>
    x.tujuan
      ? t(`hasil.tujuanRinci.${x.tujuan}`, { defaultValue: x.tujuan })
      : t(`dataSaya.aksi.${x.aksi.replaceAll(".", "_")}`);

  return (
    <Stack>
      <Title order={2}>{t("dataSaya.judul")}</Title>
      <Text size="sm">{t("dataSaya.petunjuk")}</Text>

      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t("dataSaya.unduhJudul")}
          </Title>
          <Text size="sm">{t("dataSaya.unduhPetunjuk")}</Text>
          <Group>
            <Button onClick={() => unduh("json")} loading={mengunduh === "json"}>
              {t("dataSaya.unduhJson")}
            </Button>
            <Button variant="light" onClick={() => unduh("pdf")} loading={mengunduh === "pdf"}>
              {t("dataSaya.unduhPdf")}
            </Button>
          </Group>
        </Stack>
      </Card>

      <Title order={3} size="h4">
        {t("dataSaya.pembacaanJudul")}
      </Title>
      <Text size="sm">{t("dataSaya.pembacaanPetunjuk")}</Text>
      <TabelBerhalaman
        query={pembacaan}
        label={t("dataSaya.pembacaanJudul")}
        kosong={t("dataSaya.pembacaanKosong")}
        lebarMin={640}
        kunciBaris={(x) => `${x.waktu}-${x.aksi}-${x.pembaca}`}
        onHalaman={(page) => setHal((h) => ({ ...h, page }))}
        onUkuranHalaman={(pageSize) => setHal({ page: 1, pageSize })}
        kolom={[
          { judul: t("dataSaya.waktu"), isi: (x) => w.waktu(x.waktu), nowrap: true },
          { judul: t("dataSaya.pembaca"), isi: (x) => x.pembaca ?? "—" },
          { judul: t("dataSaya.peran"), isi: (x) => peran(x.peran) },
          { judul: t("dataSaya.unit"), isi: (x) => x.unitPembaca ?? "—" },
          { judul: t("dataSaya.tujuan"), isi: tujuan },
        ]}
      />

      <Title order={3} size="h4">
        {t("dataSaya.persetujuanJudul")}
      </Title>
      <QueryState
        query={persetujuan}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("dataSaya.persetujuanKosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((p) => (
              <Card withBorder key={p.kampanyeId}>
                <Stack gap={4}>
                  <Text fw={600}>{p.kampanye}</Text>
                  <Text size="sm" c="dimmed">
                    {p.diberikan
                      ? t("dataSaya.diberikanPada", { waktu: w.waktu(p.diberikan) })
                      : t("dataSaya.belumDiberikan")}
                  </Text>
                  {p.teks && (
                    <Spoiler
                      maxHeight={60}
                      showLabel={t("dataSaya.selengkapnya")}
                      hideLabel={t("dataSaya.ringkas")}
                    >
                      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                        {p.teks}
                      </Text>
                    </Spoiler>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
