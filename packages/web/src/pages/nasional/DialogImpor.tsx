/**
 * Bulk import of the register (docs/nasional.md): choose the agency file
 * and/or the unit-tree file (CSV/XLSX) → the server checks every row and
 * answers a report (per-row errors in the user's language, paged) → the
 * evaluator confirms, and everything is written at once. Nothing is written
 * before the confirmation; one bad row rejects the files.
 */
import { Alert, Button, FileInput, Pagination, Stack, Table, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { DialogForm } from "../../components/kit/index.ts";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";

type Impor = Jawaban<"/api/nasional/impor/{id}">;
const UKURAN = 20;

interface NilaiImpor {
  instansi: File | null;
  unit: File | null;
}

export function ImporDialog({ onTutup }: { onTutup: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<NilaiImpor>({ initialValues: { instansi: null, unit: null } });
  const [id, setId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [menulis, setMenulis] = useState(false);
  const [galatTulis, setGalatTulis] = useState<unknown>(null);
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
  /** Step 1: the server checks the files and answers a report; nothing is written. */
  const periksa = (v: NilaiImpor) => {
    const fd = new FormData();
    if (v.instansi) fd.append("instansi", v.instansi, v.instansi.name);
    if (v.unit) fd.append("unit", v.unit, v.unit.name);
    setGalatTulis(null);
    return api<Impor>("/api/nasional/impor", { method: "POST", body: fd });
  };
  /** Step 2, once the report says "siap": everything is written at once. */
  const tulis = async () => {
    if (!id || menulis) return;
    setMenulis(true);
    setGalatTulis(null);
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
      setGalatTulis(e);
    } finally {
      setMenulis(false);
    }
  };
  const d = laporan.data;
  const siap = d?.status === "siap" && id !== null;
  /** A file picker; choosing another file drops the report of the previous ones. */
  const berkas = (nama: keyof NilaiImpor) => ({
    ...form.getInputProps(nama),
    onChange: (f: File | null) => {
      form.setFieldValue(nama, f);
      setId(null);
    },
  });
  return (
    <DialogForm
      judul={t("nasional.impor.judul")}
      form={form}
      kirim={periksa}
      onBerhasil={(r) => {
        setPage(1);
        setId(r.id);
      }}
      onTutup={onTutup}
      labelKirim={t("nasional.impor.periksa")}
      kirimNonaktif={!form.values.instansi && !form.values.unit}
      ukuran="xl"
      aksi={
        siap && (
          <Button loading={menulis} onClick={tulis}>
            {t("nasional.impor.tulis")}
          </Button>
        )
      }
    >
      <Text size="sm">{t("nasional.impor.penjelasan")}</Text>
      <FileInput
        label={t("nasional.impor.berkasInstansi")}
        description={t("nasional.impor.kolomInstansi")}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        placeholder={t("nasional.impor.pilih")}
        {...berkas("instansi")}
      />
      <FileInput
        label={t("nasional.impor.berkasUnit")}
        description={t("nasional.impor.kolomUnit")}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        placeholder={t("nasional.impor.pilih")}
        {...berkas("unit")}
      />
      {d && id && <Laporan d={d} page={page} setPage={setPage} />}
      <ErrorAlert error={galatTulis} />
    </DialogForm>
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
