/** The dialogs of a draft's forms: assemble the forms again, and change the statements of one block. */
import { NumberInput, Select, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { DialogForm } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { type DetailVersi, type FormulirPratinjau, kunciBank, type Temuan } from "./api.ts";
import { DaftarTemuan } from "./PernyataanDialog.tsx";

export type Blok = FormulirPratinjau["blok"][number];

export function SusunDialog({ versi, onTutup }: { versi: DetailVersi; onTutup: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [temuan, setTemuan] = useState<Temuan[] | null>(null);
  const form = useForm({ initialValues: { benih: 2026 as number | string, versiFormulir: "" } });
  return (
    <DialogForm
      judul={t("bankButir.susunUlang")}
      form={form}
      kirim={(v) =>
        isi(
          klien.POST("/api/bank-butir/versi/{id}/susun", {
            params: { path: { id: versi.id } },
            body: { benih: Number(v.benih), versiFormulir: v.versiFormulir.trim() },
          }),
        )
      }
      onBerhasil={async (r) => {
        beritahuBerhasil(t("bankButir.susunBerhasil", { formulir: r.formulir.join(", ") }));
        await qc.invalidateQueries({ queryKey: kunciBank.versi(versi.id) });
        if (r.temuan.length === 0) onTutup();
        else setTemuan(r.temuan);
      }}
      onTutup={onTutup}
      labelKirim={t("bankButir.susunUlang")}
      kirimNonaktif={!form.values.versiFormulir.trim()}
    >
      <Text size="sm">{t("bankButir.susunPetunjuk")}</Text>
      <NumberInput
        label={t("bankButir.benih")}
        min={0}
        step={1}
        allowDecimal={false}
        {...form.getInputProps("benih")}
      />
      <TextInput
        label={t("bankButir.versiFormulir")}
        description={t("bankButir.versiFormulirPetunjuk")}
        required
        {...form.getInputProps("versiFormulir")}
      />
      {temuan && <DaftarTemuan judul={t("bankButir.temuanServer")} temuan={temuan} />}
    </DialogForm>
  );
}

export function BlokDialog({
  versi,
  formulir,
  blok,
  onTutup,
}: {
  versi: DetailVersi;
  formulir: FormulirPratinjau;
  blok: Blok;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm({ initialValues: { pernyataan: blok.pernyataan.map((p) => p.id) } });
  const [temuan, setTemuan] = useState<Temuan[] | null>(null);
  const semua = useQuery({
    queryKey: [...kunciBank.versi(versi.id), "pernyataan", "semua"],
    queryFn: () =>
      isi(
        klien.GET("/api/bank-butir/versi/{id}/pernyataan", {
          params: { path: { id: versi.id }, query: { pageSize: 200 } },
        }),
      ),
  });
  const pilihan = (semua.data?.items ?? [])
    .filter((p) => p.status !== "ditarik")
    .map((p) => ({
      value: p.id,
      label: `${p.id} (${p.kunci === 1 ? "+" : "−"}, ${p.keinginanSosial}) ${p.teks}`,
    }));
  return (
    <DialogForm
      judul={t("bankButir.ubahBlok", { id: blok.id })}
      form={form}
      kirim={(v) =>
        isi(
          klien.PUT("/api/bank-butir/versi/{id}/formulir/{fid}/blok/{bid}", {
            params: { path: { id: versi.id, fid: formulir.id, bid: blok.id } },
            body: { pernyataan: v.pernyataan },
          }),
        )
      }
      onBerhasil={async (r) => {
        await qc.invalidateQueries({ queryKey: kunciBank.versi(versi.id) });
        setTemuan(r.temuan);
      }}
      onTutup={onTutup}
      ukuran="xl"
    >
      <Text size="sm" c="dimmed">
        {t("bankButir.ubahBlokPetunjuk")}
      </Text>
      {[0, 1, 2].map((k) => (
        <Select
          key={k}
          label={t("bankButir.pernyataanKe", { n: k + 1 })}
          searchable
          data={pilihan}
          {...form.getInputProps(`pernyataan.${k}`)}
          onChange={(x) => x && form.setFieldValue(`pernyataan.${k}`, x)}
          allowDeselect={false}
          nothingFoundMessage={t("umum.tidakAda")}
        />
      ))}
      {temuan && <DaftarTemuan judul={t("bankButir.temuanServer")} temuan={temuan} />}
    </DialogForm>
  );
}
