/** Step 5 of Tabel 3: the training plan (curriculum document and modules with their schedule). */
import { ActionIcon, Button, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { KEGIATAN_SUBTAHAP } from "@nurani/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useSession } from "../../auth/session.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { dasar } from "./api.ts";
import { awal, DialogLangkah, type PropsLangkah, TanggalDokumen } from "./DialogLangkah.tsx";
import { GalatProgram } from "./Komponen.tsx";

interface ModulIsi {
  kode: string;
  judul: string;
  subtahap: number;
  templat?: string;
  tujuan: string[];
  cara: string[];
  media: string[];
  sasaranUnit: string[];
  jadwal?: { mulai: string; selesai: string };
}

interface NilaiPelatihan {
  dokumenId: string;
  tanggal: string;
  modul: ModulIsi[];
}

export function LangkahPelatihan({ s, onTutup }: PropsLangkah) {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const form = useForm<NilaiPelatihan>({
    initialValues: awal(s, "rencana_pelatihan", { dokumenId: "", tanggal: "", modul: [] as ModulIsi[] }),
  });
  const modul = form.values.modul;
  const [muat, setMuat] = useState<unknown>(null);
  const ubah = (i: number, x: Partial<ModulIsi>) =>
    form.setFieldValue(
      "modul",
      modul.map((y, j) => (j === i ? { ...y, ...x } : y)),
    );
  const ambilDraf = async () => {
    setMuat(null);
    try {
      const d = await api<ModulIsi[]>(
        `${dasar(instansi.id)}/siklus/${s.id}/persiapan/rencana_pelatihan/draf-modul`,
      );
      form.setFieldValue(
        "modul",
        d.map((m) => ({ ...m, jadwal: { mulai: "", selesai: "" } })),
      );
    } catch (e) {
      setMuat(e);
    }
  };
  return (
    <DialogLangkah
      kode="rencana_pelatihan"
      s={s}
      form={form}
      isi={(v) => ({
        dokumenId: v.dokumenId,
        tanggal: v.tanggal,
        modul: v.modul.map((m) => ({ ...m, jadwal: m.jadwal ?? { mulai: "", selesai: "" } })),
      })}
      onTutup={onTutup}
    >
      <Text size="sm" c="dimmed">
        {t("program.pelatihanPetunjuk")}
      </Text>
      <Group grow wrap="wrap" align="flex-start">
        <TanggalDokumen
          s={s}
          form={form}
          labelTanggal={t("program.tanggal")}
          labelDokumen={t("program.dokumenKurikulum")}
        />
      </Group>
      <Button variant="light" onClick={ambilDraf}>
        {t("program.ambilDrafModul")}
      </Button>
      <GalatProgram error={muat} />
      {modul.map((m, i) => (
        <Stack
          key={m.kode}
          gap={4}
          p="sm"
          style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 8 }}
        >
          <Group justify="space-between" wrap="nowrap">
            <TextInput
              aria-label={t("program.judulModul")}
              value={m.judul}
              maxLength={300}
              onChange={(e) => ubah(i, { judul: e.currentTarget.value })}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("program.hapus")}
              onClick={() => form.removeListItem("modul", i)}
            >
              ×
            </ActionIcon>
          </Group>
          <Text size="xs" c="dimmed">
            {t("program.subtahapN", { n: m.subtahap })}
            {m.templat
              ? ` · ${KEGIATAN_SUBTAHAP.find((k) => k.kode === m.templat)?.sumber ?? m.templat}`
              : ""}{" "}
            · {t("program.jumlahUnit", { n: m.sasaranUnit.length })}
          </Text>
          <Textarea
            label={t("program.tujuan")}
            autosize
            minRows={1}
            value={m.tujuan.join("\n")}
            onChange={(e) => ubah(i, { tujuan: e.currentTarget.value.split("\n").filter(Boolean) })}
          />
          <Group grow wrap="wrap">
            <InputTanggal
              label={t("program.jadwalMulai")}
              withAsterisk
              value={m.jadwal?.mulai ?? ""}
              onChange={(v) => ubah(i, { jadwal: { mulai: v, selesai: m.jadwal?.selesai ?? "" } })}
            />
            <InputTanggal
              label={t("program.jadwalSelesai")}
              withAsterisk
              value={m.jadwal?.selesai ?? ""}
              onChange={(v) => ubah(i, { jadwal: { mulai: m.jadwal?.mulai ?? "", selesai: v } })}
            />
          </Group>
        </Stack>
      ))}
    </DialogLangkah>
  );
}
