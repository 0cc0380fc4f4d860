/**
 * Printable list of one-time tokens (docs/asesmen.md "Flow", step
 * Invite: printed tokens for people without email). Shown once, right after they are made:
 * the server keeps only their hashes. One slip per person, cut along the
 * dashed lines; the print stylesheet hides the application around it.
 */
import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useWaktu } from "../../lib/waktu.ts";
import type { TokenCetak } from "./api.ts";

const CSS_CETAK = `
@media print {
  body * { visibility: hidden; }
  #cetak-token, #cetak-token * { visibility: visible; }
  #cetak-token { position: absolute; left: 0; top: 0; width: 100%; }
  .tanpa-cetak { display: none !important; }
  .slip-token { break-inside: avoid; }
}`;

export function CetakToken({ data, onTutup }: { data: TokenCetak; onTutup: () => void }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const alamat = `${window.location.origin}/ujian/`;
  return (
    <Stack>
      <style>{CSS_CETAK}</style>
      <Group justify="space-between" className="tanpa-cetak">
        <Title order={2}>{t("asesmen.token.judul")}</Title>
        <Group>
          <Button onClick={() => window.print()}>{t("asesmen.token.cetak")}</Button>
          <Button variant="default" onClick={onTutup}>
            {t("umum.tutup")}
          </Button>
        </Group>
      </Group>
      <Alert color="yellow" className="tanpa-cetak">
        {t("asesmen.token.sekali", { n: data.items.length })}
      </Alert>
      <div id="cetak-token">
        {data.items.length === 0 && <Text>{t("asesmen.token.kosong")}</Text>}
        {data.items.map((x) => (
          <div
            key={x.pesertaId}
            className="slip-token"
            style={{ borderBottom: "1px dashed #888", padding: "12px 0", fontSize: 14 }}
          >
            <div>
              <strong>{x.nama}</strong> · NIP {x.nip} · {x.unitNama ?? "—"}
            </div>
            <div>
              {data.kampanye.nama}: {w.waktu(data.kampanye.dibuka)} – {w.waktu(data.kampanye.ditutup)}
            </div>
            <div>
              {t("asesmen.token.buka")} <code>{alamat}</code> {t("asesmen.token.masukkan")}{" "}
              <code style={{ fontSize: 18, letterSpacing: 2 }}>{x.token}</code>
            </div>
            <div style={{ fontSize: 12 }}>{t("asesmen.token.rahasia")}</div>
          </div>
        ))}
      </div>
    </Stack>
  );
}
