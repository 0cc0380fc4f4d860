import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { useKirimForm } from "../../components/kit/index.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { dasar, kunciProgram, PERAN_BACA, PERAN_KELOLA, type SiklusRingkas } from "./api.ts";
import { GalatProgram, Lencana } from "./Komponen.tsx";

const WARNA_TAHAP: Record<string, string> = {
  persiapan: "blue",
  pelaksanaan: "teal",
  penilaian: "grape",
  selesai: "gray",
};

export function LencanaTahap({ tahap }: { tahap: string }) {
  const { t } = useTranslation();
  return <Lencana warna={WARNA_TAHAP[tahap] ?? "gray"}>{t(`program.tahap.${tahap}`)}</Lencana>;
}

/** `/program`: the agency's cycles, and a form to start one. */
export function DaftarSiklusPage() {
  const { t } = useTranslation();
  const w = useWaktu();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const form = useForm({
    initialValues: { nama: `Program Integritas ${new Date().getFullYear()}` },
    validate: { nama: (v) => (v.trim() ? null : t("program.wajibDiisi")) },
  });
  const baca = punya(...PERAN_BACA);
  const q = useQuery({
    queryKey: [...kunciProgram.semua(instansi.id), "daftar", page],
    queryFn: () =>
      api<Halaman<SiklusRingkas>>(`${dasar(instansi.id)}/siklus`, { query: { page, pageSize: 20 } }),
    placeholderData: keepPreviousData,
  });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) =>
      api<{ id: string }>(`${dasar(instansi.id)}/siklus`, { method: "POST", body: { nama: v.nama.trim() } }),
    onBerhasil: (r) => {
      qc.invalidateQueries({ queryKey: kunciProgram.semua(instansi.id) });
      navigate(`/program/${r.id}`);
    },
  });
  const tujuan = (s: SiklusRingkas) => (baca ? `/program/${s.id}` : `/program/${s.id}/deklarasi`);
  return (
    <Stack>
      <Title order={2}>{t("program.judul")}</Title>
      <Text c="dimmed">{t("program.pengantar")}</Text>
      {punya(...PERAN_KELOLA) && (
        <Card withBorder>
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="xs">
              <Group align="flex-end" wrap="wrap">
                <TextInput
                  label={t("program.namaSiklus")}
                  description={t("program.namaSiklusPetunjuk")}
                  {...form.getInputProps("nama")}
                  error={form.values.nama.trim() === "" ? t("program.wajibDiisi") : form.errors.nama}
                  maxLength={200}
                  style={{ flex: "1 1 260px" }}
                />
                <Button type="submit" loading={sedang} disabled={!form.values.nama.trim()}>
                  {t("program.buatSiklus")}
                </Button>
              </Group>
              <GalatProgram error={galat} />
            </Stack>
          </form>
        </Card>
      )}
      {baca && (
        <Group>
          <Anchor
            href="/program/panduan"
            onClick={(e) => {
              e.preventDefault();
              navigate("/program/panduan");
            }}
          >
            {t("program.panduan.judul")}
          </Anchor>
        </Group>
      )}
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("program.belumAdaSiklus")} />}
      >
        {(d) => (
          <Stack gap="sm">
            <Table.ScrollContainer minWidth={520}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("program.namaSiklus")}</Table.Th>
                    <Table.Th>{t("program.tahapLabel")}</Table.Th>
                    <Table.Th>{t("program.mulaiPelaksanaan")}</Table.Th>
                    <Table.Th>{t("program.ditutup")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.items.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Anchor
                          href={tujuan(s)}
                          onClick={(e) => {
                            e.preventDefault();
                            navigate(tujuan(s));
                          }}
                        >
                          {s.nama}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <LencanaTahap tahap={s.tahap} />
                      </Table.Td>
                      <Table.Td>{w.tanggal(s.pelaksanaanMulai)}</Table.Td>
                      <Table.Td>{w.tanggal(s.ditutup)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
