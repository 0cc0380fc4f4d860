import { Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, type Kiriman, klien } from "../../api/klien.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useKirimForm } from "../../components/kit/index.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";

const JALUR_PUTUS = "/api/instansi/{instansiId}/hasil/kampanye/{kampanyeId}/tinjauan/{pesertaId}" as const;
type Keputusan = Kiriman<typeof JALUR_PUTUS, "post">["keputusan"];
/** The server's least reason (`alasan` of the decision, docs/hasil.md "Review"). */
const ALASAN_MIN = 3;

/**
 * The queue of flagged answer patterns (docs/hasil.md "Review"): one reason
 * for the decisions, then per person "accept" (into the map) or "exclude".
 */
export function DaftarTinjauan({
  instansiId,
  kampanyeId,
  onBerubah,
}: {
  instansiId: string;
  kampanyeId: string;
  onBerubah: () => void;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const path = { instansiId, kampanyeId };
  const q = useQuery({
    queryKey: ["hasil", "tinjauan", instansiId, kampanyeId, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/hasil/kampanye/{kampanyeId}/tinjauan", {
          params: { path, query: { page, pageSize: 20 } },
        }),
      ),
  });
  const form = useForm({
    initialValues: { alasan: "" },
    validate: { alasan: (v) => (v.trim().length >= ALASAN_MIN ? null : t("hasil.kelola.alasanBantu")) },
  });
  // which row's button sent the form
  const pilihan = useRef<{ pesertaId: string; keputusan: Keputusan } | null>(null);
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: ({ alasan }) => {
      const p = pilihan.current as { pesertaId: string; keputusan: Keputusan };
      return isi(
        klien.POST(JALUR_PUTUS, {
          params: { path: { ...path, pesertaId: p.pesertaId } },
          body: { keputusan: p.keputusan, alasan },
        }),
      );
    },
    onBerhasil: () => {
      q.refetch();
      onBerubah();
    },
  });
  const kurang = form.values.alasan.trim().length < ALASAN_MIN;
  const tombol = (pesertaId: string, keputusan: Keputusan) => ({
    type: "submit" as const,
    size: "xs",
    variant: "light",
    disabled: kurang,
    loading: sedang && pilihan.current?.pesertaId === pesertaId && pilihan.current.keputusan === keputusan,
    onClick: () => {
      pilihan.current = { pesertaId, keputusan };
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Title order={3} size="h4">
          {t("hasil.kelola.tinjauan")}
        </Title>
        <Textarea
          label={t("hasil.kelola.alasan")}
          description={t("hasil.kelola.alasanBantu")}
          minRows={2}
          {...form.getInputProps("alasan")}
        />
        <ErrorAlert error={galat} />
        <QueryState query={q} isEmpty={(d) => d.items.length === 0}>
          {(d) => (
            <Stack>
              {d.items.map((r) => (
                <Paper key={r.pesertaId} withBorder p="sm">
                  <Group justify="space-between" wrap="wrap">
                    <div>
                      <Text fw={600}>
                        {r.nama}{" "}
                        <Text span size="xs" c="dimmed">
                          {r.nip}
                        </Text>
                      </Text>
                      {r.tanda.map((x) => (
                        <Text key={x.kode} size="sm">
                          {x.alasan}
                        </Text>
                      ))}
                    </div>
                    <Group gap="xs">
                      <Button {...tombol(r.pesertaId, "diterima")}>{t("hasil.kelola.terima")}</Button>
                      <Button {...tombol(r.pesertaId, "dikecualikan")} color="red">
                        {t("hasil.kelola.kecualikan")}
                      </Button>
                    </Group>
                  </Group>
                </Paper>
              ))}
              <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
            </Stack>
          )}
        </QueryState>
      </Stack>
    </form>
  );
}
