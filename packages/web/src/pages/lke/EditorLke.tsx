import { Accordion, Group, Paper, Stack, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  GalatButir,
  JumlahBobot,
  KodeBobot,
  type KonteksEditor,
  TeksDuaBahasa,
  TombolTambah,
  TombolUrut,
  ubahDi,
  usePesan,
} from "./bersama.tsx";
import { EditorIndikator, JudulIndikator } from "./EditorIndikator.tsx";
import { jumlahDi } from "./galat-isi.ts";
import { type Isi, jumlahBobot, type Komponen } from "./ubah-isi.ts";

/**
 * The worksheet's content, components → indicators → questions (docs/nasional.md
 * § 2): each level's weights sum to 100, shown with the sum and what is wrong
 * next to the field. Indicators fold, each showing its open problems.
 */
export function EditorLke({ kx, isi }: { kx: KonteksEditor; isi: Isi }) {
  const { t } = useTranslation();
  const pesan = usePesan(kx);
  return (
    <Stack>
      <JumlahBobot
        teks={t("lke.jumlahBobotKomponen", { jumlah: jumlahBobot(isi.komponen) })}
        salah={pesan("bobotKomponen")}
      />
      <GalatButir kx={kx} path="" />
      {isi.komponen.map((k, ki) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: components are edited in place by position (codes change while typing)
        <EditorKomponen key={ki} kx={kx} k={k} ki={ki} n={isi.komponen.length} />
      ))}
      <TombolTambah kx={kx} induk={[]} label={t("lke.tambahKomponen")} />
    </Stack>
  );
}

function EditorKomponen({ kx, k, ki, n }: { kx: KonteksEditor; k: Komponen; ki: number; n: number }) {
  const { t, i18n } = useTranslation();
  const pesan = usePesan(kx);
  const path = `k.${ki}`;
  const ro = kx.bacaSaja;
  const ubahK = ubahDi(kx, [ki]);
  const b = i18n.language.startsWith("en") ? "en" : "id";
  const judul = `${t("lke.komponen")} ${k.kode}${k.nama[b] ? ` — ${k.nama[b]}` : ""}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={judul}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4">
            {judul}
          </Title>
          <TombolUrut kx={kx} letak={[ki]} nama={`${t("lke.komponen")} ${k.kode}`} n={n} />
        </Group>
        <Group gap="sm" wrap="wrap" align="flex-start">
          <KodeBobot
            kx={kx}
            letak={[ki]}
            nilai={k}
            labelKode={t("lke.kodeKomponen")}
            labelBobot={t("lke.bobotKomponen")}
            lebarBobot={140}
          />
          <TextInput
            label={t("lke.dasar")}
            miw={220}
            style={{ flex: 1 }}
            value={k.sumber}
            maxLength={300}
            readOnly={ro}
            onChange={(e) => ubahK((x) => (x.sumber = e.currentTarget.value))}
          />
        </Group>
        <TeksDuaBahasa
          label={t("lke.namaKomponen")}
          nilai={k.nama}
          maks={300}
          bacaSaja={ro}
          pesan={(bh) => pesan(`${path}.nama.${bh}`)}
          onUbah={(bh, v) => ubahK((x) => (x.nama = { ...x.nama, [bh]: v }))}
        />
        <GalatButir kx={kx} path={path} />
        <JumlahBobot
          judul={t("lke.indikator")}
          teks={t("lke.jumlahBobotIndikator", { jumlah: jumlahBobot(k.indikator) })}
          salah={pesan(`${path}.bobotIndikator`)}
        />
        <Accordion multiple variant="separated" chevronPosition="left">
          {k.indikator.map((ind, ii) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: indicators are edited in place by position
            <Accordion.Item key={ii} value={String(ii)}>
              <Group wrap="nowrap" gap={4} pr="xs">
                <Accordion.Control>
                  <JudulIndikator ind={ind} masalah={ro ? 0 : jumlahDi(kx.cek, `${path}.i.${ii}`)} />
                </Accordion.Control>
                <TombolUrut kx={kx} letak={[ki, ii]} nama={ind.kode} n={k.indikator.length} />
              </Group>
              <Accordion.Panel>
                <EditorIndikator kx={kx} ind={ind} letak={[ki, ii]} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
        <TombolTambah kx={kx} induk={[ki]} label={t("lke.tambahIndikator", { kode: k.kode })} kecil />
      </Stack>
    </Paper>
  );
}
