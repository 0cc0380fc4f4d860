import { Badge, Button, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { konfirmasi } from "../../components/kit/index.ts";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { BadgePeran, RiwayatPeranDialog, useAsalPeran } from "./AsalPeran.tsx";
import { PasswordSementaraDialog } from "./PasswordSementaraDialog.tsx";
import { PenggunaDialog } from "./PenggunaDialog.tsx";

type Pengguna = Jawaban<"/api/instansi/{instansiId}/pengguna">["items"][number];

export function PenggunaPage() {
  const { t } = useTranslation();
  const { instansi, sesi } = useSession();
  const query = useQuery({
    queryKey: kunci.pengguna(instansi.id),
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/pengguna", {
          params: { path: { instansiId: instansi.id }, query: { pageSize: 200 } },
        }),
      ),
  });
  const [cari, setCari] = useState("");
  const [q] = useDebouncedValue(cari.trim().toLowerCase(), 200);
  const [dialog, setDialog] = useState<{ jenis: "baru" } | { jenis: "peran"; pengguna: Pengguna } | null>(
    null,
  );
  const [riwayat, setRiwayat] = useState<Pengguna | null>(null);
  const asal = useAsalPeran(instansi.id);
  const [sementara, setSementara] = useState<{ pengguna: string; password: string } | null>(null);

  /** Asks first; the new temporary password is shown once. */
  const resetPassword = (p: Pengguna) =>
    konfirmasi({
      judul: t("pengguna.resetJudul"),
      pesan: t("pengguna.resetPesan", { nama: p.nama }),
      labelYa: t("pengguna.reset"),
      bahaya: true,
      aksi: async () => {
        const r = await isi(
          klien.POST("/api/instansi/{instansiId}/pengguna/{id}/reset-password", {
            params: { path: { instansiId: instansi.id, id: p.id } },
          }),
        );
        setSementara({ pengguna: p.username, password: r.passwordSementara });
      },
    });

  const terlihat = useMemo(() => {
    const semua = query.data?.items ?? [];
    return q ? semua.filter((p) => `${p.username} ${p.nama}`.toLowerCase().includes(q)) : semua;
  }, [query.data, q]);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t("pengguna.judul")}</Title>
        <Button onClick={() => setDialog({ jenis: "baru" })}>{t("pengguna.tambah")}</Button>
      </Group>
      <TextInput
        label={t("pengguna.cari")}
        value={cari}
        onChange={(e) => setCari(e.currentTarget.value)}
        maw={360}
      />
      <QueryState
        query={query}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("pengguna.kosong")} />}
      >
        {() =>
          terlihat.length === 0 ? (
            <Kosong pesan={t("pengguna.tidakCocok")} />
          ) : (
            <div className="tabel-gulir">
              <Table striped miw={680}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("pengguna.username")}</Table.Th>
                    <Table.Th scope="col">{t("pengguna.nama")}</Table.Th>
                    <Table.Th scope="col">{t("pengguna.peran")}</Table.Th>
                    <Table.Th scope="col">
                      <span className="sr-only">{t("pengguna.tindakan")}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {terlihat.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {p.username}
                        </Text>
                        {p.terkunci && (
                          <Badge color="red" variant="light" size="xs">
                            {t("pengguna.terkunci")}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{p.nama}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {p.peran.map((r) => (
                            <BadgePeran
                              key={r}
                              peran={r}
                              asal={asal.data?.find((a) => a.penggunaId === p.id && a.peran === r)}
                            />
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => setDialog({ jenis: "peran", pengguna: p })}
                            aria-label={t("pengguna.ubahPeranUntuk", { nama: p.nama })}
                          >
                            {t("pengguna.ubahPeran")}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => setRiwayat(p)}
                            aria-label={t("pengguna.riwayatUntuk", { nama: p.nama })}
                          >
                            {t("pengguna.riwayat")}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red.9"
                            c="red.9"
                            disabled={p.id === sesi.user.id}
                            onClick={() => resetPassword(p)}
                            aria-label={t("pengguna.resetUntuk", { nama: p.nama })}
                          >
                            {t("pengguna.reset")}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
      {dialog && (
        <PenggunaDialog
          instansiKode={instansi.kode}
          instansiId={instansi.id}
          pengguna={dialog.jenis === "peran" ? dialog.pengguna : null}
          onTutup={() => setDialog(null)}
          onPasswordSementara={(pengguna, password) => setSementara({ pengguna, password })}
        />
      )}
      {riwayat && (
        <RiwayatPeranDialog instansiId={instansi.id} pengguna={riwayat} onTutup={() => setRiwayat(null)} />
      )}
      {sementara && (
        <PasswordSementaraDialog
          pengguna={sementara.pengguna}
          password={sementara.password}
          onTutup={() => setSementara(null)}
        />
      )}
    </Stack>
  );
}
