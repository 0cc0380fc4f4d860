/** The moderators' tab: reports to handle, and the categories (add, activate, deactivate). */
import { Anchor, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { useKirimForm } from "../../../components/kit/index.ts";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { navigate } from "../../../lib/router.ts";
import { useHalaman, useTanggal, useUrl, useWajib } from "../bersama.tsx";
import { type Kategori, KUNCI, useKategori } from "./tipe.ts";

export function TabModerasi() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const kategori = useKategori();
  const [page, setPage] = useState(1);
  const laporan = useHalaman<{
    id: string;
    utasId: string;
    utasJudul: string;
    alasan: string;
    dibuat: string;
  }>([...KUNCI, "laporan"], url("/forum/laporan"), page);
  const aktifkan = useMutation({
    mutationFn: (k: Kategori) =>
      api(url(`/forum/kategori/${k.id}`), { method: "PATCH", body: { aktif: !k.aktif } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KUNCI }),
  });
  const selesai = useMutation({
    mutationFn: (id: string) => api(url(`/forum/laporan/${id}/selesai`), { method: "POST" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...KUNCI, "laporan"] }),
  });
  return (
    <Stack>
      <Title order={3}>{t("komunitas.forum.laporanJudul")}</Title>
      <QueryState
        query={laporan}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.forum.laporanKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((l) => (
              <Card key={l.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2} className="teks-bebas">
                    <Anchor
                      href={`/forum/${l.utasId}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(`/forum/${l.utasId}`);
                      }}
                    >
                      {l.utasJudul}
                    </Anchor>
                    <Text size="sm">{l.alasan}</Text>
                    <Text size="xs" c="dimmed">
                      {tgl(l.dibuat, true)}
                    </Text>
                  </Stack>
                  <Button size="xs" onClick={() => selesai.mutate(l.id)}>
                    {t("komunitas.forum.tandaiSelesai")}
                  </Button>
                </Group>
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
      <ErrorAlert error={selesai.error} />
      <Title order={3}>{t("komunitas.forum.kategoriJudul")}</Title>
      <FormKategori />
      <ErrorAlert error={aktifkan.error} />
      {(kategori.data ?? []).map((k) => (
        <Group key={k.id} justify="space-between">
          <Text>
            {k.nama} {!k.aktif && <Badge color="gray">{t("komunitas.forum.nonaktif")}</Badge>}
          </Text>
          <Button size="xs" variant="light" onClick={() => aktifkan.mutate(k)}>
            {k.aktif ? t("komunitas.forum.nonaktifkan") : t("komunitas.forum.aktifkan")}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}

/** A new category: one name, emptied once added. */
function FormKategori() {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const wajib = useWajib();
  const form = useForm({ initialValues: { nama: "" }, validate: { nama: wajib } });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) => api(url("/forum/kategori"), { method: "POST", body: v }),
    onBerhasil: () => {
      form.reset();
      return qc.invalidateQueries({ queryKey: KUNCI });
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <Group align="flex-end">
          <TextInput
            label={t("komunitas.forum.kategoriBaru")}
            maxLength={100}
            required
            {...form.getInputProps("nama")}
          />
          <Button type="submit" loading={sedang}>
            {t("komunitas.forum.tambah")}
          </Button>
        </Group>
        <ErrorAlert error={galat} />
      </Stack>
    </form>
  );
}
