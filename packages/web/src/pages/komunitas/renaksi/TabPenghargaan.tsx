/** The rewards tab (Tabel 2 III.3): nominate an employee; the PPK or leader decides. */
import { Badge, Button, Card, Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import type { Halaman } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { KartuForm } from "../../../components/kit/index.ts";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { hariIni, punya, useHalaman, useInstansi, useUrl, useWajib } from "../bersama.tsx";
import { KUNCI, type Penghargaan } from "./tipe.ts";

export function TabPenghargaan() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const { peran } = useInstansi();
  const pengusul = punya(peran, "pimpinan", "tim_supervisi", "admin_instansi");
  const pemutus = punya(peran, "ppk", "pimpinan");
  const [page, setPage] = useState(1);
  const daftar = useHalaman<Penghargaan>([...KUNCI, "penghargaan"], url("/penghargaan"), page);
  const putus = useMutation({
    mutationFn: (v: { id: string; status: "diberikan" | "ditolak" }) =>
      api(url(`/penghargaan/${v.id}/keputusan`), {
        method: "POST",
        body: { status: v.status, tanggal: hariIni() },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KUNCI }),
  });
  return (
    <Stack>
      {pengusul && <FormUsul />}
      <ErrorAlert error={putus.error} />
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.renaksi.penghargaanKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((h) => (
              <Card key={h.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={0}>
                    <Text fw={600}>
                      {h.pegawai.nama} — {h.kategori}
                    </Text>
                    <Text size="sm">{h.alasan}</Text>
                  </Stack>
                  <Group gap="xs">
                    <Badge
                      color={h.status === "diberikan" ? "teal" : h.status === "ditolak" ? "gray" : "blue"}
                    >
                      {t(`komunitas.renaksi.statusPenghargaan.${h.status}`)}
                    </Badge>
                    {pemutus && h.status === "diusulkan" && (
                      <>
                        <Button
                          size="xs"
                          color="teal"
                          onClick={() => putus.mutate({ id: h.id, status: "diberikan" })}
                        >
                          {t("komunitas.renaksi.berikan")}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => putus.mutate({ id: h.id, status: "ditolak" })}
                        >
                          {t("komunitas.renaksi.tolak")}
                        </Button>
                      </>
                    )}
                  </Group>
                </Group>
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

interface NilaiUsul {
  pegawaiId: string | null;
  kategori: string;
  alasan: string;
}

/** A reward nomination: the employee (searched on the server), the category and the reason. */
function FormUsul() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const wajib = useWajib();
  const [q, setQ] = useState("");
  const [cari] = useDebouncedValue(q, 300);
  const calon = useQuery({
    queryKey: [...KUNCI, "calon", cari],
    queryFn: () =>
      api<Halaman<{ id: string; nama: string; unitNama: string | null }>>(url("/komunitas/pegawai"), {
        query: { q: cari, pageSize: 30 },
      }),
  });
  const form = useForm<NilaiUsul>({
    initialValues: { pegawaiId: null, kategori: "", alasan: "" },
    validate: { pegawaiId: wajib, kategori: wajib, alasan: wajib },
  });
  return (
    <KartuForm
      judul={t("komunitas.renaksi.usulBaru")}
      form={form}
      labelKirim={t("komunitas.renaksi.usulkan")}
      kosongkanSetelahKirim
      kirim={(v) => api(url("/penghargaan"), { method: "POST", body: v })}
      onBerhasil={() => {
        setQ("");
        qc.invalidateQueries({ queryKey: KUNCI });
      }}
    >
      <Select
        label={t("komunitas.pendampingan.pegawai")}
        searchable
        required
        searchValue={q}
        onSearchChange={setQ}
        filter={({ options }) => options}
        data={(calon.data?.items ?? []).map((p) => ({
          value: p.id,
          label: `${p.nama}${p.unitNama ? ` — ${p.unitNama}` : ""}`,
        }))}
        {...form.getInputProps("pegawaiId")}
      />
      <TextInput
        label={t("komunitas.renaksi.kategori")}
        maxLength={100}
        required
        {...form.getInputProps("kategori")}
      />
      <Textarea
        label={t("komunitas.renaksi.alasan")}
        maxLength={2000}
        autosize
        required
        {...form.getInputProps("alasan")}
      />
    </KartuForm>
  );
}
