import { Badge, Button, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { konfirmasi, useKirimForm } from "../../components/kit/index.ts";
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
  const form = useForm<{ kampanyeId: string | null }>({ initialValues: { kampanyeId: null } });
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
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) => api<StatusSiklus>(url, { method: "POST", body: { kampanyeId: v.kampanyeId } }),
    onBerhasil: (r) => {
      simpan(r);
      form.reset();
    },
  });
  const lepas = (k: { id: string; nama: string }) =>
    konfirmasi({
      judul: t("program.kampanyeTertaut.lepasJudul"),
      pesan: t("program.kampanyeTertaut.lepasPesan", { nama: k.nama }),
      labelYa: t("program.kampanyeTertaut.lepas"),
      bahaya: true,
      aksi: async () => simpan(await api<StatusSiklus>(`${url}/${k.id}`, { method: "DELETE" })),
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
                      <Button size="xs" variant="default" onClick={() => lepas(k)}>
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
        <form onSubmit={onSubmit} noValidate>
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t("program.kampanyeTertaut.pilih")}
              placeholder={t("program.kampanyeTertaut.placeholder")}
              description={t("program.kampanyeTertaut.penjelasan")}
              data={(berkala.data ?? [])
                .filter((k) => !tertaut.has(k.id))
                .map((k) => ({ value: k.id, label: k.nama }))}
              {...form.getInputProps("kampanyeId")}
              style={{ flex: "1 1 240px" }}
            />
            <Button type="submit" variant="default" disabled={!form.values.kampanyeId} loading={sedang}>
              {t("program.tautkan")}
            </Button>
          </Group>
        </form>
      )}
      <GalatProgram error={galat} />
    </Stack>
  );
}
