import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { kunciAgen, type Ringkasan } from "./kunci.ts";

type Kriteria = { kode: string; nama: string; bobot: number; rubrik: string[] };
const kosong = (i: number): Kriteria => ({ kode: `K${i}`, nama: "", bobot: 0, rubrik: ["", "", "", ""] });

/** The supervision team builds the instrument: criteria, weights summing to 100, a rubric for levels 1–4 (Tabel 2 I.2 (i)). */
export function FormInstrumen({ ringkasan: r }: { ringkasan: Ringkasan }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const form = useForm({
    initialValues: {
      kriteria: r.instrumen?.kriteria.map((k) => ({ ...k, rubrik: [...k.rubrik] })) ?? [
        { ...kosong(1), bobot: 100 },
      ],
    },
  });
  const total = form.values.kriteria.reduce((s, k) => s + Number(k.bobot || 0), 0);
  return (
    <KartuForm
      judul={t("agen.instrumen.judul")}
      keterangan={t("agen.instrumen.ket")}
      form={form}
      labelKirim={t("agen.instrumen.simpan")}
      kirim={(v) =>
        isi(
          klien.PUT("/api/instansi/{instansiId}/agen/penilaian/{siklusId}/instrumen", {
            params: { path: { instansiId: instansi.id, siklusId: r.siklus.id } },
            body: {
              kriteria: v.kriteria.map((k) => ({
                kode: k.kode.trim(),
                nama: k.nama.trim(),
                bobot: Number(k.bobot),
                rubrik: k.rubrik.map((x) => x.trim()),
              })),
            },
          }),
        )
      }
      onBerhasil={async () => {
        beritahuBerhasil(t("agen.berhasil.instrumen"));
        await qc.invalidateQueries({ queryKey: kunciAgen(instansi.id) });
      }}
    >
      {form.values.kriteria.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows of one form, edited in place
        <Paper key={i} withBorder p="sm">
          <Stack gap="xs">
            <Group grow align="flex-end">
              <TextInput
                label={t("agen.instrumen.kode")}
                required
                {...form.getInputProps(`kriteria.${i}.kode`)}
              />
              <NumberInput
                label={t("agen.instrumen.bobot")}
                min={1}
                max={100}
                required
                {...form.getInputProps(`kriteria.${i}.bobot`)}
              />
              {form.values.kriteria.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t("agen.instrumen.hapus")}
                  onClick={() => form.removeListItem("kriteria", i)}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
            <TextInput
              label={t("agen.instrumen.nama")}
              required
              {...form.getInputProps(`kriteria.${i}.nama`)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {[0, 1, 2, 3].map((l) => (
                <TextInput
                  key={l}
                  label={t("agen.instrumen.level", { n: l + 1 })}
                  required
                  {...form.getInputProps(`kriteria.${i}.rubrik.${l}`)}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
      <Group justify="space-between">
        <Button
          variant="light"
          onClick={() => form.insertListItem("kriteria", kosong(form.values.kriteria.length + 1))}
        >
          {t("agen.instrumen.tambah")}
        </Button>
        <Text size="sm" c={total === 100 ? "teal.8" : "red.8"}>
          {t("agen.instrumen.total", { n: total })}
        </Text>
      </Group>
    </KartuForm>
  );
}
