/** Stage transitions on the cycle dashboard; each asks for the date and a confirmation (they cannot be undone). */
import { Button, Group, Select, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { DialogForm, useKirimForm } from "../../components/kit/index.ts";
import { dasar, kunciProgram, PERAN_CATAT, type StatusSiklus } from "./api.ts";
import { GalatProgram } from "./Komponen.tsx";

type Jalur = "mulai-pelaksanaan" | "mulai-penilaian" | "tutup";

export function AksiTahap({ s }: { s: StatusSiklus }) {
  const { t } = useTranslation();
  const { punya } = useSession();
  const [buka, setBuka] = useState<Jalur | null>(null);
  const tahap = s.posisi.tahap;
  const tombol: { jalur: Jalur; label: string; boleh: boolean }[] = [];
  if (tahap === "persiapan")
    tombol.push({
      jalur: "mulai-pelaksanaan",
      label: t("program.mulaiPelaksanaan"),
      boleh: punya(...PERAN_CATAT),
    });
  if (tahap === "pelaksanaan")
    tombol.push({
      jalur: "mulai-penilaian",
      label: t("program.mulaiPenilaian"),
      boleh: punya(...PERAN_CATAT),
    });
  if (tahap === "penilaian")
    tombol.push({ jalur: "tutup", label: t("program.tutupSiklus"), boleh: punya("ppk") });
  return (
    <Stack gap="xs">
      {tahap === "penilaian" && punya("tim_supervisi") && <TautkanAsesmenAkhir s={s} />}
      {s.kampanyeAkhir && (
        <Text size="sm">
          {t("program.asesmenAkhir")}: {s.kampanyeAkhir.nama} ·{" "}
          {s.kampanyeAkhir.dirilis
            ? t("program.dirilis", { tanggal: s.kampanyeAkhir.dirilis })
            : t("program.belumDirilis")}
        </Text>
      )}
      <Group>
        {tombol
          .filter((x) => x.boleh)
          .map((x) => (
            <Button
              key={x.jalur}
              color={x.jalur === "tutup" ? "red.9" : undefined}
              onClick={() => setBuka(x.jalur)}
            >
              {x.label}
            </Button>
          ))}
      </Group>
      {buka && (
        <DialogUbahTahap
          s={s}
          jalur={buka}
          judul={tombol.find((x) => x.jalur === buka)?.label ?? ""}
          onTutup={() => setBuka(null)}
        />
      )}
    </Stack>
  );
}

/** Moves the cycle to its next stage (or closes it) on the date given. */
function DialogUbahTahap({
  s,
  jalur,
  judul,
  onTutup,
}: {
  s: StatusSiklus;
  jalur: Jalur;
  judul: string;
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const form = useForm({ initialValues: { tanggal: s.hariIni } });
  return (
    <DialogForm
      judul={judul}
      form={form}
      kirim={(v) =>
        api<StatusSiklus>(`${dasar(instansi.id)}/siklus/${s.id}/${jalur}`, {
          method: "POST",
          body: { tanggal: v.tanggal },
        })
      }
      onBerhasil={(r) => {
        qc.setQueryData(kunciProgram.siklus(instansi.id, s.id), r);
        qc.invalidateQueries({ queryKey: kunciProgram.semua(instansi.id) });
        onTutup();
      }}
      onTutup={onTutup}
      labelKirim={t("program.yaLanjutkan")}
      bahaya={jalur === "tutup"}
      tampilGalat={(galat) => <GalatProgram error={galat} />}
    >
      <Text size="sm">{t("program.konfirmasiTahap")}</Text>
      <InputTanggal
        label={t("program.tanggal")}
        maxDate={s.hariIni}
        {...form.getInputProps("tanggal")}
        value={form.getInputProps("tanggal").value as string}
      />
    </DialogForm>
  );
}

/** Links the final assessment campaign (BAB III.B.3) to the cycle. */
function TautkanAsesmenAkhir({ s }: { s: StatusSiklus }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const form = useForm<{ kampanyeId: string | null }>({
    initialValues: { kampanyeId: s.kampanyeAkhir?.id ?? null },
  });
  const kampanyeAkhir = useQuery({
    queryKey: [...kunciProgram.semua(instansi.id), "kampanye", "akhir"],
    queryFn: () =>
      api<{ id: string; nama: string; dirilis: string | null }[]>(`${dasar(instansi.id)}/kampanye`, {
        query: { tujuan: "akhir" },
      }),
  });
  const { onSubmit, sedang, galat } = useKirimForm(form, {
    kirim: (v) =>
      api<StatusSiklus>(`${dasar(instansi.id)}/siklus/${s.id}/asesmen-akhir`, {
        method: "PUT",
        body: { kampanyeId: v.kampanyeId },
      }),
    onBerhasil: (r) => qc.setQueryData(kunciProgram.siklus(instansi.id, s.id), r),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t("program.asesmenAkhir")}
            data={(kampanyeAkhir.data ?? []).map((k) => ({
              value: k.id,
              label: `${k.nama}${k.dirilis ? ` (${k.dirilis})` : ""}`,
            }))}
            {...form.getInputProps("kampanyeId")}
            style={{ flex: "1 1 240px" }}
          />
          <Button type="submit" variant="default" disabled={!form.values.kampanyeId} loading={sedang}>
            {t("program.tautkan")}
          </Button>
        </Group>
        <GalatProgram error={galat} />
      </Stack>
    </form>
  );
}
