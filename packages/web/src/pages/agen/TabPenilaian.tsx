import { Alert, Badge, Stack, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { TabelBerhalaman } from "../../components/kit/index.ts";
import { FormInstrumen } from "./FormInstrumen.tsx";
import { FormPenilaian } from "./FormPenilaian.tsx";
import { kunciAgen, type Ringkasan } from "./kunci.ts";
import { RenaksiSiklus } from "./RenaksiSiklus.tsx";

/** The instrument, the team's assessments, and each agent's Renaksi in the cycle (an agent sees their own). */
export function TabPenilaian({ ringkasan: r }: { ringkasan: Ringkasan }) {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const [page, setPage] = useState(1);
  const siklusId = r.siklus.id;
  const q = useQuery({
    queryKey: [...kunciAgen(instansi.id), "penilaian", siklusId, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/agen/penilaian/{siklusId}", {
          params: { path: { instansiId: instansi.id, siklusId }, query: { page, pageSize: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const tim = punya("tim_supervisi") && !r.siklus.ditutup;
  const ins = r.instrumen;
  return (
    <Stack>
      {tim && !ins?.terkunci && <FormInstrumen ringkasan={r} />}
      {ins ? (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t("agen.instrumen.judul")}{" "}
            {ins.terkunci && <Badge variant="light">{t("agen.instrumen.terkunci")}</Badge>}
          </Title>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="tabel-gulir" tabIndex={0} aria-label={t("agen.instrumen.judul")}>
            <Table striped miw={560}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("agen.instrumen.kode")}</Table.Th>
                  <Table.Th>{t("agen.instrumen.nama")}</Table.Th>
                  <Table.Th>{t("agen.instrumen.bobot")}</Table.Th>
                  <Table.Th>{t("agen.instrumen.rubrik")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ins.kriteria.map((k) => (
                  <Table.Tr key={k.kode}>
                    <Table.Td>{k.kode}</Table.Td>
                    <Table.Td>{k.nama}</Table.Td>
                    <Table.Td>{k.bobot}%</Table.Td>
                    <Table.Td>
                      <Text size="xs">{k.rubrik.map((x, i) => `${i + 1}: ${x}`).join(" · ")}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        </Stack>
      ) : (
        <Alert color="yellow">{t("agen.instrumen.belum")}</Alert>
      )}
      {tim && ins && <FormPenilaian key={ins.diubah} ringkasan={r} />}
      <TabelBerhalaman
        query={q}
        kunciBaris={(p) => p.id}
        onHalaman={setPage}
        label={t("agen.nilai.daftar")}
        kolom={[
          { judul: t("agen.nilai.agen"), isi: (p) => p.pegawai.nama },
          { judul: t("agen.nilai.periode"), isi: (p) => p.periode },
          { judul: t("agen.nilai.nilai"), isi: (p) => p.nilai.toFixed(2) },
          { judul: t("agen.nilai.rinci"), isi: (p) => p.skor.map((s) => `${s.kode}: ${s.level}`).join(", ") },
          { judul: t("agen.nilai.penilai"), isi: (p) => p.penilai ?? "–" },
        ]}
      />
      <RenaksiSiklus ringkasan={r} />
    </Stack>
  );
}
