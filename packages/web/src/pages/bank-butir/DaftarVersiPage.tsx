import {
  Anchor,
  Button,
  FileButton,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { unggahBerkas } from "../../api/unggah.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { kunciBank, URL_BANK, type VersiBank } from "./api.ts";
import { GalatIsian } from "./GalatIsian.tsx";
import { Gulir } from "./Gulir.tsx";
import { StatusVersiBadge } from "./StatusVersiBadge.tsx";

const UKURAN = 20;

/** Versions of the national item bank, newest first; the national evaluator creates drafts and imports. */
export function DaftarVersiPage() {
  const { t } = useTranslation();
  const w = useWaktu();
  const { punya } = useSession();
  const evaluator = punya("evaluator_nasional");
  const [page, setPage] = useState(1);
  const [buat, setBuat] = useState(false);
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: kunciBank.daftar(page),
    queryFn: ({ signal }) =>
      api<Halaman<VersiBank>>(`${URL_BANK}/versi`, { query: { page, pageSize: UKURAN }, signal }),
    placeholderData: keepPreviousData,
  });
  const impor = useMutation({
    mutationFn: (file: File) =>
      unggahBerkas<VersiBank & { galat: number }>(`${URL_BANK}/impor`, file, () => {}),
    onSuccess: async (v) => {
      beritahuBerhasil(t("bankButir.imporBerhasil", { versi: v.versi, galat: v.galat }));
      await qc.invalidateQueries({ queryKey: kunciBank.semua });
      navigate(`/bank-butir/${v.id}`);
    },
  });

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("bankButir.judul")}</Title>
        {evaluator && (
          <Group>
            <FileButton
              onChange={(f) => f && impor.mutate(f)}
              accept=".json,.zip,application/json,application/zip"
            >
              {(props) => (
                <Button variant="default" loading={impor.isPending} {...props}>
                  {t("bankButir.impor")}
                </Button>
              )}
            </FileButton>
            <Button onClick={() => setBuat(true)}>{t("bankButir.buatDraf")}</Button>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {evaluator ? t("bankButir.keteranganEvaluator") : t("bankButir.keteranganAdmin")}
      </Text>
      <ErrorAlert error={impor.error} title={t("bankButir.imporGagal")} />
      <GalatIsian error={impor.error} />
      <QueryState query={query} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Stack>
            <Gulir minWidth={560} label={t("bankButir.judul")}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("bankButir.versi")}</Table.Th>
                    <Table.Th>{t("bankButir.statusLabel")}</Table.Th>
                    <Table.Th>{t("bankButir.diubah")}</Table.Th>
                    <Table.Th>{t("bankButir.diterbitkan")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.items.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>
                        <Anchor
                          href={`/bank-butir/${v.id}`}
                          onClick={(e) => {
                            e.preventDefault();
                            navigate(`/bank-butir/${v.id}`);
                          }}
                        >
                          {v.versi}
                        </Anchor>
                        {v.bawaan && (
                          <Text span size="xs" c="dimmed" ml="xs">
                            {t("bankButir.bawaan")}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <StatusVersiBadge status={v.status} />
                      </Table.Td>
                      <Table.Td>{w.waktu(v.diubah)}</Table.Td>
                      <Table.Td>{v.diterbitkan ? w.waktu(v.diterbitkan) : "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Gulir>
            <Paginasi page={page} pageSize={UKURAN} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
      {buat && <BuatDrafDialog onTutup={() => setBuat(false)} />}
    </Stack>
  );
}

function BuatDrafDialog({ onTutup }: { onTutup: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const terbit = useQuery({
    queryKey: [...kunciBank.semua, "terbit-semua"],
    queryFn: () => api<Halaman<VersiBank>>(`${URL_BANK}/versi`, { query: { pageSize: 200 } }),
  });
  const pilihan = (terbit.data?.items ?? []).filter((v) => v.status === "terbit");
  const [asalId, setAsalId] = useState<string | null>(null);
  const [versi, setVersi] = useState("");
  const [catatan, setCatatan] = useState("");
  const simpan = useMutation({
    mutationFn: () =>
      api<VersiBank>(`${URL_BANK}/versi`, {
        method: "POST",
        body: { asalId: asalId ?? pilihan[0]?.id, versi: versi.trim(), catatan: catatan.trim() || undefined },
      }),
    onSuccess: async (v) => {
      beritahuBerhasil(t("bankButir.drafDibuat", { versi: v.versi }));
      await qc.invalidateQueries({ queryKey: kunciBank.semua });
      navigate(`/bank-butir/${v.id}`);
    },
  });
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    simpan.mutate();
  };
  return (
    <Modal
      opened
      onClose={onTutup}
      title={t("bankButir.buatDraf")}
      centered
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
    >
      <form onSubmit={kirim} noValidate>
        <Stack>
          <Select
            label={t("bankButir.asalVersi")}
            description={t("bankButir.asalPetunjuk")}
            data={pilihan.map((v) => ({ value: v.id, label: v.versi }))}
            value={asalId ?? pilihan[0]?.id ?? null}
            onChange={setAsalId}
            allowDeselect={false}
          />
          <TextInput
            label={t("bankButir.namaVersi")}
            description={t("bankButir.namaVersiPetunjuk")}
            required
            value={versi}
            onChange={(e) => setVersi(e.currentTarget.value)}
          />
          <Textarea
            label={t("bankButir.catatan")}
            value={catatan}
            onChange={(e) => setCatatan(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <ErrorAlert error={simpan.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onTutup}>
              {t("umum.batal")}
            </Button>
            <Button type="submit" loading={simpan.isPending} disabled={!versi.trim() || pilihan.length === 0}>
              {t("bankButir.buatDraf")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
