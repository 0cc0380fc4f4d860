/**
 * Managing the code of ethics (docs/kode-etik.md; Tabel 2 II): coverage per
 * unit (aggregated with k), the versions, drafting with a quiz, and adoption
 * by decree. Drafting and adoption for the agency admin and the supervision
 * team; reading for leaders, PPK and APIP.
 */
import { Badge, Button, Card, Group, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { DialogDraf, DialogTerbit } from "./DialogKodeEtik.tsx";

type Versi = Jawaban<"/api/instansi/{instansiId}/kode-etik">["items"][number];
const UKURAN = 20;

export function KelolaKodeEtikPage() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const kelola = punya("admin_instansi", "tim_supervisi");
  const [draf, setDraf] = useState<{ id?: string } | null>(null);
  const [terbit, setTerbit] = useState<Versi | null>(null);
  const kunciQ = [...kunci.instansi(instansi.id), "kode-etik"];
  const versi = useQuery({
    queryKey: [...kunciQ, "versi"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/kode-etik", { params: { path: { instansiId: instansi.id } } }),
      ),
  });
  const segarkan = async (pesan: string) => {
    beritahuBerhasil(pesan);
    await qc.invalidateQueries({ queryKey: kunciQ });
  };
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={2}>{t("etik.kelola.judul")}</Title>
          <Text c="gray.7" size="sm">
            {t("etik.kelola.subjudul")}
          </Text>
        </div>
        {kelola && <Button onClick={() => setDraf({})}>{t("etik.kelola.drafBaru")}</Button>}
      </Group>
      <Cakupan />
      <Title order={3} size="h4">
        {t("etik.kelola.versi")}
      </Title>
      <QueryState query={versi} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Stack gap="sm">
            {d.items.map((v) => (
              <Card key={v.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <div>
                    <Text fw={600}>{v.judul}</Text>
                    <Text size="sm" c="gray.7">
                      {v.status === "terbit"
                        ? t("etik.kode.versiSk", { versi: v.versi, nomor: v.nomorSk, tanggal: v.tanggalSk })
                        : t("etik.kelola.drafKet")}
                      {" · "}
                      {t("etik.kelola.jumlahSoal", { n: v.jumlahSoal, nilai: v.nilaiLulus })}
                    </Text>
                  </div>
                  <Group gap="xs">
                    <Badge color={v.status === "terbit" ? "teal.9" : "gray.7"}>
                      {t(`etik.kelola.status.${v.status}`)}
                    </Badge>
                    {v.adaBerkas && (
                      <Button
                        component="a"
                        size="xs"
                        variant="light"
                        href={`/api/instansi/${instansi.id}/kode-etik/${v.id}/berkas-sk`}
                      >
                        {t("etik.kelola.unduhSk")}
                      </Button>
                    )}
                    {kelola && v.status === "draf" && (
                      <>
                        <Button size="xs" variant="default" onClick={() => setDraf({ id: v.id })}>
                          {t("etik.kelola.ubah")}
                        </Button>
                        <Button size="xs" onClick={() => setTerbit(v)}>
                          {t("etik.kelola.terbitkan")}
                        </Button>
                      </>
                    )}
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      {draf && (
        <DialogDraf
          id={draf.id}
          onTutup={() => setDraf(null)}
          onBerhasil={async () => {
            setDraf(null);
            await segarkan(t("etik.kelola.drafTersimpan"));
          }}
        />
      )}
      {terbit && (
        <DialogTerbit
          v={terbit}
          onTutup={() => setTerbit(null)}
          onBerhasil={async () => {
            setTerbit(null);
            await segarkan(t("etik.kelola.terbitBerhasil"));
          }}
        />
      )}
    </Stack>
  );
}

function Cakupan() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "kode-etik", "cakupan"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/kode-etik/cakupan", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  return (
    <QueryState query={q}>
      {(c) => (
        <Card withBorder padding="sm">
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap">
              <Text fw={600}>{t("etik.kelola.cakupanJudul", { tahun: c.tahun })}</Text>
              <Text fz={24} fw={700}>
                {c.persen === null ? "—" : `${c.persen.toLocaleString("id-ID")}%`}
              </Text>
            </Group>
            <Text size="xs" c="gray.7">
              {t("etik.kelola.cakupanKet", { a: c.jumlahAtestasi, n: c.jumlahPegawai, k: c.k })}
            </Text>
            {/* scrolls sideways on a phone: focusable so a keyboard can scroll it too (WCAG 2.1.1) */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
            <section className="tabel-gulir" tabIndex={0} aria-label={t("etik.kelola.unit")}>
              <Table striped miw={420}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("etik.kelola.unit")}</Table.Th>
                    <Table.Th ta="right">{t("etik.kelola.pegawai")}</Table.Th>
                    <Table.Th ta="right">{t("etik.kelola.menyatakan")}</Table.Th>
                    <Table.Th w="35%">%</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.unit.slice((page - 1) * UKURAN, page * UKURAN).map((u) => (
                    <Table.Tr key={u.unitId ?? "-"}>
                      <Table.Td>{u.nama}</Table.Td>
                      <Table.Td ta="right">{u.jumlahPegawai}</Table.Td>
                      <Table.Td ta="right">
                        {u.disembunyikan ? t("etik.kelola.disembunyikan") : u.jumlahAtestasi}
                      </Table.Td>
                      <Table.Td>
                        {u.persen === null ? (
                          "—"
                        ) : (
                          <Group gap={6} wrap="nowrap">
                            <Progress value={u.persen} w={80} color="teal.9" aria-hidden />
                            <Text size="sm">{u.persen.toLocaleString("id-ID")}%</Text>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </section>
            <Paginasi page={page} pageSize={UKURAN} total={c.unit.length} onChange={setPage} />
          </Stack>
        </Card>
      )}
    </QueryState>
  );
}
