/** The cycle's settings on its dashboard (the change-agent target). */
import { Alert, NumberInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { KartuForm } from "../../components/kit/index.ts";
import { dasar, kunciProgram, type StatusSiklus } from "./api.ts";
import { GalatProgram } from "./Komponen.tsx";

export function KonfigurasiSiklus({ s }: { s: StatusSiklus }) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const qc = useQueryClient();
  const [tersimpan, setTersimpan] = useState(false);
  const form = useForm<{ target: number | string }>({
    initialValues: { target: s.konfigurasi.targetAgenPerubahan ?? "" },
    onValuesChange: () => setTersimpan(false),
  });
  return (
    <KartuForm
      judul={t("program.konfigurasi")}
      form={form}
      kirim={(v) =>
        api<StatusSiklus>(`${dasar(instansi.id)}/siklus/${s.id}`, {
          method: "PATCH",
          body: {
            konfigurasi: {
              ...s.konfigurasi,
              targetAgenPerubahan: typeof v.target === "number" ? v.target : undefined,
            },
          },
        })
      }
      onBerhasil={(r) => {
        qc.setQueryData(kunciProgram.siklus(instansi.id, s.id), r);
        setTersimpan(true);
      }}
      tampilGalat={(galat) => <GalatProgram error={galat} />}
    >
      <NumberInput
        label={t("program.targetAp")}
        description={t("program.targetApPetunjuk")}
        min={1}
        max={100000}
        {...form.getInputProps("target")}
      />
      {tersimpan && <Alert color="teal">{t("program.tersimpan")}</Alert>}
    </KartuForm>
  );
}
