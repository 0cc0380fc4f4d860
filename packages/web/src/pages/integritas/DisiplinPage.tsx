/**
 * Discipline cases (PP 94/2021; Tabel 2 II, BAB II.E; docs/gratifikasi.md):
 * the list for the admin, PPK and APIP (audited), a new case for the PPK and
 * the admin, and the agency's rate per 100 employees.
 */
import { Badge, Button, Group, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Kiriman, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { DialogForm, TabelBerhalaman } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type Kasus = Kiriman<"/api/instansi/{instansiId}/disiplin", "post">;
const TINGKAT = ["ringan", "sedang", "berat"] as const;

export function DisiplinPage() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [buka, setBuka] = useState(false);
  const path = { instansiId: instansi.id };
  const kunciDaftar = [...kunci.instansi(instansi.id), "disiplin"];
  const query = useQuery({
    queryKey: [...kunciDaftar, page],
    queryFn: () =>
      isi(klien.GET("/api/instansi/{instansiId}/disiplin", { params: { path, query: { page } } })),
    placeholderData: keepPreviousData,
  });
  const stat = useQuery({
    queryKey: [...kunciDaftar, "statistik"],
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/disiplin/statistik", { params: { path } })),
  });
  const form = useForm({
    initialValues: {
      nip: "",
      uraian: "",
      tingkat: "ringan" as Kasus["tingkat"],
      hukuman: "",
      tanggalPelanggaran: "",
      tanggalKeputusan: "",
      nomorSk: "",
    },
    validate: {
      nip: (v) => (/^\d{18}$/.test(v.replace(/\s/g, "")) ? null : t("integritas.nip18")),
      uraian: (v) => (v.trim() ? null : t("integritas.wajib")),
      hukuman: (v) => (v.trim() ? null : t("integritas.wajib")),
      tanggalKeputusan: (v) => (v ? null : t("integritas.wajib")),
      nomorSk: (v) => (v.trim() ? null : t("integritas.wajib")),
    },
  });
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("integritas.disiplin.judul")}</Title>
        {punya("admin_instansi", "ppk") && (
          <Button onClick={() => setBuka(true)}>{t("integritas.disiplin.catat")}</Button>
        )}
      </Group>
      <Text size="sm" c="gray.7">
        {t("integritas.disiplin.keterangan")}
      </Text>
      {stat.data && (
        <Text size="sm">
          {t("integritas.disiplin.ringkas", {
            tahun: stat.data.tahun,
            n: stat.data.jumlah,
            per100: stat.data.per100 === null ? "—" : stat.data.per100.toLocaleString("id-ID"),
            k: stat.data.k,
          })}
        </Text>
      )}
      <TabelBerhalaman
        query={query}
        label={t("integritas.disiplin.judul")}
        lebarMin={720}
        kosong={t("integritas.kosong")}
        kunciBaris={(k) => k.id}
        onHalaman={setPage}
        kolom={[
          {
            judul: t("integritas.pegawai"),
            isi: (k) => (
              <Stack gap={0}>
                <Text size="sm">{k.pegawai.nama}</Text>
                <Text size="xs" c="gray.7">
                  {k.pegawai.nip} · {k.pegawai.unit ?? "—"}
                </Text>
              </Stack>
            ),
          },
          { judul: t("integritas.disiplin.uraian"), isi: (k) => k.uraian },
          {
            judul: t("integritas.disiplin.tingkat"),
            isi: (k) => (
              <Badge variant="light" tt="none">
                {t(`integritas.disiplin.tingkatNilai.${k.tingkat}`)}
              </Badge>
            ),
          },
          { judul: t("integritas.disiplin.hukuman"), isi: (k) => k.hukuman },
          { judul: t("integritas.sk"), isi: (k) => `${k.nomorSk} · ${k.tanggalKeputusan}` },
        ]}
      />
      {buka && (
        <DialogForm
          judul={t("integritas.disiplin.catat")}
          form={form}
          kirim={(v) =>
            isi(
              klien.POST("/api/instansi/{instansiId}/disiplin", {
                params: { path },
                body: { ...v, tanggalPelanggaran: v.tanggalPelanggaran || null },
              }),
            )
          }
          onBerhasil={async () => {
            beritahuBerhasil(t("integritas.tersimpan"));
            await qc.invalidateQueries({ queryKey: kunciDaftar });
            form.reset();
            setBuka(false);
          }}
          onTutup={() => setBuka(false)}
        >
          <TextInput label="NIP" required {...form.getInputProps("nip")} />
          <Textarea
            label={t("integritas.disiplin.uraian")}
            required
            autosize
            minRows={2}
            {...form.getInputProps("uraian")}
          />
          <Select
            label={t("integritas.disiplin.tingkat")}
            allowDeselect={false}
            data={TINGKAT.map((x) => ({ value: x, label: t(`integritas.disiplin.tingkatNilai.${x}`) }))}
            {...form.getInputProps("tingkat")}
          />
          <TextInput label={t("integritas.disiplin.hukuman")} required {...form.getInputProps("hukuman")} />
          <TextInput
            type="date"
            label={t("integritas.disiplin.tanggalPelanggaran")}
            {...form.getInputProps("tanggalPelanggaran")}
          />
          <TextInput
            type="date"
            label={t("integritas.disiplin.tanggalKeputusan")}
            required
            {...form.getInputProps("tanggalKeputusan")}
          />
          <TextInput label={t("integritas.nomorSk")} required {...form.getInputProps("nomorSk")} />
        </DialogForm>
      )}
    </Stack>
  );
}
