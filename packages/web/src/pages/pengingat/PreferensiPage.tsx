import { Checkbox, Stack, Table, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type Preferensi = Jawaban<"/api/instansi/{instansiId}/pengingat/preferensi">;
const SALURAN = ["dalamAplikasi", "email", "ringkasanHarian"] as const;

/** My notification channels per kind: the bell, email at once, a daily digest (docs/pengingat.md). */
export function PreferensiPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const path = { instansiId: instansi.id };
  const key = [...kunci.instansi(instansi.id), "pengingat", "preferensi"];
  const query = useQuery({
    queryKey: key,
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/pengingat/preferensi", { params: { path } })),
  });
  const form = useForm<{ preferensi: Preferensi }>({ initialValues: { preferensi: [] } });
  // biome-ignore lint/correctness/useExhaustiveDependencies: fill the form once per answer
  useEffect(() => {
    if (query.data) form.setValues({ preferensi: query.data });
  }, [query.data]);
  return (
    <Stack>
      <Title order={2}>{t("pengingat.judulPengaturan")}</Title>
      <Text c="dimmed" size="sm">
        {t("pengingat.petunjukPengaturan")}
      </Text>
      <QueryState query={query}>
        {() => (
          <KartuForm
            judul={t("pengingat.saluranJudul")}
            form={form}
            labelKirim={t("pengingat.simpan")}
            kirim={(v) =>
              isi(
                klien.PUT("/api/instansi/{instansiId}/pengingat/preferensi", {
                  params: { path },
                  body: { preferensi: v.preferensi },
                }),
              )
            }
            onBerhasil={() => {
              beritahuBerhasil(t("pengingat.tersimpan"));
              qc.invalidateQueries({ queryKey: key });
            }}
          >
            <div className="tabel-gulir">
              <Table miw={420}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("pengingat.jenis")}</Table.Th>
                    {SALURAN.map((s) => (
                      <Table.Th scope="col" key={s}>
                        {t(`pengingat.saluran.${s}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {form.values.preferensi.map((p, i) => (
                    <Table.Tr key={p.kelompok}>
                      <Table.Th scope="row">{t(`pengingat.kelompok.${p.kelompok}`)}</Table.Th>
                      {SALURAN.map((s) => (
                        <Table.Td key={s}>
                          <Checkbox
                            aria-label={`${t(`pengingat.kelompok.${p.kelompok}`)}: ${t(`pengingat.saluran.${s}`)}`}
                            {...form.getInputProps(`preferensi.${i}.${s}`, { type: "checkbox" })}
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          </KartuForm>
        )}
      </QueryState>
    </Stack>
  );
}
