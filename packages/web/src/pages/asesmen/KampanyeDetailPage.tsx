/**
 * One assessment campaign (docs/asesmen.md "Web"): its settings, activation,
 * cancel, invitations (email job progress, or "no SMTP" notice), new
 * participants, participants and the printable one-time token list.
 */
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { konfirmasi } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { useWaktu } from "../../lib/waktu.ts";
import type { HasilPesertaBaru, Kampanye, TokenCetak } from "./api.ts";
import { CetakToken } from "./CetakToken.tsx";
import { KampanyeDialog } from "./KampanyeDialog.tsx";
import { KELOLA, KeadaanBadge, Kemajuan, kunciKampanye } from "./kampanye-umum.tsx";
import { PesertaKampanye } from "./PesertaKampanye.tsx";
import { UndanganKampanye } from "./UndanganKampanye.tsx";

export function KampanyeDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const { instansi, punya } = useSession();
  const qc = useQueryClient();
  const boleh = punya(...KELOLA);
  const dasar = `/api/instansi/${instansi.id}/asesmen/kampanye/${id}`;
  const query = useQuery({
    queryKey: [...kunciKampanye(instansi.id), id],
    queryFn: () => api<Kampanye>(dasar),
  });
  const [ubah, setUbah] = useState(false);
  const [token, setToken] = useState<TokenCetak | null>(null);
  const [baru, setBaru] = useState<HasilPesertaBaru | null>(null);
  const segarkan = () => {
    qc.invalidateQueries({ queryKey: kunciKampanye(instansi.id) });
    qc.invalidateQueries({ queryKey: ["asesmen-undangan", dasar] });
    qc.invalidateQueries({ queryKey: ["asesmen-peserta", dasar] });
  };
  /** Asks first, then runs the action while the confirmation shows progress (and the refusal, if any). */
  async function tanya(a: "aktifkan" | "batalkan" | "token" | "pesertaBaru") {
    const ya = await konfirmasi({
      judul: t(`asesmen.tanya.${a}.judul`),
      pesan: t(`asesmen.tanya.${a}.pesan`),
      labelYa: t(`asesmen.tanya.${a}.ya`),
      bahaya: a === "batalkan",
      aksi: async () => {
        if (a === "token") {
          setToken(
            await api<TokenCetak>(`${dasar}/token`, { method: "POST", body: { sasaran: "tanpa_email" } }),
          );
        } else if (a === "pesertaBaru") {
          setBaru(await api<HasilPesertaBaru>(`${dasar}/peserta-baru`, { method: "POST" }));
        } else {
          await api(`${dasar}/${a}`, { method: "POST" });
        }
      },
    });
    if (ya) segarkan();
  }
  // Printed tokens for exactly the participants just added (the others' tokens stay valid).
  const cetakBaru = useMutation({
    mutationFn: async (ids: string[]) =>
      setToken(
        await api<TokenCetak>(`${dasar}/token`, {
          method: "POST",
          body: { sasaran: "pilihan", pesertaIds: ids },
        }),
      ),
    onSuccess: () => {
      setBaru(null);
      segarkan();
    },
  });
  if (token) return <CetakToken data={token} onTutup={() => setToken(null)} />;
  return (
    <QueryState query={query}>
      {(k) => (
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <Stack gap={0}>
              <Title order={2}>{k.nama}</Title>
              <Text size="sm" c="dimmed">
                {t(`asesmen.tujuanNilai.${k.tujuan}`)} · {k.formulirId} (
                {t("asesmen.nBlok", { n: k.jumlahBlok })}) · {t("asesmen.bankVersi", { v: k.bankVersi })}
              </Text>
            </Stack>
            <KeadaanBadge keadaan={k.keadaan} />
          </Group>
          {k.ujiCoba && <Alert color="orange">{t("asesmen.ujiCobaKet")}</Alert>}
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Text size="sm">
                {t("asesmen.jendela")}: {w.waktu(k.dibuka)} – {w.waktu(k.ditutup)}
              </Text>
              <Text size="sm">
                {t("asesmen.batasMenit")}:{" "}
                {k.batasMenit ? t("asesmen.nMenit", { n: k.batasMenit }) : t("asesmen.tanpaBatas")}
              </Text>
              <Text size="sm">
                {t("asesmen.populasi")}: {t(`asesmen.populasiJenis.${k.populasi.jenis}`)}
              </Text>
              <Text size="sm">
                {t("asesmen.persetujuan")}: {k.teksPersetujuan ? t("asesmen.ada") : t("asesmen.tidakAda")}
              </Text>
            </SimpleGrid>
          </Paper>
          {k.status !== "draf" && (
            <Paper withBorder p="md">
              <Title order={3} size="h5" mb="xs">
                {t("asesmen.partisipasi")}
              </Title>
              <Kemajuan k={k} />
            </Paper>
          )}
          {boleh && (
            <Group wrap="wrap">
              {k.status !== "dibatalkan" && (
                <Button variant="default" onClick={() => setUbah(true)}>
                  {t("asesmen.ubah")}
                </Button>
              )}
              {k.status === "draf" && (
                <Button onClick={() => tanya("aktifkan")}>{t("asesmen.aktifkan")}</Button>
              )}
              {k.status === "aktif" && (
                <Button variant="light" onClick={() => tanya("token")}>
                  {t("asesmen.buatToken")}
                </Button>
              )}
              {k.status === "aktif" && k.keadaan !== "ditutup" && (
                <Button variant="light" onClick={() => tanya("pesertaBaru")}>
                  {t("asesmen.pesertaBaru.tombol")}
                </Button>
              )}
              {k.status !== "dibatalkan" && (
                <Button color="red" variant="light" onClick={() => tanya("batalkan")}>
                  {t("asesmen.batalkan")}
                </Button>
              )}
            </Group>
          )}
          {baru && (
            <Alert
              color={baru.ditambahkan > 0 ? "green" : "blue"}
              role="status"
              withCloseButton
              onClose={() => setBaru(null)}
            >
              <Stack gap="xs">
                <Text size="sm">
                  {baru.ditambahkan > 0
                    ? t("asesmen.pesertaBaru.hasil", { n: baru.ditambahkan })
                    : t("asesmen.pesertaBaru.tidakAda")}
                </Text>
                {baru.tanpaEmailIds.length > 0 && (
                  <>
                    <Text size="sm">
                      {t("asesmen.pesertaBaru.perluToken", { n: baru.tanpaEmailIds.length })}
                    </Text>
                    <Group>
                      <Button
                        size="sm"
                        loading={cetakBaru.isPending}
                        onClick={() => cetakBaru.mutate(baru.tanpaEmailIds.slice(0, 5000))}
                      >
                        {t("asesmen.pesertaBaru.cetak", { n: baru.tanpaEmailIds.length })}
                      </Button>
                    </Group>
                  </>
                )}
                {cetakBaru.isError && <ErrorAlert error={cetakBaru.error} />}
              </Stack>
            </Alert>
          )}
          {k.status === "aktif" && <UndanganKampanye instansiId={instansi.id} dasar={dasar} boleh={boleh} />}
          {k.status !== "draf" && <PesertaKampanye dasar={dasar} />}
          {ubah && <KampanyeDialog kampanye={k} onTutup={() => setUbah(false)} />}
        </Stack>
      )}
    </QueryState>
  );
}
