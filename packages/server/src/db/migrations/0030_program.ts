import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * The agency's integrity programme (docs/program.md "11. Storage"; PermenPANRB 60/2020 BAB III):
 * programme cycles and their stage dates (Pasal 4 ayat (2)), the recorded
 * output and the working draft of each preparation step (Tabel 3), the
 * joint-commitment signatures (Tabel 3 no. 2), stored documents and evidence
 * files, planned implementation activities and their executions (Tabel 4–8),
 * and the sub-stage checklists' evidence and verifications (BAB III.B.2 a–d).
 * The rules live in `@nurani/domain` (program/); these tables hold the facts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table siklus_program (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      nama text not null check (length(nama) between 1 and 200),
      -- domain KonfigurasiSiklus: targetAgenPerubahan, kegiatanWajibSebelumPenilaian, panduan
      konfigurasi jsonb not null default '{}',
      pelaksanaan_mulai date,
      penilaian_mulai date,
      -- the end-of-programme assessment campaign (Tabel 4 no. 5); released = its hasil_dirilis
      kampanye_akhir_id uuid,
      ditutup date,
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, nama),
      foreign key (instansi_id, kampanye_akhir_id) references kampanye_asesmen (instansi_id, id)
    )`.execute(db);

  // Stored files (decrees, declarations, plans, evidence): ≤ 10 MiB, type checked by magic bytes.
  await sql`
    create table berkas_program (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      siklus_id uuid not null,
      nama text not null check (length(nama) between 1 and 255),
      jenis text not null check (jenis in ('pdf', 'png', 'jpeg', 'docx', 'xlsx')),
      mime text not null,
      ukuran integer not null check (ukuran between 1 and 10485760),
      sha256 text not null,
      isi bytea not null,
      diunggah_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id)
    )`.execute(db);

  // One row per preparation step (Tabel 3 no. 1–6): the recorded output (domain KeluaranPersiapan[k],
  // accepted by catatKeluaranPersiapan) and the team's working draft. Step 2's signatures live in
  // tanda_tangan_deklarasi; step 3 holds {kampanyeId} and, once a later step rests on it, the map.
  await sql`
    create table langkah_persiapan (
      instansi_id uuid not null,
      siklus_id uuid not null,
      langkah text not null check (langkah in ('pembentukan_tim', 'deklarasi_komitmen', 'asesmen_awal',
        'rencana_aksi', 'rencana_pelatihan', 'agen_perubahan')),
      isi jsonb,
      draf jsonb,
      dicatat_oleh uuid references pengguna (id),
      dicatat timestamptz,
      diubah timestamptz not null default now(),
      primary key (instansi_id, siklus_id, langkah),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id)
    )`.execute(db);

  await sql`
    create table tanda_tangan_deklarasi (
      instansi_id uuid not null,
      siklus_id uuid not null,
      pegawai_id uuid not null,
      sebagai text not null check (sebagai in ('pimpinan', 'pegawai')),
      pengguna_id uuid not null references pengguna (id),
      waktu timestamptz not null default now(),
      primary key (instansi_id, siklus_id, pegawai_id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);

  // Implementation (Tabel 4): planned activities on the calendar, each tied to a sub-stage.
  await sql`
    create table kegiatan_program (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      siklus_id uuid not null,
      kegiatan_utama text not null check (kegiatan_utama in ('kampanye', 'wadah_berbagi',
        'penguatan_kepemimpinan', 'penguatan_kapasitas', 'pemantauan_evaluasi')),
      subtahap smallint check (subtahap between 1 and 4),
      -- the Tabel 5–8 row it adapts (KegiatanSubtahap.kode), if any
      templat text check (length(templat) <= 20),
      judul text not null check (length(judul) between 1 and 300),
      uraian text check (length(uraian) <= 5000),
      sasaran_unit jsonb,
      sasaran_pegawai jsonb,
      rencana_mulai date not null,
      rencana_selesai date not null,
      -- the employee who leads it (a change agent may record executions of activities they lead)
      penanggung_jawab_pegawai_id uuid,
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id),
      foreign key (instansi_id, penanggung_jawab_pegawai_id) references pegawai (instansi_id, id),
      check (rencana_selesai >= rencana_mulai),
      check (subtahap is not null or kegiatan_utama = 'pemantauan_evaluasi')
    )`.execute(db);
  await sql`create index kegiatan_program_siklus on kegiatan_program (instansi_id, siklus_id, rencana_mulai)`.execute(
    db,
  );

  // An execution (realisasi) of a planned activity: accepted by the domain's catatRealisasi.
  await sql`
    create table pelaksanaan_kegiatan (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      siklus_id uuid not null,
      kegiatan_id uuid not null,
      tanggal date not null,
      jumlah_peserta integer not null check (jumlah_peserta >= 0),
      hadir jsonb not null default '[]',
      hasil text not null check (length(hasil) between 1 and 5000),
      bukti jsonb not null default '[]',
      dicatat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, kegiatan_id) references kegiatan_program (instansi_id, id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id)
    )`.execute(db);
  await sql`create index pelaksanaan_kegiatan_siklus on pelaksanaan_kegiatan (instansi_id, siklus_id, tanggal)`.execute(
    db,
  );

  // Sub-stage checklists (BAB III.B.2 a–d): evidence per item and the team's verification.
  await sql`
    create table bukti_daftar_periksa (
      instansi_id uuid not null,
      siklus_id uuid not null,
      kode_item text not null check (length(kode_item) <= 20),
      berkas_id uuid not null,
      jenis text not null check (jenis in ('hasil_asesmen', 'catatan_observasi', 'catatan_wawancara',
        'dokumen_kegiatan', 'daftar_hadir', 'evaluasi_diri')),
      dicatat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, siklus_id, kode_item, berkas_id),
      foreign key (instansi_id, berkas_id) references berkas_program (instansi_id, id)
    )`.execute(db);
  await sql`
    create table verifikasi_daftar_periksa (
      instansi_id uuid not null,
      siklus_id uuid not null,
      kode_item text not null check (length(kode_item) <= 20),
      oleh uuid references pengguna (id),
      waktu timestamptz not null default now(),
      primary key (instansi_id, siklus_id, kode_item),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id)
    )`.execute(db);

  const tabel = [
    "siklus_program",
    "berkas_program",
    "langkah_persiapan",
    "tanda_tangan_deklarasi",
    "kegiatan_program",
    "pelaksanaan_kegiatan",
    "bukti_daftar_periksa",
    "verifikasi_daftar_periksa",
  ];
  await sql`grant select, insert, update, delete on ${sql.join(tabel.map((t) => sql.table(t)))} to nurani_app`.execute(
    db,
  );
  for (const t of tabel) await pagarInstansi(db, t);
}
