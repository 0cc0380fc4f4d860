/** The random-interview tab (Tabel 2 I.4): draw a sample, open it, record each interview. */
import { Badge, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { KartuForm } from "../../../components/kit/index.ts";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../../lib/notifikasi.ts";
import { Privasi, useHalaman, useTanggal, useUrl, useWajib } from "../bersama.tsx";
import { FormWawancara } from "./FormWawancara.tsx";
import { KUNCI, type Sampel, type Wawancara } from "./tipe.ts";

export function TabWawancara() {
  const { t } = useTranslation();
  const url = useUrl();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const [buka, setBuka] = useState<string | null>(null);
  const daftar = useHalaman<Sampel>([...KUNCI, "sampel"], url("/wawancara/sampel"), page);
  return (
    <Stack>
      <Privasi>{t("komunitas.monev.privasiWawancara")}</Privasi>
      <FormSampel onDiambil={setBuka} />
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.monev.sampelKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((s) => (
              <Card key={s.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{s.judul}</Text>
                    <Text size="xs" c="dimmed">
                      {t("komunitas.monev.ringkasSampel", {
                        benih: s.benih,
                        ukuran: s.ukuran,
                        populasi: s.populasi,
                        selesai: s.selesai,
                      })}{" "}
                      · {tgl(s.dibuat)}
                    </Text>
                  </Stack>
                  <Button size="xs" variant="light" onClick={() => setBuka(buka === s.id ? null : s.id)}>
                    {buka === s.id ? t("komunitas.tutup") : t("komunitas.buka")}
                  </Button>
                </Group>
                {buka === s.id && <DaftarWawancara sampelId={s.id} />}
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

interface NilaiSampel {
  judul: string;
  ukuran: number | string;
  minimal: number | string;
  benih: number | string;
}

/** Draws a new sample; the seed is shown so anyone can redraw the same sample. */
function FormSampel({ onDiambil }: { onDiambil: (id: string) => void }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const wajib = useWajib();
  const form = useForm<NilaiSampel>({
    initialValues: { judul: "", ukuran: 10, minimal: 1, benih: "" },
    validate: { judul: wajib, ukuran: wajib },
  });
  return (
    <KartuForm
      judul={t("komunitas.monev.sampelBaru")}
      keterangan={t("komunitas.monev.sampelPenjelasan")}
      form={form}
      labelKirim={t("komunitas.monev.ambilSampel")}
      kirim={(v) =>
        api<Sampel>(url("/wawancara/sampel"), {
          method: "POST",
          body: {
            judul: v.judul,
            ukuran: Number(v.ukuran),
            minimalPerUnit: Number(v.minimal),
            ...(v.benih !== "" && { benih: Number(v.benih) }),
          },
        })
      }
      onBerhasil={(s) => {
        qc.invalidateQueries({ queryKey: KUNCI });
        onDiambil(s.id);
        beritahuBerhasil(t("komunitas.monev.sampelDiambil", { benih: s.benih }));
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} style={{ alignItems: "end" }}>
        <TextInput
          label={t("komunitas.monev.judulSampel")}
          maxLength={200}
          required
          {...form.getInputProps("judul")}
        />
        <NumberInput
          label={t("komunitas.monev.ukuran")}
          min={1}
          max={10000}
          required
          {...form.getInputProps("ukuran")}
        />
        <NumberInput
          label={t("komunitas.monev.minimalPerUnit")}
          min={0}
          max={100}
          allowDecimal={false}
          {...form.getInputProps("minimal")}
        />
        <NumberInput
          label={t("komunitas.monev.benih")}
          description={t("komunitas.monev.benihPetunjuk")}
          min={0}
          max={2147483647}
          allowDecimal={false}
          {...form.getInputProps("benih")}
        />
      </SimpleGrid>
    </KartuForm>
  );
}

function DaftarWawancara({ sampelId }: { sampelId: string }) {
  const { t } = useTranslation();
  const url = useUrl();
  const tgl = useTanggal();
  const [ubah, setUbah] = useState<string | null>(null);
  const q = useQuery({
    queryKey: [...KUNCI, "wawancara", sampelId],
    queryFn: () => api<Wawancara[]>(url(`/wawancara/sampel/${sampelId}`)),
  });
  return (
    <QueryState query={q}>
      {(d) => (
        <Stack gap="xs" mt="sm">
          {d.map((w) => (
            <Card key={w.id} withBorder padding="xs">
              <Group justify="space-between" wrap="wrap">
                <Text size="sm">
                  {w.unit.nama} #{w.urutan} — <b>{w.pegawai.nama}</b>
                </Text>
                <Group gap="xs">
                  <Badge color={w.status === "selesai" ? "teal" : w.status === "batal" ? "gray" : "blue"}>
                    {t(`komunitas.monev.status.${w.status}`)}
                  </Badge>
                  <Text size="xs">{tgl(w.jadwal, true)}</Text>
                  <Button size="xs" variant="default" onClick={() => setUbah(ubah === w.id ? null : w.id)}>
                    {t("komunitas.ubah")}
                  </Button>
                </Group>
              </Group>
              {ubah === w.id && <FormWawancara w={w} sampelId={sampelId} onSelesai={() => setUbah(null)} />}
            </Card>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}
