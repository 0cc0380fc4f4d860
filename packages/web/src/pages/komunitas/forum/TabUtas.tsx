/** The threads tab: search, filter by category, the list, and a new thread. */
import { Anchor, Badge, Button, Card, Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { jumlahKarakter } from "../../../components/JumlahKarakter.ts";
import { KartuForm } from "../../../components/kit/index.ts";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { navigate } from "../../../lib/router.ts";
import { TombolBatal, useHalaman, useTanggal, useUrl, useWajib } from "../bersama.tsx";
import { type Kategori, KUNCI, type Utas, type UtasRingkas, useKategori } from "./tipe.ts";

export function TabUtas() {
  const { t } = useTranslation();
  const url = useUrl();
  const tgl = useTanggal();
  const kategori = useKategori();
  const [kategoriId, setKategoriId] = useState<string | null>(null);
  const [q, setQ] = useState("");
  const [cari] = useDebouncedValue(q.trim(), 300);
  const [page, setPage] = useState(1);
  const [baru, setBaru] = useState(false);
  const daftar = useHalaman<UtasRingkas>([...KUNCI, "utas"], url("/forum/utas"), page, {
    kategoriId: kategoriId ?? undefined,
    q: cari || undefined,
  });
  const nama = (id: string) => kategori.data?.find((k) => k.id === id)?.nama ?? "";
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t("komunitas.forum.cari")}
          description={t("komunitas.forum.cariPetunjuk")}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          maxLength={200}
          style={{ flex: "2 1 240px" }}
        />
        <Select
          label={t("komunitas.forum.kategori")}
          clearable
          value={kategoriId}
          onChange={(v) => {
            setKategoriId(v);
            setPage(1);
          }}
          data={(kategori.data ?? []).map((k) => ({ value: k.id, label: `${k.nama} (${k.jumlahUtas})` }))}
          style={{ flex: "1 1 200px" }}
        />
        {!baru && <Button onClick={() => setBaru(true)}>{t("komunitas.forum.utasBaru")}</Button>}
      </Group>
      {kategori.data && kategori.data.length === 0 && (
        <Text c="dimmed">{t("komunitas.forum.tanpaKategori")}</Text>
      )}
      {baru && <FormUtas kategori={kategori.data ?? []} onBatal={() => setBaru(false)} />}
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.forum.kosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((u) => (
              <Card key={u.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2} className="teks-bebas">
                    <Anchor
                      href={`/forum/${u.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(`/forum/${u.id}`);
                      }}
                      fw={600}
                    >
                      {u.judul}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {nama(u.kategoriId)} · {u.penulis.nama} ·{" "}
                      {t("komunitas.forum.balasanN", { n: u.jumlahBalasan })} ·{" "}
                      {tgl(u.aktivitasTerakhir, true)}
                    </Text>
                  </Stack>
                  <Group gap={4}>
                    {u.terkunci && <Badge color="gray">{t("komunitas.forum.terkunci")}</Badge>}
                    {u.disembunyikan && <Badge color="red">{t("komunitas.forum.disembunyikan")}</Badge>}
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

export interface NilaiUtas {
  kategoriId: string | null;
  judul: string;
  isi: string;
}

/** A new thread in an active category; once sent, the thread opens. */
export function FormUtas({ kategori, onBatal }: { kategori: Kategori[]; onBatal: () => void }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const wajib = useWajib();
  const form = useForm<NilaiUtas>({
    initialValues: { kategoriId: null, judul: "", isi: "" },
    validate: { kategoriId: wajib, judul: wajib, isi: wajib },
  });
  return (
    <KartuForm
      judul={t("komunitas.forum.utasBaru")}
      form={form}
      labelKirim={t("komunitas.forum.kirim")}
      kirim={(v) => api<Utas>(url("/forum/utas"), { method: "POST", body: v })}
      onBerhasil={(u) => {
        qc.invalidateQueries({ queryKey: KUNCI });
        navigate(`/forum/${u.id}`);
      }}
      aksi={<TombolBatal onClick={onBatal} />}
    >
      <Select
        label={t("komunitas.forum.kategori")}
        required
        data={kategori.filter((k) => k.aktif).map((k) => ({ value: k.id, label: k.nama }))}
        {...form.getInputProps("kategoriId")}
      />
      <TextInput
        label={t("komunitas.forum.judulUtas")}
        description={jumlahKarakter(t, form.values.judul, 200)}
        maxLength={200}
        required
        {...form.getInputProps("judul")}
      />
      <Textarea
        label={t("komunitas.forum.isi")}
        description={t("komunitas.markdownPetunjuk")}
        maxLength={20000}
        autosize
        minRows={5}
        required
        {...form.getInputProps("isi")}
      />
    </KartuForm>
  );
}
