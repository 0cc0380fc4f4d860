import { Button, Stack, Text, Textarea, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { BerkasRekamJejak } from "./BerkasRekamJejak.tsx";

/** The employee's own track record: structured reflection per factor, and the file with its rubric (audited read). */
export function RekamJejakSayaPage() {
  const { t, i18n } = useTranslation();
  const bhs = i18n.language === "en" ? "en" : "id";
  const { instansi } = useSession();
  const qc = useQueryClient();
  const k = [...kunci.instansi(instansi.id), "nontes", "rekam", "saya"];
  const q = useQuery({
    queryKey: k,
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/nontes/rekam-jejak/saya", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  const [draf, setDraf] = useState<Record<string, string>>({});
  const [sedang, setSedang] = useState<string | null>(null);
  const simpan = async (faktor: "KD" | "DN" | "KM", kode: string[], awal: Record<string, string>) => {
    setSedang(faktor);
    try {
      const d = await isi(
        klien.PUT("/api/instansi/{instansiId}/nontes/rekam-jejak/saya/refleksi/{faktor}", {
          params: { path: { instansiId: instansi.id, faktor } },
          body: { jawaban: Object.fromEntries(kode.map((c) => [c, draf[c] ?? awal[c] ?? ""])) },
        }),
      );
      qc.setQueryData(k, d);
      beritahuBerhasil(t("nontes.rekamSaya.berhasil"));
    } finally {
      setSedang(null);
    }
  };
  return (
    <Stack>
      <div>
        <Title order={2}>{t("nontes.rekamSaya.judul")}</Title>
        <Text c="dimmed" size="sm">
          {t("nontes.rekamSaya.subjudul")}
        </Text>
      </div>
      <QueryState query={q}>
        {(d) => (
          <BerkasRekamJejak
            berkas={d}
            isiRefleksi={(f) => {
              const awal = Object.fromEntries(f.prompt.map((p) => [p.kode, p.jawaban]));
              return (
                <Stack gap="xs">
                  {f.prompt.map((p) => (
                    <Textarea
                      key={p.kode}
                      label={p.teks[bhs]}
                      autosize
                      minRows={3}
                      maxLength={4000}
                      value={draf[p.kode] ?? p.jawaban}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setDraf((x) => ({ ...x, [p.kode]: v }));
                      }}
                    />
                  ))}
                  <Button
                    w="fit-content"
                    loading={sedang === f.faktor}
                    onClick={() =>
                      simpan(
                        f.faktor,
                        f.prompt.map((p) => p.kode),
                        awal,
                      )
                    }
                  >
                    {t("nontes.rekamSaya.simpan")}
                  </Button>
                </Stack>
              );
            }}
          />
        )}
      </QueryState>
    </Stack>
  );
}
