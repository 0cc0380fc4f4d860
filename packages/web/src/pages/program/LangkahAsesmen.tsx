/** Step 3 of Tabel 3: the initial assessment campaign the cycle measures from. */
import { Select, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { dasar, kunciProgram } from "./api.ts";
import { DialogLangkah, type PropsLangkah } from "./DialogLangkah.tsx";

export function LangkahAsesmen({ s, onTutup }: PropsLangkah) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const form = useForm<{ kampanyeId: string | null }>({
    initialValues: { kampanyeId: (s.keluaran.asesmen_awal?.kampanyeId as string) ?? null },
  });
  const q = useQuery({
    queryKey: [...kunciProgram.semua(instansi.id), "kampanye", "awal"],
    queryFn: () =>
      api<{ id: string; nama: string; status: string; dirilis: string | null }[]>(
        `${dasar(instansi.id)}/kampanye`,
        { query: { tujuan: "awal" } },
      ),
  });
  return (
    <DialogLangkah
      kode="asesmen_awal"
      s={s}
      form={form}
      isi={(v) => ({ kampanyeId: v.kampanyeId ?? "" })}
      onTutup={onTutup}
    >
      <Text size="sm" c="dimmed">
        {t("program.asesmenAwalPetunjuk")}
      </Text>
      <Select
        label={t("program.kampanyeAwal")}
        withAsterisk
        {...form.getInputProps("kampanyeId")}
        data={(q.data ?? []).map((k) => ({
          value: k.id,
          label: `${k.nama} — ${k.dirilis ? t("program.dirilis", { tanggal: k.dirilis }) : t("program.belumDirilis")}`,
        }))}
        nothingFoundMessage={t("program.tidakAdaKampanye")}
      />
    </DialogLangkah>
  );
}
