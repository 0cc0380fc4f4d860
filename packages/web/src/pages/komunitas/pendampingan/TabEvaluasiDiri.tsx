/** The self-evaluation diary tab (Tabel 8): my entries, shared with a mentor or kept private. */
import { Badge, Button, Card, Group, Select, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { konfirmasi } from "../../../components/kit/index.ts";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../../lib/notifikasi.ts";
import { BukaFormBaru, Privasi, useHalaman, useTanggal, useUrl } from "../bersama.tsx";
import { FormEntri } from "./FormEntri.tsx";
import { type Entri, KUNCI, type Orang } from "./tipe.ts";

export function TabEvaluasiDiri({ pendamping }: { pendamping: Orang[] }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const [ubah, setUbah] = useState<string | null>(null);
  const q = useHalaman<Entri>([...KUNCI, "diri"], url("/evaluasi-diri"), page);
  const bagikan = useMutation({
    mutationFn: (v: { id: string; pendampingId: string | null }) =>
      api(url(`/evaluasi-diri/${v.id}/bagikan`), { method: "POST", body: { pendampingId: v.pendampingId } }),
    onSuccess: (_d, v) => {
      qc.invalidateQueries({ queryKey: KUNCI });
      beritahuBerhasil(
        v.pendampingId ? t("komunitas.evaluasiDiri.dibagikanOk") : t("komunitas.evaluasiDiri.ditarikOk"),
      );
    },
  });
  const hapus = async (e: Entri) => {
    const ya = await konfirmasi({
      judul: t("komunitas.evaluasiDiri.hapusJudul"),
      pesan: t("komunitas.evaluasiDiri.hapusPesan", { judul: e.judul }),
      labelYa: t("komunitas.hapus"),
      bahaya: true,
      aksi: () => api(url(`/evaluasi-diri/${e.id}`), { method: "DELETE" }),
    });
    if (ya) qc.invalidateQueries({ queryKey: KUNCI });
  };
  return (
    <Stack>
      <Privasi>{t("komunitas.evaluasiDiri.privasi")}</Privasi>
      <BukaFormBaru
        label={t("komunitas.evaluasiDiri.tulis")}
        form={(tutup) => <FormEntri onSelesai={tutup} />}
      />
      <ErrorAlert error={bagikan.error} />
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.evaluasiDiri.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((e) =>
              ubah === e.id ? (
                <FormEntri key={e.id} awal={e} onSelesai={() => setUbah(null)} />
              ) : (
                <Card key={e.id} withBorder>
                  <Stack gap={4}>
                    <Group justify="space-between">
                      <Text fw={600}>{e.judul}</Text>
                      <Text size="sm" c="dimmed">
                        {tgl(e.tanggal)}
                      </Text>
                    </Group>
                    <Group gap={4}>
                      {e.subdimensi.map((s) => (
                        <Badge key={s} variant="light">
                          {s}
                        </Badge>
                      ))}
                      <Badge color={e.dibagikanKe ? "orange" : "gray"} variant="outline">
                        {e.dibagikanKe
                          ? t("komunitas.evaluasiDiri.dibagikanKe", { nama: e.dibagikanKe.nama })
                          : t("komunitas.evaluasiDiri.pribadi")}
                      </Badge>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {e.isi}
                    </Text>
                    <Group gap="xs" justify="flex-end" wrap="wrap">
                      {e.dibagikanKe ? (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => bagikan.mutate({ id: e.id, pendampingId: null })}
                        >
                          {t("komunitas.evaluasiDiri.tarik")}
                        </Button>
                      ) : (
                        <Select
                          size="xs"
                          aria-label={t("komunitas.evaluasiDiri.bagikanKe")}
                          placeholder={
                            pendamping.length
                              ? t("komunitas.evaluasiDiri.bagikanKe")
                              : t("komunitas.evaluasiDiri.tanpaPendamping")
                          }
                          disabled={pendamping.length === 0}
                          data={pendamping.map((p) => ({ value: p.id, label: p.nama }))}
                          value={null}
                          onChange={(v) => v && bagikan.mutate({ id: e.id, pendampingId: v })}
                        />
                      )}
                      <Button size="xs" variant="default" onClick={() => setUbah(e.id)}>
                        {t("komunitas.ubah")}
                      </Button>
                      <Button size="xs" variant="subtle" color="red.9" onClick={() => hapus(e)}>
                        {t("komunitas.hapus")}
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              ),
            )}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
