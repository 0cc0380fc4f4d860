/**
 * A small ZIP writer and strict reader for QTI content packages (no
 * dependency: node:zlib deflates and checks CRC-32). The reader accepts what
 * the writer produces — stored or deflated entries, no encryption, no ZIP64,
 * no multi-disk — and refuses anything else, with limits on entry count and
 * inflated size so a hostile archive cannot exhaust memory.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

export interface EntriZip {
  nama: string;
  isi: Buffer;
}

const TANGGAL_DOS = ((2026 - 1980) << 9) | (1 << 5) | 1; // fixed timestamp: exports are reproducible

export function tulisZip(entri: readonly EntriZip[]): Buffer {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let offset = 0;
  for (const e of entri) {
    const nama = Buffer.from(e.nama, "utf8");
    const padat = deflateRawSync(e.isi);
    const crc = crc32(e.isi) >>> 0;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6); // UTF-8 names
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt16LE(0, 10);
    h.writeUInt16LE(TANGGAL_DOS, 12);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(padat.length, 18);
    h.writeUInt32LE(e.isi.length, 22);
    h.writeUInt16LE(nama.length, 26);
    h.writeUInt16LE(0, 28);
    lokal.push(h, nama, padat);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE(TANGGAL_DOS, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(padat.length, 20);
    c.writeUInt32LE(e.isi.length, 24);
    c.writeUInt16LE(nama.length, 28);
    c.writeUInt32LE(offset, 42);
    pusat.push(c, nama);
    offset += 30 + nama.length + padat.length;
  }
  const ukuranPusat = pusat.reduce((s, b) => s + b.length, 0);
  const akhir = Buffer.alloc(22);
  akhir.writeUInt32LE(0x06054b50, 0);
  akhir.writeUInt16LE(entri.length, 8);
  akhir.writeUInt16LE(entri.length, 10);
  akhir.writeUInt32LE(ukuranPusat, 12);
  akhir.writeUInt32LE(offset, 16);
  return Buffer.concat([...lokal, ...pusat, akhir]);
}

export class GalatZip extends Error {}

export function bacaZip(zip: Buffer, batas = { entri: 2000, total: 50 * 1024 * 1024 }): EntriZip[] {
  const cari = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= cari; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new GalatZip("bukan berkas ZIP");
  const n = zip.readUInt16LE(eocd + 10);
  const ukuran = zip.readUInt32LE(eocd + 12);
  let p = zip.readUInt32LE(eocd + 16);
  if (zip.readUInt16LE(eocd + 4) !== 0 || p + ukuran > eocd)
    throw new GalatZip("struktur ZIP tidak didukung");
  if (n > batas.entri) throw new GalatZip(`terlalu banyak berkas (${n})`);
  const out: EntriZip[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50) throw new GalatZip("direktori ZIP rusak");
    const flag = zip.readUInt16LE(p + 8);
    const metode = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const padat = zip.readUInt32LE(p + 20);
    const asli = zip.readUInt32LE(p + 24);
    const pn = zip.readUInt16LE(p + 28);
    const pe = zip.readUInt16LE(p + 30);
    const pk = zip.readUInt16LE(p + 32);
    const lokal = zip.readUInt32LE(p + 42);
    const nama = zip.toString("utf8", p + 46, p + 46 + pn);
    p += 46 + pn + pe + pk;
    if (flag & 0x1) throw new GalatZip(`berkas ${nama} terenkripsi`);
    if (metode !== 0 && metode !== 8)
      throw new GalatZip(`metode kompresi ${metode} pada ${nama} tidak didukung`);
    total += asli;
    if (total > batas.total) throw new GalatZip("isi ZIP terlalu besar");
    if (lokal + 30 > zip.length || zip.readUInt32LE(lokal) !== 0x04034b50)
      throw new GalatZip("entri ZIP rusak");
    const mulai = lokal + 30 + zip.readUInt16LE(lokal + 26) + zip.readUInt16LE(lokal + 28);
    if (mulai + padat > zip.length) throw new GalatZip("entri ZIP terpotong");
    const data = zip.subarray(mulai, mulai + padat);
    if (nama.endsWith("/")) continue;
    let isi: Buffer;
    try {
      isi = metode === 0 ? Buffer.from(data) : inflateRawSync(data, { maxOutputLength: asli + 1 });
    } catch {
      throw new GalatZip(`berkas ${nama} tidak dapat dibuka`);
    }
    if (isi.length !== asli || crc32(isi) >>> 0 !== crc) throw new GalatZip(`berkas ${nama} rusak (CRC)`);
    out.push({ nama, isi });
  }
  return out;
}
