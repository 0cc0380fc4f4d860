import { Alert, Anchor, Button, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import type { IsiLke } from "@nurani/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { isi as isiJawaban, type Kiriman, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { konfirmasi } from "../../components/kit/index.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { kunciLke, type VersiPenuh } from "./api.ts";
import { BuatDrafDialog } from "./BuatDrafDialog.tsx";
import { EditorLke } from "./EditorLke.tsx";
import { periksaIsi } from "./galat-isi.ts";
import { KeadaanBadge } from "./KeadaanBadge.tsx";
import { PratinjauSkor } from "./PratinjauSkor.tsx";
import { type Isi, salinIsi } from "./ubah-isi.ts";

/** One worksheet version: edited while a draft, read-only once submitted or published. */
export function VersiLkePage({ versi }: { versi: string }) {
  const query = useQuery({
    queryKey: kunciLke.versi(versi),
    queryFn: ({ signal }) =>
      isiJawaban(klien.GET("/api/evaluasi/lke/{versi}", { params: { path: { versi } }, signal })),
  });
  // a new state starts the editor afresh; a refetch while editing keeps what is typed
  return (
    <QueryState query={query}>{(v) => <HalamanVersi key={`${v.versi}/${v.status}`} v={v} />}</QueryState>
  );
}

function HalamanVersi({ v }: { v: VersiPenuh }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const qc = useQueryClient();
  const { sesi } = useSession();
  const [isi, setIsi] = useState<Isi>(() => salinIsi(v.isi as IsiLke));
  const [tersimpan, setTersimpan] = useState(() => JSON.stringify(v.isi));
  const [turunan, setTurunan] = useState(false);
  const draf = v.status === "draf";
  const cek = useMemo(() => periksaIsi(isi), [isi]);
  const berubah = draf && JSON.stringify(isi) !== tersimpan;
  const saya = sesi.user.id;
  const penyusun = [v.dibuatOleh?.id, v.diajukanOleh?.id, ...v.penyunting.map((p) => p.id)].includes(saya);

  const segarkan = async (baru: VersiPenuh) => {
    qc.setQueryData(kunciLke.versi(v.versi), baru);
    await qc.invalidateQueries({ queryKey: kunciLke.semua, refetchType: "all" });
  };
  const path = { params: { path: { versi: v.versi } } };
  // the domain's readonly shapes are the contract's (skemaIsiLke infers the same types)
  const badan = () => ({ isi: isi as unknown as Kiriman<"/api/evaluasi/lke/{versi}", "put">["isi"] });
  const simpan = useMutation({
    mutationFn: () => isiJawaban(klien.PUT("/api/evaluasi/lke/{versi}", { ...path, body: badan() })),
    onSuccess: (baru) => {
      setTersimpan(JSON.stringify(isi));
      beritahuBerhasil(t("lke.tersimpan"));
      qc.setQueryData(kunciLke.versi(v.versi), baru);
    },
  });
  const ajukan = useMutation({
    mutationFn: async () => {
      if (berubah) await isiJawaban(klien.PUT("/api/evaluasi/lke/{versi}", { ...path, body: badan() }));
      return isiJawaban(klien.POST("/api/evaluasi/lke/{versi}/ajukan", path));
    },
    onSuccess: async (baru) => {
      beritahuBerhasil(t("lke.diajukanBerhasil", { versi: v.versi }));
      await segarkan(baru);
    },
  });
  const kembalikan = useMutation({
    mutationFn: () => isiJawaban(klien.POST("/api/evaluasi/lke/{versi}/kembalikan", path)),
    onSuccess: segarkan,
  });
  const terbitkan = async () => {
    await konfirmasi({
      judul: t("lke.terbitkanJudul", { versi: v.versi }),
      pesan: t("lke.terbitkanPesan"),
      labelYa: t("lke.terbitkan"),
      aksi: async () => {
        const baru = await isiJawaban(klien.POST("/api/evaluasi/lke/{versi}/terbitkan", path));
        beritahuBerhasil(t("lke.terbitBerhasil", { versi: v.versi }));
        await segarkan(baru);
      },
    });
  };

  const orang = (o: { nama: string } | null) => o?.nama ?? t("lke.sistem");
  return (
    <Stack>
      <Anchor
        href="/lke"
        size="sm"
        onClick={(e) => {
          e.preventDefault();
          navigate("/lke");
        }}
      >
        ← {t("lke.kembaliKeDaftar")}
      </Anchor>
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{t("lke.versiJudul", { versi: v.versi })}</Title>
            <KeadaanBadge keadaan={v.keadaan} />
          </Group>
          <Text size="sm" c="dimmed">
            {t("lke.disusunOleh", { nama: orang(v.dibuatOleh) })}
            {v.penyunting.length > 1 &&
              ` · ${t("lke.penyunting", { nama: v.penyunting.map((p) => p.nama).join(", ") })}`}
            {v.diajukanOleh && ` · ${t("lke.diajukanOleh", { nama: v.diajukanOleh.nama })}`}
            {v.status === "terbit" &&
              ` · ${t("lke.diterbitkanOleh", { nama: orang(v.diterbitkanOleh), tanggal: v.diterbitkan ? w.tanggal(v.diterbitkan) : "—" })}`}
          </Text>
          {v.catatan && (
            <Text size="sm" className="teks-bebas">
              {v.catatan}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="wrap">
          {draf && (
            <>
              <Button
                variant="default"
                loading={simpan.isPending}
                disabled={!berubah}
                onClick={() => simpan.mutate()}
              >
                {t("lke.simpan")}
              </Button>
              <Button loading={ajukan.isPending} disabled={cek.jumlah > 0} onClick={() => ajukan.mutate()}>
                {t("lke.ajukan")}
              </Button>
            </>
          )}
          {v.status === "tinjauan" && (
            <>
              <Button variant="default" loading={kembalikan.isPending} onClick={() => kembalikan.mutate()}>
                {t("lke.kembalikan")}
              </Button>
              <Button disabled={penyusun} onClick={terbitkan}>
                {t("lke.terbitkan")}
              </Button>
            </>
          )}
          {v.status === "terbit" && <Button onClick={() => setTurunan(true)}>{t("lke.drafDariIni")}</Button>}
        </Group>
      </Group>
      <Keterangan v={v} penyusun={penyusun} jumlahMasalah={cek.jumlah} berubah={berubah} />
      <ErrorAlert error={simpan.error ?? ajukan.error ?? kembalikan.error} />
      <Tabs defaultValue="isi" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="isi">{t("lke.tabIsi")}</Tabs.Tab>
          <Tabs.Tab value="rumus">{t("lke.tabRumus")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="isi" pt="md">
          <EditorLke
            kx={{
              ubah: (f) =>
                setIsi((x) => {
                  const n = structuredClone(x);
                  f(n);
                  return n;
                }),
              cek,
              bacaSaja: !draf,
            }}
            isi={isi}
          />
        </Tabs.Panel>
        <Tabs.Panel value="rumus" pt="md">
          <PratinjauSkor isi={isi} />
        </Tabs.Panel>
      </Tabs>
      {turunan && <BuatDrafDialog dari={v.versi} onTutup={() => setTurunan(false)} />}
    </Stack>
  );
}

/** What the state allows, and why publishing is not offered to the version's own writers (four eyes). */
function Keterangan({
  v,
  penyusun,
  jumlahMasalah,
  berubah,
}: {
  v: VersiPenuh;
  penyusun: boolean;
  jumlahMasalah: number;
  berubah: boolean;
}) {
  const { t } = useTranslation();
  if (v.status === "draf")
    return (
      <Alert color={jumlahMasalah > 0 ? "orange" : "blue"} variant="light">
        <Text size="sm">{t("lke.ketDraf")}</Text>
        <Text size="sm" fw={600} mt={4}>
          {jumlahMasalah > 0 ? t("lke.masihAdaMasalah", { count: jumlahMasalah }) : t("lke.siapDiajukan")}
          {berubah && ` ${t("lke.belumDisimpan")}`}
        </Text>
      </Alert>
    );
  if (v.status === "tinjauan")
    return (
      <Alert color={penyusun ? "orange" : "blue"} variant="light">
        <Text size="sm">{t("lke.ketTinjauan")}</Text>
        {penyusun && (
          <Text size="sm" fw={600} mt={4}>
            {t("lke.empatMata")}
          </Text>
        )}
      </Alert>
    );
  return (
    <Alert color="gray" variant="light">
      <Text size="sm">{v.keadaan === "aktif" ? t("lke.ketAktif") : t("lke.ketDigantikan")}</Text>
    </Alert>
  );
}
