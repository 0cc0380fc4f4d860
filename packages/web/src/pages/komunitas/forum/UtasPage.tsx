/** One forum thread: the post, its attachments, the replies, moderation, reporting and replying. */
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, apiHeaders } from "../../../api/client.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { QueryState } from "../../../components/QueryState.tsx";
import { navigate } from "../../../lib/router.ts";
import { IsiHtml, UKURAN_HALAMAN, useTanggal, useUrl } from "../bersama.tsx";

import { FormBalasan } from "./FormBalasan.tsx";
import { LaporDialog } from "./LaporDialog.tsx";
import { KUNCI, type Utas, useModerator } from "./tipe.ts";

export function UtasPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const url = useUrl();
  const qc = useQueryClient();
  const tgl = useTanggal();
  const moderator = useModerator();
  const [page, setPage] = useState(1);
  const [lapor, setLapor] = useState<{ balasanId: string | null } | null>(null);
  const utas = useQuery({
    queryKey: [...KUNCI, "utas", id, page],
    queryFn: () => api<Utas>(url(`/forum/utas/${id}`), { query: { page, pageSize: UKURAN_HALAMAN } }),
  });
  const segarkan = () => qc.invalidateQueries({ queryKey: KUNCI });
  const moderasi = useMutation({
    mutationFn: (body: { disembunyikan?: boolean; terkunci?: boolean }) =>
      api(url(`/forum/utas/${id}/moderasi`), { method: "POST", body }),
    onSuccess: segarkan,
  });
  const moderasiBalasan = useMutation({
    mutationFn: (v: { id: string; disembunyikan: boolean }) =>
      api(url(`/forum/balasan/${v.id}/moderasi`), {
        method: "POST",
        body: { disembunyikan: v.disembunyikan },
      }),
    onSuccess: segarkan,
  });
  const unduh = async (l: { id: string; nama: string }) => {
    const res = await fetch(url(`/forum/lampiran/${l.id}`), {
      headers: apiHeaders("GET"),
      credentials: "same-origin",
    });
    const blob = await res.blob();
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = l.nama;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <Stack>
      <Anchor
        href="/forum"
        onClick={(e) => {
          e.preventDefault();
          navigate("/forum");
        }}
      >
        ← {t("komunitas.forum.kembali")}
      </Anchor>
      <QueryState query={utas}>
        {(u) => (
          <Stack>
            <Group justify="space-between" wrap="wrap">
              <Title order={2} className="teks-bebas">
                {u.judul}
              </Title>
              <Group gap={4}>
                {u.terkunci && <Badge color="gray">{t("komunitas.forum.terkunci")}</Badge>}
                {u.disembunyikan && <Badge color="red">{t("komunitas.forum.disembunyikan")}</Badge>}
              </Group>
            </Group>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {u.penulis.nama} (@{u.penulis.username})
              </Text>
              <IsiHtml html={u.html} />
              {u.lampiran.length > 0 && (
                <Stack gap={2} mt="xs">
                  <Text size="sm" fw={600}>
                    {t("komunitas.forum.lampiran")}
                  </Text>
                  {u.lampiran.map((l) => (
                    <Anchor key={l.id} component="button" type="button" size="sm" onClick={() => unduh(l)}>
                      {l.nama} ({Math.ceil(l.ukuran / 1024)} KB)
                    </Anchor>
                  ))}
                </Stack>
              )}
              <Group justify="flex-end" gap="xs" mt="xs">
                <Button size="xs" variant="subtle" onClick={() => setLapor({ balasanId: null })}>
                  {t("komunitas.forum.laporkan")}
                </Button>
                {moderator && (
                  <>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => moderasi.mutate({ terkunci: !u.terkunci })}
                    >
                      {u.terkunci ? t("komunitas.forum.buka") : t("komunitas.forum.kunci")}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color="red.9"
                      onClick={() => moderasi.mutate({ disembunyikan: !u.disembunyikan })}
                    >
                      {u.disembunyikan ? t("komunitas.forum.tampilkan") : t("komunitas.forum.sembunyikan")}
                    </Button>
                  </>
                )}
              </Group>
              <ErrorAlert error={moderasi.error} />
            </Card>
            {u.balasan.items.map((b) => (
              <Card key={b.id} withBorder ml="md" opacity={b.disembunyikan ? 0.5 : 1}>
                <Text size="sm" c="dimmed">
                  {b.penulis.nama} · {tgl(b.dibuat, true)}
                  {b.disembunyikan && ` · ${t("komunitas.forum.disembunyikan")}`}
                </Text>
                <IsiHtml html={b.html} />
                <Group justify="flex-end" gap="xs">
                  <Button size="xs" variant="subtle" onClick={() => setLapor({ balasanId: b.id })}>
                    {t("komunitas.forum.laporkan")}
                  </Button>
                  {moderator && (
                    <Button
                      size="xs"
                      variant="light"
                      color="red.9"
                      onClick={() => moderasiBalasan.mutate({ id: b.id, disembunyikan: !b.disembunyikan })}
                    >
                      {b.disembunyikan ? t("komunitas.forum.tampilkan") : t("komunitas.forum.sembunyikan")}
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
            <ErrorAlert error={moderasiBalasan.error} />
            <Paginasi
              page={u.balasan.page}
              pageSize={u.balasan.pageSize}
              total={u.balasan.total}
              onChange={setPage}
            />
            {u.terkunci ? (
              <Text c="dimmed">{t("komunitas.forum.terkunciPesan")}</Text>
            ) : (
              <FormBalasan utasId={id} onTerkirim={segarkan} />
            )}
          </Stack>
        )}
      </QueryState>
      {lapor && <LaporDialog utasId={id} balasanId={lapor.balasanId} onTutup={() => setLapor(null)} />}
    </Stack>
  );
}
