import { Accordion, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { GalatButir, type KonteksEditor, keAngka, TeksDuaBahasa, TombolUrut, usePesan } from "./bersama.tsx";
import { EditorIndikator, JudulIndikator } from "./EditorIndikator.tsx";
import { jumlahDi } from "./galat-isi.ts";
import { type Isi, indikatorBaru, jumlahBobot, type Komponen, komponenBaru, pindah } from "./ubah-isi.ts";

/**
 * The worksheet's content, components → indicators → questions (docs/nasional.md
 * § 2): each level's weights sum to 100, shown with the sum and what is wrong
 * next to the field. Indicators fold, each showing its open problems.
 */
export function EditorLke({ kx, isi }: { kx: KonteksEditor; isi: Isi }) {
  const { t } = useTranslation();
  const pesan = usePesan(kx);
  const salahJumlah = pesan("bobotKomponen");
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c={salahJumlah ? "red.9" : "dimmed"} role={salahJumlah ? "alert" : undefined}>
          {t("lke.jumlahBobotKomponen", { jumlah: jumlahBobot(isi.komponen) })}
          {salahJumlah ? ` — ${salahJumlah}` : ""}
        </Text>
      </Group>
      <GalatButir kx={kx} path="" />
      {isi.komponen.map((k, ki) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: components are edited in place by position (codes change while typing)
        <EditorKomponen key={ki} kx={kx} k={k} ki={ki} n={isi.komponen.length} />
      ))}
      {!kx.bacaSaja && (
        <Group>
          <Button variant="light" onClick={() => kx.ubah((x) => x.komponen.push(komponenBaru(x)))}>
            {t("lke.tambahKomponen")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function EditorKomponen({ kx, k, ki, n }: { kx: KonteksEditor; k: Komponen; ki: number; n: number }) {
  const { t, i18n } = useTranslation();
  const pesan = usePesan(kx);
  const path = `k.${ki}`;
  const ro = kx.bacaSaja;
  const ubahK = (f: (x: Komponen) => void) => kx.ubah((isi) => f(isi.komponen[ki]));
  const salahJumlah = pesan(`${path}.bobotIndikator`);
  const b = i18n.language.startsWith("en") ? "en" : "id";
  const judul = `${t("lke.komponen")} ${k.kode}${k.nama[b] ? ` — ${k.nama[b]}` : ""}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={judul}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4">
            {judul}
          </Title>
          <TombolUrut
            nama={`${t("lke.komponen")} ${k.kode}`}
            i={ki}
            n={n}
            bacaSaja={ro}
            onPindah={(arah) => kx.ubah((isi) => pindah(isi.komponen, ki, arah))}
            onHapus={() => kx.ubah((isi) => isi.komponen.splice(ki, 1))}
          />
        </Group>
        <Group gap="sm" wrap="wrap" align="flex-start">
          <TextInput
            label={t("lke.kodeKomponen")}
            w={150}
            value={k.kode}
            maxLength={20}
            readOnly={ro}
            error={pesan(`${path}.kode`)}
            onChange={(e) => ubahK((x) => (x.kode = e.currentTarget.value))}
          />
          <NumberInput
            label={t("lke.bobotKomponen")}
            w={140}
            min={0}
            value={k.bobot}
            readOnly={ro}
            error={pesan(`${path}.bobot`)}
            onChange={(v) => ubahK((x) => (x.bobot = keAngka(v)))}
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
        <Group justify="space-between" wrap="wrap">
          <Text fw={600} size="sm">
            {t("lke.indikator")}
          </Text>
          <Text size="sm" c={salahJumlah ? "red.9" : "dimmed"} role={salahJumlah ? "alert" : undefined}>
            {t("lke.jumlahBobotIndikator", { jumlah: jumlahBobot(k.indikator) })}
            {salahJumlah ? ` — ${salahJumlah}` : ""}
          </Text>
        </Group>
        <Accordion multiple variant="separated" chevronPosition="left">
          {k.indikator.map((ind, ii) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: indicators are edited in place by position
            <Accordion.Item key={ii} value={String(ii)}>
              <Group wrap="nowrap" gap={4} pr="xs">
                <Accordion.Control>
                  <JudulIndikator ind={ind} masalah={ro ? 0 : jumlahDi(kx.cek, `${path}.i.${ii}`)} />
                </Accordion.Control>
                <TombolUrut
                  nama={ind.kode}
                  i={ii}
                  n={k.indikator.length}
                  bacaSaja={ro}
                  onPindah={(arah) => kx.ubah((isi) => pindah(isi.komponen[ki].indikator, ii, arah))}
                  onHapus={() => kx.ubah((isi) => isi.komponen[ki].indikator.splice(ii, 1))}
                />
              </Group>
              <Accordion.Panel>
                <EditorIndikator kx={kx} ind={ind} ki={ki} ii={ii} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
        {!ro && (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                kx.ubah((isi) => {
                  const x = isi.komponen[ki];
                  x.indikator.push(indikatorBaru(isi, x));
                })
              }
            >
              {t("lke.tambahIndikator", { kode: k.kode })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
