/**
 * Employees of an instansi: list (search by name or NIP, filter by unit with
 * or without its sub-units, active flag, paging), detail (an audited read of
 * a person's record), edit, deactivate / reactivate. Never a hard delete: a
 * person with history stays, inactive.
 */
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar } from "../../umum/halaman.ts";
import { cariPegawai } from "./kueri.ts";
import { aturAktif, pegawaiAtau404, ubahPegawai } from "./layanan.ts";
import { KueriDaftar, ParamsPegawai, SkemaPegawai, SkemaUbah } from "./skema.ts";

const PERAN_BACA = ["admin_instansi", "ppk", "tim_supervisi", "pimpinan", "apip"] as const;

const ubahAktif = (aktif: boolean) =>
  defineRoute({
    method: "POST",
    url: `/api/instansi/:instansiId/pegawai/:id/${aktif ? "aktifkan" : "nonaktifkan"}`,
    akses: ["admin_instansi"],
    tag: "pegawai",
    ringkasan: aktif ? "Mengaktifkan kembali pegawai" : "Menonaktifkan pegawai (tidak pernah dihapus)",
    aksi: aktif ? "pegawai.aktifkan" : "pegawai.nonaktifkan",
    params: ParamsPegawai,
    response: SkemaPegawai,
    handler: async (ctx) => {
      const p = await aturAktif(ctx.db, ctx.params.instansiId, ctx.params.id, aktif);
      ctx.audit({ objekJenis: "pegawai" });
      return p;
    },
  });

export const rutePegawai = grupRute("/api/instansi/:instansiId/pegawai", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/pegawai",
    akses: PERAN_BACA,
    tag: "pegawai",
    ringkasan:
      "Daftar pegawai: cari nama/NIP, saring unit (opsional dengan sub-unit) dan status aktif, berhalaman",
    query: KueriDaftar,
    response: skemaDaftar(SkemaPegawai),
    handler: async (ctx) => {
      const { page, pageSize, ...saring } = ctx.query;
      const { items, total } = await cariPegawai(ctx.db, ctx.params.instansiId, saring, page, pageSize);
      return { items, total, page, pageSize };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/pegawai/:id",
    akses: PERAN_BACA,
    tag: "pegawai",
    ringkasan: "Data seorang pegawai (pembacaan dicatat di log audit)",
    bacaPribadi: "pegawai",
    params: ParamsPegawai,
    response: SkemaPegawai,
    handler: async (ctx) => pegawaiAtau404(ctx.db, ctx.params.instansiId, ctx.params.id),
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/pegawai/:id",
    akses: ["admin_instansi"],
    tag: "pegawai",
    ringkasan: "Mengubah data pegawai",
    aksi: "pegawai.ubah",
    params: ParamsPegawai,
    body: SkemaUbah,
    response: SkemaPegawai,
    handler: async (ctx) => {
      const p = await ubahPegawai(ctx.db, ctx.params.instansiId, ctx.params.id, ctx.body);
      ctx.audit({ objekJenis: "pegawai", rincian: { kolom: Object.keys(ctx.body) } });
      return p;
    },
  }),

  ubahAktif(false),
  ubahAktif(true),
]);
