import { Badge, Button, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { Konfirmasi } from "../../components/Konfirmasi.tsx";
import { formatTanggal } from "../../lib/format.ts";
import { dasar, kunciProgram, PERAN_CATAT, type StatusSiklus } from "./api.ts";
import { GalatProgram } from "./Komponen.tsx";

/**
 * The campaigns the cycle is measured on, linked on purpose (docs/hasil.md
 * "Cycle and campaigns"): baseline, periodic follow-ups, final assessment;
 * the team links or unlinks a periodic campaign here.
 */
export function KampanyeTertaut({ s }: { s: StatusSiklus }) {
  const { t, i18n } = useTranslation();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const [pilih, setPilih] = useState<string | null>(null);
  const [lepas, setLepas] = useState<{ id: string; nama: string } | null>(null);
  const boleh = punya(...PERAN_CATAT) && s.posisi.tahap !== "selesai";
  const url = `${dasar(instansi.id)}/siklus/${s.id}/kampanye-berkala`;
  const berkala = useQuery({
    queryKey: [...kunciProgram.semua(instansi.id), "kampanye", "berkala"],
    queryFn: () =>
      api<{ id: string; nama: string; dirilis: string | null }[]>(`${dasar(instansi.id)}/kampanye`, {
        query: { tujuan: "berkala" },
      }),
    enabled: boleh,
  });
  const simpan = (r: StatusSiklus) => qc.setQueryData(kunciProgram.siklus(instansi.id, s.id), r);
  const tautkan = useMutation({
    mutationFn: () => api<StatusSiklus>(url, { method: "POST", body: { kampanyeId: pilih } }),
    onSuccess: (r) => {
      simpan(r);
      setPilih(null);
    },
  });
  const lepaskan = useMutation({
    mutationFn: (id: string) => api<StatusSiklus>(`${url}/${id}`, { method: "DELETE" }),
    onSuccess: (r) => {
      simpan(r);
      setLepas(null);
    },
  });
  const tertaut = new Set(s.kampanyeTertaut.map((k) => k.id));
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("program.kampanyeTertaut.judul")}
      </Title>
      {s.kampanyeTertaut.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("program.kampanyeTertaut.kosong")}
        </Text>
      ) : (
        <Table.ScrollContainer
          minWidth={360}
          scrollAreaProps={{
            viewportProps: { tabIndex: 0, role: "region", "aria-label": t("program.kampanyeTertaut.judul") },
          }}
        >
          <Table>
            <Table.Tbody>
              {s.kampanyeTertaut.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>
                    {k.nama}{" "}
                    {k.ukur && (
                      <Badge size="xs" color="green" variant="light" c="#1b5e20">
                        {t("program.kampanyeTertaut.diukur")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`program.kampanyeTertaut.sebagai.${k.sebagai}`)}</Table.Td>
                  <Table.Td>
                    {k.dirilis
                      ? t("program.dirilis", { tanggal: formatTanggal(k.dirilis, i18n.language) })
                      : t("program.belumDirilis")}
                  </Table.Td>
                  <Table.Td>
                    {boleh && k.sebagai === "berkala" && (
                      <Button size="xs" variant="default" onClick={() => setLepas(k)}>
                        {t("program.kampanyeTertaut.lepas")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {boleh && (
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t("program.kampanyeTertaut.pilih")}
            placeholder={t("program.kampanyeTertaut.placeholder")}
            description={t("program.kampanyeTertaut.penjelasan")}
            data={(berkala.data ?? [])
              .filter((k) => !tertaut.has(k.id))
              .map((k) => ({ value: k.id, label: k.nama }))}
            value={pilih}
            onChange={setPilih}
            style={{ flex: "1 1 240px" }}
          />
          <Button
            variant="default"
            disabled={!pilih}
            loading={tautkan.isPending}
            onClick={() => tautkan.mutate()}
          >
            {t("program.tautkan")}
          </Button>
        </Group>
      )}
      <GalatProgram error={tautkan.error ?? lepaskan.error} />
      <Konfirmasi
        opened={lepas !== null}
        judul={t("program.kampanyeTertaut.lepasJudul")}
        pesan={t("program.kampanyeTertaut.lepasPesan", { nama: lepas?.nama ?? "" })}
        labelYa={t("program.kampanyeTertaut.lepas")}
        sedang={lepaskan.isPending}
        error={lepaskan.error}
        onYa={() => lepas && lepaskan.mutate(lepas.id)}
        onBatal={() => setLepas(null)}
      />
    </Stack>
  );
}
