/**
 * The superior's to-do (docs/kode-etik.md): declarations of direct
 * subordinates to decide — no action, recusal, or reassignment — within the
 * deadline. Every read and decision is audited by the server.
 */
import { Button, Radio, SegmentedControl, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { DialogForm } from "../../components/kit/index.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { type Deklarasi, KartuDeklarasi } from "./bersama.tsx";

const UKURAN = 20;
const KEPUTUSAN = ["tanpa_tindakan", "pengunduran_diri", "penugasan_ulang"] as const;

export function KeputusanPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const [status, setStatus] = useState<"menunggu" | "diputuskan">("menunggu");
  const [page, setPage] = useState(1);
  const [dipilih, setDipilih] = useState<Deklarasi | null>(null);
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "benturan", "keputusan", status, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/benturan-kepentingan/keputusan", {
          params: { path: { instansiId: instansi.id }, query: { status, page, pageSize: UKURAN } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <div>
        <Title order={2}>{t("etik.keputusan.judul")}</Title>
        <Text c="gray.7" size="sm">
          {t("etik.keputusan.subjudul")}
        </Text>
      </div>
      <SegmentedControl
        value={status}
        onChange={(v) => {
          setStatus(v as typeof status);
          setPage(1);
        }}
        data={[
          { value: "menunggu", label: t("etik.bk.status.menunggu") },
          { value: "diputuskan", label: t("etik.bk.status.diputuskan") },
        ]}
      />
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("etik.keputusan.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((x) => (
              <KartuDeklarasi
                key={x.id}
                d={x}
                denganNama
                aksi={
                  x.status === "menunggu" && (
                    <Button size="xs" w="fit-content" onClick={() => setDipilih(x)}>
                      {t("etik.keputusan.putuskan")}
                    </Button>
                  )
                }
              />
            ))}
            <Paginasi page={page} pageSize={UKURAN} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
      {dipilih && (
        <DialogPutuskan
          d={dipilih}
          onTutup={() => setDipilih(null)}
          onBerhasil={async () => {
            setDipilih(null);
            beritahuBerhasil(t("etik.keputusan.tersimpan"));
            await qc.invalidateQueries({ queryKey: [...kunci.instansi(instansi.id), "benturan"] });
          }}
        />
      )}
    </Stack>
  );
}

function DialogPutuskan({
  d,
  onTutup,
  onBerhasil,
}: {
  d: Deklarasi;
  onTutup: () => void;
  onBerhasil: () => unknown;
}) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const form = useForm({
    initialValues: { keputusan: "", catatan: "" },
    validate: { keputusan: (v) => (v ? null : t("etik.wajib")) },
  });
  return (
    <DialogForm
      judul={`${t("etik.keputusan.putuskan")}: ${d.pegawai.nama}`}
      form={form}
      onTutup={onTutup}
      labelKirim={t("etik.keputusan.simpan")}
      kirim={(v) =>
        isi(
          klien.POST("/api/instansi/{instansiId}/benturan-kepentingan/keputusan/{id}", {
            params: { path: { instansiId: instansi.id, id: d.id } },
            body: { keputusan: v.keputusan as (typeof KEPUTUSAN)[number], catatan: v.catatan || undefined },
          }),
        )
      }
      onBerhasil={onBerhasil}
    >
      <Text size="sm">{d.uraian}</Text>
      <Radio.Group label={t("etik.keputusan.pilih")} required {...form.getInputProps("keputusan")}>
        <Stack gap={6} mt={6}>
          {KEPUTUSAN.map((k) => (
            <Radio key={k} value={k} label={t(`etik.bk.keputusan.${k}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t("etik.keputusan.catatan")}
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps("catatan")}
      />
    </DialogForm>
  );
}
