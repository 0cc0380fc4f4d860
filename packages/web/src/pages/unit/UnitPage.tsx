import { Badge, Button, Group, Menu, Paper, Stack, Switch, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useUnitList } from "../../api/hooks.ts";
import type { UnitKerja } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { bangunPohon, type SimpulUnit, saringPohon } from "./pohon.ts";
import { type AksiUnit, UnitDialog, useTutupUnit } from "./UnitDialog.tsx";

export function labelEselon(e: number | null, t: (k: string, o?: Record<string, unknown>) => string): string {
  return e ? t("unit.eselonN", { n: ["", "I", "II", "III", "IV", "V"][e] ?? e }) : t("unit.nonEselon");
}

export function UnitPage() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const units = useUnitList(instansi.id);
  const admin = punya("admin_instansi");
  // the tree's filter: one form of what is searched and whether closed units show
  const saring = useForm({ initialValues: { cari: "", tampilTutup: false } });
  const [aksi, setAksi] = useState<Exclude<AksiUnit, { jenis: "tutup" }> | null>(null);
  const tutupUnit = useTutupUnit(instansi.id);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t("unit.judul")}</Title>
          <Text c="dimmed" size="sm">
            {t("unit.subjudul")}
          </Text>
        </div>
        {admin && (
          <Button onClick={() => setAksi({ jenis: "tambah", induk: null })}>{t("unit.tambahAkar")}</Button>
        )}
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t("unit.cari")}
          style={{ flex: 1, minWidth: 200 }}
          {...saring.getInputProps("cari")}
        />
        <Switch
          label={t("unit.tampilTutup")}
          mb={8}
          {...saring.getInputProps("tampilTutup", { type: "checkbox" })}
        />
      </Group>
      <QueryState query={units} isEmpty={(d) => d.length === 0} empty={<Kosong pesan={t("unit.kosong")} />}>
        {(data) => (
          <DaftarPohon
            units={data}
            cari={saring.values.cari}
            tampilTutup={saring.values.tampilTutup}
            admin={admin}
            onAksi={(a) => (a.jenis === "tutup" ? tutupUnit(a.unit) : setAksi(a))}
          />
        )}
      </QueryState>
      {aksi && units.data && (
        <UnitDialog aksi={aksi} units={units.data} instansiId={instansi.id} onTutup={() => setAksi(null)} />
      )}
    </Stack>
  );
}

function DaftarPohon({
  units,
  cari,
  tampilTutup,
  admin,
  onAksi,
}: {
  units: UnitKerja[];
  cari: string;
  tampilTutup: boolean;
  admin: boolean;
  onAksi: (a: AksiUnit) => void;
}) {
  const { t } = useTranslation();
  const pohon = useMemo(() => {
    const q = cari.trim().toLowerCase();
    const terlihat = tampilTutup ? units : units.filter((u) => u.aktif);
    const p = bangunPohon(terlihat);
    return q
      ? saringPohon(p, (u) => u.nama.toLowerCase().includes(q) || u.kode.toLowerCase().includes(q))
      : p;
  }, [units, cari, tampilTutup]);
  if (pohon.length === 0) return <Kosong pesan={t("unit.tidakCocok")} />;
  return (
    <Paper withBorder p="xs">
      <ul className="pohon-unit" aria-label={t("unit.judul")}>
        {pohon.map((s) => (
          <Simpul
            key={s.unit.id}
            simpul={s}
            admin={admin}
            onAksi={onAksi}
            terbuka={cari.trim() !== ""}
            tingkat={0}
          />
        ))}
      </ul>
    </Paper>
  );
}

function Simpul({
  simpul,
  admin,
  onAksi,
  terbuka: terbukaAwal,
  tingkat,
}: {
  simpul: SimpulUnit;
  admin: boolean;
  onAksi: (a: AksiUnit) => void;
  terbuka: boolean;
  tingkat: number;
}) {
  const { t } = useTranslation();
  const [terbuka, setTerbuka] = useState(terbukaAwal || tingkat < 1);
  const { unit, anak } = simpul;
  const idAnak = `unit-anak-${unit.id}`;
  return (
    <li>
      <Group gap="xs" wrap="nowrap" py={4} justify="space-between" className="baris-unit">
        <Group gap="xs" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
          {anak.length > 0 ? (
            <Button
              variant="subtle"
              size="compact-sm"
              aria-expanded={terbuka}
              aria-controls={idAnak}
              aria-label={t(terbuka ? "unit.ciutkan" : "unit.bentangkan", { nama: unit.nama })}
              onClick={() => setTerbuka((x) => !x)}
              w={28}
              px={0}
            >
              <span aria-hidden="true">{terbuka ? "▾" : "▸"}</span>
            </Button>
          ) : (
            <span style={{ width: 28, display: "inline-block" }} />
          )}
          <Text fw={500} td={unit.aktif ? undefined : "line-through"}>
            {unit.nama}
          </Text>
          <Text size="xs" c="gray.7">
            {unit.kode}
          </Text>
          <Badge variant="light" size="sm" color="gray" c="gray.8">
            {labelEselon(unit.eselon, t)}
          </Badge>
          {!unit.aktif && (
            <Badge color="red" variant="light" size="sm" c="red.9">
              {t("unit.ditutup")}
            </Badge>
          )}
        </Group>
        {admin && unit.aktif && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                size="compact-sm"
                variant="default"
                aria-label={t("unit.tindakanUntuk", { nama: unit.nama })}
              >
                {t("unit.tindakan")} ▾
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onAksi({ jenis: "tambah", induk: unit })}>
                {t("unit.tambahSub")}
              </Menu.Item>
              <Menu.Item onClick={() => onAksi({ jenis: "ubahNama", unit })}>{t("unit.ubahNama")}</Menu.Item>
              <Menu.Item onClick={() => onAksi({ jenis: "pindah", unit })}>{t("unit.pindah")}</Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red.9" onClick={() => onAksi({ jenis: "tutup", unit })}>
                {t("unit.tutup")}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {anak.length > 0 && terbuka && (
        <ul id={idAnak}>
          {anak.map((s) => (
            <Simpul
              key={s.unit.id}
              simpul={s}
              admin={admin}
              onAksi={onAksi}
              terbuka={terbukaAwal}
              tingkat={tingkat + 1}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
