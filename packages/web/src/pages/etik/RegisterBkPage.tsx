/**
 * The conflict-of-interest register (docs/kode-etik.md "Purpose limitation"):
 * for the agency admin, the PPK and APIP only — every declaration by unit and
 * status (each read audited), the requests to procurement and selection
 * panels, and the decision deadline in working days.
 */
import {
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { DialogForm, KartuForm, TabelBerhalaman } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type Status = "menunggu" | "diputuskan" | "nihil";

export function RegisterBkPage() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const [status, setStatus] = useState<Status | null>(null);
  const [page, setPage] = useState(1);
  const [minta, setMinta] = useState(false);
  const kunciQ = [...kunci.instansi(instansi.id), "benturan"];
  const q = useQuery({
    queryKey: [...kunciQ, "register", status, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/benturan-kepentingan", {
          params: {
            path: { instansiId: instansi.id },
            query: { page, pageSize: 50, status: status ?? undefined },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const permintaan = useQuery({
    queryKey: [...kunciQ, "permintaan"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/benturan-kepentingan/permintaan", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={2}>{t("etik.register.judul")}</Title>
          <Text c="gray.7" size="sm">
            {t("etik.register.subjudul")}
          </Text>
        </div>
        {punya("admin_instansi", "ppk") && (
          <Button onClick={() => setMinta(true)}>{t("etik.register.mintaBaru")}</Button>
        )}
      </Group>
      <Select
        label={t("etik.register.saringStatus")}
        clearable
        w={220}
        value={status}
        onChange={(v) => {
          setStatus(v as Status | null);
          setPage(1);
        }}
        data={(["menunggu", "diputuskan", "nihil"] as const).map((s) => ({
          value: s,
          label: t(`etik.bk.status.${s}`),
        }))}
      />
      <TabelBerhalaman
        query={q}
        label={t("etik.register.judul")}
        lebarMin={720}
        kosong={t("etik.register.kosong")}
        kunciBaris={(d) => d.id}
        onHalaman={setPage}
        kolom={[
          { judul: t("etik.bk.tanggal"), isi: (d) => d.tanggal, nowrap: true },
          { judul: t("etik.register.pegawai"), isi: (d) => `${d.pegawai.nama} (${d.pegawai.nip})` },
          { judul: t("etik.kelola.unit"), isi: (d) => d.unit ?? "—" },
          { judul: t("etik.bk.jenisLabel"), isi: (d) => t(`etik.bk.jenis.${d.jenis}`) },
          { judul: t("etik.bk.atasan"), isi: (d) => d.atasan?.nama ?? "—" },
          {
            judul: t("etik.register.status"),
            isi: (d) => (
              <Group gap={4}>
                <Badge variant="light">{t(`etik.bk.status.${d.status}`)}</Badge>
                {d.terlambat && <Badge color="red.9">{t("etik.bk.terlambat")}</Badge>}
              </Group>
            ),
          },
          {
            judul: t("etik.register.keputusan"),
            isi: (d) => (d.keputusan ? t(`etik.bk.keputusan.${d.keputusan}`) : "—"),
          },
        ]}
      />
      <Title order={3} size="h4">
        {t("etik.register.permintaan")}
      </Title>
      <QueryState query={permintaan}>
        {(d) => (
          <Stack gap="xs">
            {d.items.length === 0 && <Text c="gray.7">{t("etik.register.permintaanKosong")}</Text>}
            {d.items.map((p) => (
              <Card key={p.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Text fw={600}>{p.judul}</Text>
                  <Text size="sm">
                    {t("etik.register.menjawab", { a: p.jumlahMenjawab, n: p.jumlahPegawai })}
                  </Text>
                </Group>
                <Text size="sm" c="gray.7">
                  {t(`etik.bk.jenisPanel.${p.jenis}`)} · {p.tanggal}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      {punya("admin_instansi") && <Pengaturan />}
      {minta && (
        <DialogMinta
          onTutup={() => setMinta(false)}
          onBerhasil={async () => {
            setMinta(false);
            beritahuBerhasil(t("etik.register.mintaTerkirim"));
            await qc.invalidateQueries({ queryKey: kunciQ });
          }}
        />
      )}
    </Stack>
  );
}

function DialogMinta({ onTutup, onBerhasil }: { onTutup: () => void; onBerhasil: () => unknown }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [cari, setCari] = useState("");
  const [dikenal, setDikenal] = useState<Record<string, string>>({});
  const form = useForm({
    initialValues: { judul: "", jenis: "pengadaan", keterangan: "", pegawaiIds: [] as string[] },
    validate: {
      judul: (v) => (v.trim() ? null : t("etik.wajib")),
      pegawaiIds: (v) => (v.length > 0 ? null : t("etik.wajib")),
    },
  });
  const pegawai = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "pegawai", "cari", cari],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/pegawai", {
          params: {
            path: { instansiId: instansi.id },
            query: { q: cari || undefined, aktif: "true", pageSize: 20 },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const data = [
    ...form.values.pegawaiIds.map((id) => ({ value: id, label: dikenal[id] ?? id })),
    ...(pegawai.data?.items ?? [])
      .filter((p) => !form.values.pegawaiIds.includes(p.id))
      .map((p) => ({ value: p.id, label: `${p.nama} (${p.nip})` })),
  ];
  return (
    <DialogForm
      judul={t("etik.register.mintaBaru")}
      form={form}
      onTutup={onTutup}
      labelKirim={t("etik.register.kirimMinta")}
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/benturan-kepentingan/permintaan", {
            params: { path: { instansiId: instansi.id } },
            body: {
              judul: v.judul,
              jenis: v.jenis as "pengadaan" | "seleksi" | "lainnya",
              keterangan: v.keterangan || undefined,
              pegawaiIds: v.pegawaiIds,
            },
          }),
        )
      }
      onBerhasil={onBerhasil}
    >
      <TextInput
        label={t("etik.register.namaPanel")}
        required
        maxLength={200}
        {...form.getInputProps("judul")}
      />
      <Select
        label={t("etik.register.jenisPanel")}
        data={(["pengadaan", "seleksi", "lainnya"] as const).map((j) => ({
          value: j,
          label: t(`etik.bk.jenisPanel.${j}`),
        }))}
        {...form.getInputProps("jenis")}
      />
      <Textarea
        label={t("etik.register.keterangan")}
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps("keterangan")}
      />
      <MultiSelect
        label={t("etik.register.anggota")}
        required
        searchable
        searchValue={cari}
        onSearchChange={setCari}
        filter={({ options }) => options}
        data={data}
        {...form.getInputProps("pegawaiIds")}
        onChange={(ids) => {
          const label = Object.fromEntries(data.map((d) => [d.value, d.label]));
          setDikenal((x) => ({ ...x, ...Object.fromEntries(ids.map((i) => [i, label[i] ?? x[i] ?? i])) }));
          form.setFieldValue("pegawaiIds", ids);
        }}
      />
    </DialogForm>
  );
}

function Pengaturan() {
  const { instansi } = useSession();
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "benturan", "pengaturan"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/benturan-kepentingan/pengaturan", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  return <QueryState query={q}>{(d) => <FormPengaturan awal={d.tenggatHariKerja} />}</QueryState>;
}

function FormPengaturan({ awal }: { awal: number }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const form = useForm({ initialValues: { tenggatHariKerja: awal } });
  return (
    <KartuForm
      judul={t("etik.register.pengaturan")}
      keterangan={t("etik.register.pengaturanKet")}
      form={form}
      kirim={(v) =>
        isi(
          klien.PUT("/api/instansi/{instansiId}/benturan-kepentingan/pengaturan", {
            params: { path: { instansiId: instansi.id } },
            body: { tenggatHariKerja: Number(v.tenggatHariKerja) },
          }),
        )
      }
      onBerhasil={() => beritahuBerhasil(t("etik.register.pengaturanTersimpan"))}
    >
      <NumberInput
        label={t("etik.register.tenggatHariKerja")}
        min={1}
        max={60}
        {...form.getInputProps("tenggatHariKerja")}
      />
    </KartuForm>
  );
}
