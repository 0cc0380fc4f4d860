/**
 * The programme's "Kalender kegiatan" as a month grid (docs/data-saya.md), with the list kept as the
 * second view: the same grid as "Kalender saya" (components/KisiBulan.tsx). Used in place of the
 * list's QueryState, with its props (so the list's page keeps its code as it was).
 */
import { SegmentedControl, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { type AcaraKisi, KisiBulan } from "../../components/KisiBulan.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { hariIniDi } from "../../lib/format.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { dasar, type Kegiatan, kunciProgram } from "./api.ts";

const WARNA: Record<string, string> = {
  kampanye: "blue",
  pelatihan: "grape",
  penugasan: "teal",
  kolaborasi: "orange",
  monev: "red",
};

/** The month's activities of the cycle as grid events (a month has far fewer than 200 activities). */
export function acaraBulan(items: Kegiatan[], siklusId: string): AcaraKisi[] {
  return items.map((k) => ({
    id: k.id,
    judul: k.judul,
    dari: k.rencanaMulai.slice(0, 10),
    sampai: k.rencanaSelesai.slice(0, 10),
    tautan: `/program/${siklusId}/kegiatan`,
    warna: WARNA[k.kegiatanUtama] ?? "blue",
  }));
}

export function KisiAtauDaftar<T>(
  props: {
    siklusId: string;
    bulan: string;
    /** "All months": the list only. */
    semua: boolean;
  } & Parameters<typeof QueryState<T>>[0],
) {
  const { siklusId: _s, bulan: _b, semua: _a, ...daftar } = props;
  const { t } = useTranslation();
  const { instansi } = useSession();
  const w = useWaktu();
  const [tampilan, setTampilan] = useState<"kisi" | "daftar">("kisi");
  const [y, m] = props.bulan.split("-").map(Number);
  const akhir = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const kisi = tampilan === "kisi" && !props.semua;
  const q = useQuery({
    queryKey: [...kunciProgram.siklus(instansi.id, props.siklusId), "kegiatan", "kisi", props.bulan],
    queryFn: () =>
      api<Halaman<Kegiatan>>(`${dasar(instansi.id)}/siklus/${props.siklusId}/kegiatan`, {
        query: { dari: `${props.bulan}-01`, sampai: `${props.bulan}-${akhir}`, page: 1, pageSize: 200 },
      }),
    enabled: kisi,
  });
  return (
    <Stack gap="sm">
      {!props.semua && (
        <SegmentedControl
          aria-label={t("kalender.tampilan")}
          value={tampilan}
          onChange={(v) => setTampilan(v as "kisi" | "daftar")}
          data={[
            { value: "kisi", label: t("kalender.kisi") },
            { value: "daftar", label: t("kalender.daftar") },
          ]}
          style={{ alignSelf: "flex-start" }}
        />
      )}
      {kisi ? (
        <QueryState query={q}>
          {(d) => (
            <KisiBulan
              bulan={props.bulan}
              acara={acaraBulan(d.items, props.siklusId)}
              hariIni={hariIniDi(w.zona)}
            />
          )}
        </QueryState>
      ) : (
        <QueryState {...daftar} />
      )}
    </Stack>
  );
}
