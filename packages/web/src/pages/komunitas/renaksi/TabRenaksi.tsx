/** The action-plan tab (Tabel 2 I.1-2): change agents write plans, supervisors rate their items. */
import { Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { useHalaman, useInstansi, useUrl } from "../bersama.tsx";
import { FormJudulTanggal } from "../FormJudulTanggal.tsx";
import { KartuRenaksi } from "./KartuRenaksi.tsx";
import { KUNCI, type Renaksi } from "./tipe.ts";

export function TabRenaksi() {
  const { t } = useTranslation();
  const url = useUrl();
  const { peran } = useInstansi();
  const agen = peran.includes("agen_perubahan");
  const [page, setPage] = useState(1);
  const q = useHalaman<Renaksi>(KUNCI, url("/renaksi"), page);
  return (
    <Stack>
      {agen && (
        <FormJudulTanggal
          path="/renaksi"
          kunci={KUNCI}
          labelJudul={t("komunitas.renaksi.judulRenaksi")}
          labelKirim={t("komunitas.renaksi.buat")}
          hitungKarakter
        />
      )}
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.renaksi.kosong")} />}
      >
        {(d) => (
          <Stack gap="sm">
            {d.items.map((r) => (
              <KartuRenaksi key={r.id} r={r} />
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
