import { Alert, Badge, Button, Card, Group, Radio, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type Tugas = Jawaban<"/api/instansi/{instansiId}/nontes/tugas">["items"][number];
type IsiTugas = Jawaban<"/api/instansi/{instansiId}/nontes/tugas/{id}">;
const TIDAK_TERAMATI = "na";

/** A rater's assignments in open periods, and the BARS form of one (phone-first: one scale under another). */
export function TugasSayaPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [dipilih, setDipilih] = useState<string | null>(null);
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "nontes", "tugas"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/tugas", {
          params: { path: { instansiId: instansi.id }, query: { pageSize: 200 } },
        }),
      ),
  });
  if (dipilih) return <FormPenilaian tugasId={dipilih} onSelesai={() => setDipilih(null)} />;
  return (
    <Stack>
      <div>
        <Title order={2}>{t("nontes.tugas.judul")}</Title>
        <Text c="dimmed" size="sm">
          {t("nontes.tugas.subjudul")}
        </Text>
      </div>
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("nontes.tugas.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((x: Tugas) => (
              <Card key={x.id} withBorder>
                <Group justify="space-between" wrap="wrap">
                  <div>
                    <Text fw={600}>{x.dinilai.nama}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`nontes.jenis.${x.jenis}`)} · {x.periode.judul} · {t("nontes.tenggat")}{" "}
                      {x.periode.tenggat}
                    </Text>
                  </div>
                  <Group gap="xs">
                    {x.dikirim && <Badge color="teal.9">{t("nontes.tugas.terkirim")}</Badge>}
                    <Button
                      onClick={() => setDipilih(x.id)}
                      aria-label={`${t("nontes.tugas.nilai")} ${x.dinilai.nama}`}
                    >
                      {x.dikirim ? t("nontes.tugas.ubah") : t("nontes.tugas.nilai")}
                    </Button>
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function FormPenilaian({ tugasId, onSelesai }: { tugasId: string; onSelesai: () => void }) {
  const { t, i18n } = useTranslation();
  const { instansi } = useSession();
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "nontes", "tugas", tugasId],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/tugas/{id}", {
          params: { path: { instansiId: instansi.id, id: tugasId } },
        }),
      ),
  });
  return (
    <QueryState query={q}>
      {(d) => <IsiForm data={d} bahasa={i18n.language === "en" ? "en" : "id"} onSelesai={onSelesai} t={t} />}
    </QueryState>
  );
}

function IsiForm({
  data,
  bahasa,
  onSelesai,
  t,
}: {
  data: IsiTugas;
  bahasa: "id" | "en";
  onSelesai: () => void;
  t: (k: string) => string;
}) {
  const { instansi } = useSession();
  const qc = useQueryClient();
  const form = useForm<Record<string, string>>({
    initialValues: Object.fromEntries(
      data.skala.map((s) => {
        const v = data.nilai[s.kode];
        return [s.kode, v === undefined ? "" : v === null ? TIDAK_TERAMATI : String(v)];
      }),
    ),
    validate: Object.fromEntries(
      data.skala.map((s) => [s.kode, (v: string) => (v ? null : t("nontes.form.wajib"))]),
    ),
  });
  return (
    <Stack>
      <Button variant="subtle" onClick={onSelesai} w="fit-content">
        {t("nontes.form.kembali")}
      </Button>
      <KartuForm
        judul={`${t("nontes.form.judul")}: ${data.dinilai.nama}`}
        keterangan={t("nontes.form.keterangan")}
        form={form}
        labelKirim={t("nontes.form.kirim")}
        kirim={(v) =>
          isi(
            klien.PUT("/api/instansi/{instansiId}/nontes/tugas/{id}", {
              params: { path: { instansiId: instansi.id, id: data.id } },
              body: {
                nilai: Object.fromEntries(
                  Object.entries(v).map(([k, x]) => [k, x === TIDAK_TERAMATI ? null : Number(x)]),
                ),
              },
            }),
          )
        }
        onBerhasil={async () => {
          beritahuBerhasil(t("nontes.form.berhasil"));
          await qc.invalidateQueries({ queryKey: [...kunci.instansi(instansi.id), "nontes"] });
          onSelesai();
        }}
      >
        <Alert color="gray" variant="light">
          {t("nontes.form.rahasia")}
        </Alert>
        {data.skala.map((s) => (
          <Radio.Group
            key={s.kode}
            label={s.nama[bahasa]}
            description={s.perilaku[bahasa]}
            {...form.getInputProps(s.kode)}
          >
            <Stack gap={6} mt="xs">
              {s.anchor.map((a) => (
                <Radio key={a.skor} value={String(a.skor)} label={a.teks[bahasa]} />
              ))}
              <Radio value={TIDAK_TERAMATI} label={t("nontes.form.tidakTeramati")} />
            </Stack>
          </Radio.Group>
        ))}
      </KartuForm>
    </Stack>
  );
}
