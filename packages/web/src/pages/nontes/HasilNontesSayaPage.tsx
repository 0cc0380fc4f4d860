import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";

type Periode = Jawaban<"/api/instansi/{instansiId}/nontes/saya">["periode"][number];

/**
 * The employee's non-test result: the combined level per factor with the
 * sources it came from, and what raters said in aggregate per rater kind,
 * withheld under the minimum (every read is audited by the server).
 */
export function HasilNontesSayaPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "nontes", "saya"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/saya", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  return (
    <Stack>
      <div>
        <Title order={2}>{t("nontes.saya.judul")}</Title>
        <Text c="dimmed" size="sm">
          {t("nontes.saya.subjudul")}
        </Text>
      </div>
      <QueryState
        query={q}
        isEmpty={(d) => d.periode.length === 0}
        empty={<Kosong pesan={t("nontes.saya.kosong")} />}
      >
        {(d) => (
          <Stack>
            {d.periode.map((p) => (
              <KartuPeriode key={p.id} p={p} minimal={d.minimalPenilai} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function KartuPeriode({ p, minimal }: { p: Periode; minimal: number }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {p.judul}
        </Title>
        {p.hasil ? (
          <>
            <Group gap="xs">
              <Text fw={600}>{t("nontes.saya.levelAkhir")}:</Text>
              <Badge size="lg" data-testid="level-akhir">
                {t("nontes.level", { level: p.hasil.levelAkhir })}
              </Badge>
              {p.hasil.tinjauan === "menunggu" && <Badge color="orange.9">{t("nontes.saya.ditinjau")}</Badge>}
            </Group>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("nontes.faktor")}</Table.Th>
                  <Table.Th>{t("nontes.saya.level")}</Table.Th>
                  <Table.Th>{t("nontes.saya.sumber")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.hasil.faktor.map((f) => (
                  <Table.Tr key={f.faktor}>
                    <Table.Td>{t(`nontes.namaFaktor.${f.faktor}`)}</Table.Td>
                    <Table.Td>{f.level}</Table.Td>
                    <Table.Td data-testid={`sumber-${f.faktor}`}>
                      {f.sumber
                        .map(
                          (s) =>
                            `${t(`nontes.sumber.${s.sumber}`)} (${t("nontes.level", { level: s.level })})`,
                        )
                        .join(", ")}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" c="dimmed">
              {t(`nontes.aturan.${p.hasil.faktor[0]?.aturan ?? "selisih"}`)}
            </Text>
            <Title order={4} size="h5">
              {t("nontes.saya.kualitas")}
            </Title>
            <Text size="sm" data-testid="kualitas">
              {p.hasil.kualitas
                .map((k) => `${t(`nontes.namaKualitas.${k.kode}`)}: ${k.level ?? "–"}`)
                .join(" · ")}
            </Text>
          </>
        ) : (
          <Text c="dimmed">{t("nontes.saya.belumDihitung")}</Text>
        )}
        <Title order={4} size="h5">
          {t("nontes.saya.agregat")}
        </Title>
        {p.agregat.map((a) =>
          a.ditahan ? (
            <Alert key={a.jenis} color="gray" variant="light" data-testid={`agregat-${a.jenis}`}>
              {t(`nontes.jenis.${a.jenis}`)}: {t("nontes.saya.ditahan", { minimal })}
            </Alert>
          ) : (
            <div key={a.jenis} data-testid={`agregat-${a.jenis}`}>
              <Text fw={600}>
                {t(`nontes.jenis.${a.jenis}`)} · {t("nontes.saya.penilai", { n: a.penilai })}
              </Text>
              <Text size="sm">
                {a.butir
                  .filter((b) => b.rerata !== null)
                  .map((b) => `${b.butir} ${((b.rerata as number) + 1).toFixed(1)}`)
                  .join(" · ")}
              </Text>
            </div>
          ),
        )}
      </Stack>
    </Paper>
  );
}
