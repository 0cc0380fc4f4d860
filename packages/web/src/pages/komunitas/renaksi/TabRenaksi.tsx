/** The action-plan tab (Tabel 2 I.1-2): change agents write plans, supervisors rate their items. */
import { Button, Card, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { InputTanggal } from "../../../components/InputTanggal.tsx";
import { jumlahKarakter } from "../../../components/JumlahKarakter.ts";
import { useKirimForm } from "../../../components/kit/index.ts";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { hariIni, useHalaman, useInstansi, useUrl, useWajib } from "../bersama.tsx";
import { KartuRenaksi } from "./KartuRenaksi.tsx";
import { KUNCI, type Renaksi } from "./tipe.ts";

export function TabRenaksi() {
  const { t } = useTranslation();
  const url = useUrl();
  const { peran } = useInstansi();
  const agen = peran.includes("agen_perubahan");
  const [page, setPage] = useState(1);
  const q = useHalaman<Renaksi>(KUNCI, url("/renaksi"), page);
  return (
    <Stack>
      {agen && <FormRenaksi />}
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.renaksi.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((r) => (
              <KartuRenaksi key={r.id} r={r} />
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

/** A new action plan (change agents); the title empties after it is saved, the dates stay. */
function FormRenaksi() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const wajib = useWajib();
  const form = useForm({
    initialValues: { judul: "", mulai: hariIni(), selesai: hariIni() },
    validate: { judul: wajib, mulai: wajib, selesai: wajib },
  });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) => api(url("/renaksi"), { method: "POST", body: v }),
    onBerhasil: () => {
      form.setFieldValue("judul", "");
      qc.invalidateQueries({ queryKey: KUNCI });
    },
  });
  // the submit button sits beside the dates (as before): a date's calendar opens downwards
  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate>
      <Group grow wrap="wrap" align="flex-end">
        <TextInput
          label={t("komunitas.renaksi.judulRenaksi")}
          description={jumlahKarakter(t, form.values.judul, 200)}
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
          {t("komunitas.renaksi.buat")}
        </Button>
      </Group>
      <ErrorAlert error={galat} />
    </Card>
  );
}
