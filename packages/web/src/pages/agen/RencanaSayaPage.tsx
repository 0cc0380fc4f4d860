import { Alert, Badge, Checkbox, Group, List, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { KehadiranRencana } from "./KehadiranRencana.tsx";
import { kunciAgen } from "./kunci.ts";

/** "Rencana saya": my sub-stage, my activities and guided assignments, and the sub-stage criteria I mark (BAB III.B.2). */
export function RencanaSayaPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const kunciR = [...kunciAgen(instansi.id), "rencana-saya"];
  const q = useQuery({
    queryKey: kunciR,
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/rencana/saya", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
    enabled: instansi.pegawai,
  });
  const centang = async (kode: string, tercapai: boolean) => {
    await isi(
      klien.PUT("/api/instansi/{instansiId}/rencana/saya/kriteria/{kode}", {
        params: { path: { instansiId: instansi.id, kode } },
        body: { tercapai },
      }),
    );
    beritahuBerhasil(t(tercapai ? "agen.rencana.berhasilCentang" : "agen.rencana.berhasilBatal"));
    await qc.invalidateQueries({ queryKey: kunciR });
  };
  const status = async (id: string, s: "rencana" | "berjalan" | "selesai") => {
    await isi(
      klien.PATCH("/api/instansi/{instansiId}/rencana/saya/kegiatan/{id}", {
        params: { path: { instansiId: instansi.id, id } },
        body: { status: s },
      }),
    );
    await qc.invalidateQueries({ queryKey: kunciR });
  };
  if (!instansi.pegawai) return <Alert>{t("agen.rencana.tanpaPegawai")}</Alert>;
  return (
    <Stack>
      <Title order={2}>{t("agen.rencana.judulSaya")}</Title>
      <QueryState query={q}>
        {(r) => (
          <Stack>
            <Paper withBorder p="md">
              <Text fw={600}>{t("agen.rencana.subtahap", { n: r.subtahap, nama: r.namaSubtahap })}</Text>
              <Text size="sm" c="dimmed">
                {r.profil.level === null
                  ? t("agen.rencana.tanpaHasil")
                  : t("agen.rencana.dariHasil", { level: r.profil.level, kampanye: r.profil.kampanye })}
              </Text>
              {r.profil.subDimensiTerlemah.length > 0 && (
                <Text size="sm" mt="xs">
                  {t("agen.rencana.terlemah")}: {r.profil.subDimensiTerlemah.map((s) => s.nama).join(", ")}
                </Text>
              )}
            </Paper>
            <KehadiranRencana k={r.kehadiran} />
            <Title order={3} size="h4">
              {t("agen.rencana.kegiatan")}
            </Title>
            {r.kegiatan.length === 0 ? (
              <Text size="sm" c="dimmed">
                {r.ditetapkan ? t("agen.rencana.kegiatanKosong") : t("agen.rencana.belumDitetapkan")}
              </Text>
            ) : (
              r.kegiatan.map((k) => (
                <Paper key={k.id} withBorder p="sm">
                  <Group justify="space-between" wrap="wrap">
                    <div>
                      <Text fw={600} size="sm">
                        {k.judul}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {k.jenis === "modul"
                          ? `${t("agen.rencana.modul")} ${k.kodeTemplat ?? ""}`
                          : `${t("agen.rencana.penugasan")} · ${t("agen.rencana.pembimbing")}: ${k.pembimbing ?? "–"}`}
                        {k.tenggat ? ` · ${t("agen.rencana.tenggat")} ${k.tenggat}` : ""}
                      </Text>
                    </div>
                    <Select
                      aria-label={`${t("agen.rencana.status")} ${k.judul}`}
                      w={150}
                      allowDeselect={false}
                      value={k.status}
                      data={["rencana", "berjalan", "selesai"].map((s) => ({
                        value: s,
                        label: t(`agen.rencana.statusKegiatan.${s}`),
                      }))}
                      onChange={(v) => v && status(k.id, v as "rencana" | "berjalan" | "selesai")}
                    />
                  </Group>
                </Paper>
              ))
            )}
            {!r.ditetapkan && (
              <Paper withBorder p="sm">
                <Text size="sm" fw={600}>
                  {t("agen.rencana.usulan", { tabel: 4 + r.subtahap })}
                </Text>
                <List size="sm">
                  {r.usulan.map((u) => (
                    <List.Item key={u.kode}>
                      {u.kegiatan} ({u.sumber})
                    </List.Item>
                  ))}
                </List>
              </Paper>
            )}
            <Title order={3} size="h4">
              {t("agen.rencana.kriteria")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("agen.rencana.kriteriaKet")}
            </Text>
            {r.kriteria.map((k) => (
              <Paper key={k.kode} withBorder p="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Checkbox
                    label={`${k.kode} · ${k.teks}`}
                    checked={k.dicentang}
                    onChange={(e) => centang(k.kode, e.currentTarget.checked)}
                  />
                  {k.dikonfirmasi && <Badge color="teal.9">{t("agen.rencana.dikonfirmasi")}</Badge>}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
