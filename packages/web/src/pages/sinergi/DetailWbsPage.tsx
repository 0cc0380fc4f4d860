/** One WBS report for its handlers: text, attachments, dialogue, a question to the reporter, status and outcome. */
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client.ts";
import { kunci } from "../../api/hooks.ts";
import { isi, type Kiriman, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { Dialog } from "./Dialog.tsx";
import { STATUS } from "./KotakMasukWbsPage.tsx";

const HASIL = ["terbukti", "tidak_terbukti", "dilimpahkan", "tidak_dapat_ditindaklanjuti"] as const;
type UbahStatus = Kiriman<"/api/instansi/{instansiId}/wbs/{id}/status", "patch">;

export function DetailWbsPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const path = { instansiId: instansi.id, id };
  const kunciDetail = [...kunci.instansi(instansi.id), "wbs", "detail", id];
  const detail = useQuery({
    queryKey: kunciDetail,
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/wbs/{id}", { params: { path } })),
  });
  const segarkan = () => qc.invalidateQueries({ queryKey: [...kunci.instansi(instansi.id), "wbs"] });
  const formPesan = useForm({
    initialValues: { isi: "" },
    validate: { isi: (v) => (v.trim() ? null : t("sinergi.wbs.wajib")) },
  });
  const formStatus = useForm({
    initialValues: {
      status: "diverifikasi" as UbahStatus["status"],
      hasil: null as string | null,
      catatan: "",
    },
    validate: {
      hasil: (v, n) => (n.status === "ditutup" && !v ? t("sinergi.wbs.hasilWajib") : null),
    },
  });
  return (
    <Stack maw={820}>
      <Group>
        <Button variant="subtle" onClick={() => navigate("/wbs-masuk")}>
          ← {t("sinergi.wbs.kotakMasuk")}
        </Button>
      </Group>
      <QueryState query={detail}>
        {(d) => (
          <Stack>
            <Group justify="space-between" wrap="wrap">
              <Title order={2}>{d.judul}</Title>
              <Badge size="lg" variant="light">
                {t(`sinergi.wbs.status.${d.status}`)}
                {d.hasil ? ` · ${t(`sinergi.wbs.hasil.${d.hasil}`)}` : ""}
              </Badge>
            </Group>
            <Text size="sm">
              {t("sinergi.wbs.tiketTanggal", { nomor: d.nomorTiket, tanggal: d.tanggal })}
            </Text>
            <Paper withBorder p="md">
              <Text style={{ whiteSpace: "pre-wrap" }}>{d.isi}</Text>
            </Paper>
            {d.lampiran.length > 0 && (
              <Stack gap={4}>
                <Text fw={600}>{t("sinergi.wbs.lampiran")}</Text>
                {d.lampiran.map((l) => (
                  <Anchor
                    key={l.id}
                    component="button"
                    type="button"
                    onClick={() =>
                      download(`/api/instansi/${instansi.id}/wbs/${id}/lampiran/${l.id}`, {}, l.nama)
                    }
                  >
                    {l.nama} ({Math.ceil(l.ukuran / 1024)} KB)
                  </Anchor>
                ))}
              </Stack>
            )}
            {d.dikecualikan.length > 0 && (
              <Text size="sm" c="gray.7">
                {t("sinergi.wbs.dikecualikan", { nama: d.dikecualikan.map((x) => x.nama).join(", ") })}
              </Text>
            )}
            <Dialog pesan={d.pesan} />
            {d.status !== "ditutup" && (
              <>
                <KartuForm
                  judul={t("sinergi.wbs.tanyaJudul")}
                  keterangan={t("sinergi.wbs.tanyaKeterangan")}
                  form={formPesan}
                  labelKirim={t("sinergi.wbs.kirimPesan")}
                  kosongkanSetelahKirim
                  kirim={(v) =>
                    isi(
                      klien.POST("/api/instansi/{instansiId}/wbs/{id}/pesan", {
                        params: { path },
                        body: { isi: v.isi },
                      }),
                    )
                  }
                  onBerhasil={async () => {
                    beritahuBerhasil(t("sinergi.wbs.pesanTerkirim"));
                    await segarkan();
                  }}
                >
                  <Textarea
                    label={t("sinergi.wbs.pesan")}
                    autosize
                    minRows={3}
                    required
                    {...formPesan.getInputProps("isi")}
                  />
                </KartuForm>
                <KartuForm
                  judul={t("sinergi.wbs.statusJudul")}
                  form={formStatus}
                  kirim={(v) =>
                    isi(
                      klien.PATCH("/api/instansi/{instansiId}/wbs/{id}/status", {
                        params: { path },
                        body: {
                          status: v.status,
                          hasil:
                            v.status === "ditutup"
                              ? ((v.hasil ?? undefined) as UbahStatus["hasil"])
                              : undefined,
                          catatan: v.catatan.trim() || undefined,
                        },
                      }),
                    )
                  }
                  onBerhasil={async () => {
                    beritahuBerhasil(t("sinergi.wbs.statusTersimpan"));
                    await segarkan();
                  }}
                >
                  <Select
                    label={t("sinergi.wbs.statusLabel")}
                    data={STATUS.map((s) => ({ value: s, label: t(`sinergi.wbs.status.${s}`) }))}
                    allowDeselect={false}
                    {...formStatus.getInputProps("status")}
                  />
                  {formStatus.values.status === "ditutup" && (
                    <Select
                      label={t("sinergi.wbs.hasilJudul")}
                      data={HASIL.map((h) => ({ value: h, label: t(`sinergi.wbs.hasil.${h}`) }))}
                      required
                      {...formStatus.getInputProps("hasil")}
                    />
                  )}
                  <Textarea
                    label={t("sinergi.wbs.catatan")}
                    description={t("sinergi.wbs.catatanPetunjuk")}
                    autosize
                    minRows={2}
                    {...formStatus.getInputProps("catatan")}
                  />
                </KartuForm>
              </>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
