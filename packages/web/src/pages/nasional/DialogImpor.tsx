/**
 * Bulk import of the register (issue 11 item 1): choose the agency file
 * and/or the unit-tree file (CSV/XLSX) → the server checks every row and
 * answers a report (per-row errors in the user's language, paged) → the
 * evaluator confirms, and everything is written at once. Nothing is written
 * before the confirmation; one bad row rejects the files.
 */
import { Alert, Button, FileInput, Group, Modal, Pagination, Stack, Table, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { useErrorMessage } from "../../components/ErrorAlert.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type Impor = Jawaban<"/api/nasional/impor/{id}">;
const UKURAN = 20;

export function ImporDialog({ onTutup }: { onTutup: () => void }) {
  const { t } = useTranslation();
  const pesan = useErrorMessage();
  const qc = useQueryClient();
  const [instansi, setInstansi] = useState<File | null>(null);
  const [unit, setUnit] = useState<File | null>(null);
  const [id, setId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [sedang, setSedang] = useState<"periksa" | "tulis" | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const laporan = useQuery({
    queryKey: ["nasional", "impor", id, page],
    enabled: id !== null,
    queryFn: () =>
      isi(
        klien.GET("/api/nasional/impor/{id}", {
          params: { path: { id: id ?? "" }, query: { page, pageSize: UKURAN } },
        }),
      ),
  });
  const periksa = async () => {
    if (!instansi && !unit) return;
    setSedang("periksa");
    setGalat(null);
    try {
      const fd = new FormData();
      if (instansi) fd.append("instansi", instansi, instansi.name);
      if (unit) fd.append("unit", unit, unit.name);
      const r = await api<Impor>("/api/nasional/impor", { method: "POST", body: fd });
      setPage(1);
      setId(r.id);
    } catch (e) {
      setGalat(pesan(e));
    } finally {
      setSedang(null);
    }
  };
  const tulis = async () => {
    if (!id) return;
    setSedang("tulis");
    setGalat(null);
    try {
      const r = await isi(klien.POST("/api/nasional/impor/{id}/tulis", { params: { path: { id } } }));
      await qc.invalidateQueries({ queryKey: ["nasional"] });
      if (r.status === "selesai") {
        beritahuBerhasil(
          t("nasional.impor.berhasil", {
            baru: r.ringkasan.instansi.baru,
            ubah: r.ringkasan.instansi.diperbarui,
            unit: r.ringkasan.unit.baru + r.ringkasan.unit.diperbarui,
          }),
        );
        onTutup();
      }
    } catch (e) {
      setGalat(pesan(e));
    } finally {
      setSedang(null);
    }
  };
  const d = laporan.data;
  return (
    <Modal
      opened
      onClose={onTutup}
      title={t("nasional.impor.judul")}
      size="xl"
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
    >
      <Stack>
        <Text size="sm">{t("nasional.impor.penjelasan")}</Text>
        <FileInput
          label={t("nasional.impor.berkasInstansi")}
          description={t("nasional.impor.kolomInstansi")}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          placeholder={t("nasional.impor.pilih")}
          value={instansi}
          onChange={(f) => {
            setInstansi(f);
            setId(null);
          }}
        />
        <FileInput
          label={t("nasional.impor.berkasUnit")}
          description={t("nasional.impor.kolomUnit")}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          placeholder={t("nasional.impor.pilih")}
          value={unit}
          onChange={(f) => {
            setUnit(f);
            setId(null);
          }}
        />
        {galat && (
          <Alert color="red" role="alert">
            {galat}
          </Alert>
        )}
        {d && id && <Laporan d={d} page={page} setPage={setPage} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onTutup}>
            {t("umum.batal")}
          </Button>
          <Button
            variant={d?.status === "siap" ? "default" : "filled"}
            loading={sedang === "periksa"}
            disabled={!instansi && !unit}
            onClick={periksa}
          >
            {t("nasional.impor.periksa")}
          </Button>
          {d?.status === "siap" && (
            <Button loading={sedang === "tulis"} onClick={tulis}>
              {t("nasional.impor.tulis")}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

function Laporan({ d, page, setPage }: { d: Impor; page: number; setPage: (n: number) => void }) {
  const { t } = useTranslation();
  const r = d.ringkasan;
  return (
    <Stack gap="xs" aria-live="polite">
      <Alert color={d.status === "siap" ? "teal" : "red"} title={t(`nasional.impor.status.${d.status}`)}>
        {d.pesan ?? (
          <>
            {r.instansi.baris > 0 &&
              t("nasional.impor.ringkasInstansi", {
                n: r.instansi.baris,
                baru: r.instansi.baru,
                ubah: r.instansi.diperbarui,
              })}{" "}
            {r.unit.baris > 0 &&
              t("nasional.impor.ringkasUnit", {
                n: r.unit.baris,
                baru: r.unit.baru,
                ubah: r.unit.diperbarui,
              })}{" "}
            {r.galat > 0 && t("nasional.impor.ringkasGalat", { n: r.galat })}
          </>
        )}
      </Alert>
      {d.galat.total > 0 && (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="tabel-gulir" tabIndex={0} aria-label={t("nasional.impor.tabelGalat")}>
            <Table fz="sm" miw={520} aria-label={t("nasional.impor.tabelGalat")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("nasional.impor.berkas")}</Table.Th>
                  <Table.Th scope="col">{t("nasional.impor.baris")}</Table.Th>
                  <Table.Th scope="col">{t("nasional.impor.kolom")}</Table.Th>
                  <Table.Th scope="col">{t("nasional.impor.masalah")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.galat.items.map((g) => (
                  <Table.Tr key={`${g.berkas}-${g.baris}-${g.kolom}-${g.kode}`}>
                    <Table.Td>{t(`nasional.impor.jenisBerkas.${g.berkas}`)}</Table.Td>
                    <Table.Td>{g.baris}</Table.Td>
                    <Table.Td>{g.kolom}</Table.Td>
                    <Table.Td>{g.pesan}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
          {d.galat.total > d.galat.pageSize && (
            <Pagination
              total={Math.ceil(d.galat.total / d.galat.pageSize)}
              value={page}
              onChange={setPage}
              size="sm"
            />
          )}
        </>
      )}
    </Stack>
  );
}
