/** The APIP internal-audit tab (Tabel 4 no. 5): audit plans, each with its findings. */
import { Button, Card, Group, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { InputTanggal } from "../../../components/InputTanggal.tsx";
import { useKirimForm } from "../../../components/kit/index.ts";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { hariIni, useHalaman, useInstansi, useTanggal, useUrl, useWajib } from "../bersama.tsx";
import { DaftarTemuan } from "./DaftarTemuan.tsx";
import { KUNCI, type Rencana } from "./tipe.ts";

export function TabAudit() {
  const { t } = useTranslation();
  const url = useUrl();
  const tgl = useTanggal();
  const { peran } = useInstansi();
  const apip = peran.includes("apip");
  const [page, setPage] = useState(1);
  const [buka, setBuka] = useState<string | null>(null);
  const daftar = useHalaman<Rencana>([...KUNCI, "audit"], url("/audit-internal"), page);
  return (
    <Stack>
      {apip && <FormRencana />}
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.monev.auditKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((r) => (
              <Card key={r.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{r.judul}</Text>
                    <Text size="xs" c="dimmed">
                      {tgl(r.mulai)} – {tgl(r.selesai)} ·{" "}
                      {t("komunitas.monev.ringkasTemuan", {
                        terbuka: r.temuan.terbuka,
                        tl: r.temuan.ditindaklanjuti,
                        selesai: r.temuan.selesai,
                      })}
                    </Text>
                  </Stack>
                  <Button size="xs" variant="light" onClick={() => setBuka(buka === r.id ? null : r.id)}>
                    {buka === r.id ? t("komunitas.tutup") : t("komunitas.buka")}
                  </Button>
                </Group>
                {buka === r.id && <DaftarTemuan rencanaId={r.id} />}
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

/** A new audit plan (APIP only); the title empties after it is saved, the dates stay. */
function FormRencana() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const wajib = useWajib();
  const form = useForm({
    initialValues: { judul: "", mulai: hariIni(), selesai: hariIni() },
    validate: { judul: wajib, mulai: wajib, selesai: wajib },
  });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) => api(url("/audit-internal"), { method: "POST", body: v }),
    onBerhasil: () => {
      form.setFieldValue("judul", "");
      qc.invalidateQueries({ queryKey: [...KUNCI, "audit"] });
    },
  });
  // the submit button sits beside the dates (as before): a date's calendar opens downwards
  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate>
      <Group grow wrap="wrap" align="flex-end">
        <TextInput
          label={t("komunitas.monev.judulAudit")}
          maxLength={200}
          required
          {...form.getInputProps("judul")}
        />
        <InputTanggal
          label={t("komunitas.monev.mulai")}
          required
          {...form.getInputProps("mulai")}
          value={form.values.mulai}
        />
        <InputTanggal
          label={t("komunitas.monev.selesai")}
          required
          {...form.getInputProps("selesai")}
          value={form.values.selesai}
        />
        <Button type="submit" loading={sedang}>
          {t("komunitas.monev.buatRencana")}
        </Button>
      </Group>
      <ErrorAlert error={galat} />
    </Card>
  );
}
