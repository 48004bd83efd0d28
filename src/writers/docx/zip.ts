// A minimal deterministic ZIP writer (APPNOTE.TXT 6.3.10 §4.3): fixed entry order and a DOS time computed from
// numbers, never from a Date, so the bytes are the same in every time zone. Entries may come pre-deflated (fonts).
import { deflateSync } from 'fflate';
// node's own CRC-32 (zlib's, the one APPNOTE §4.4.7 names): the JavaScript table loop took 4 ms of a cold draft.
import { crc32 } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Raw-deflated bytes (method 8). */
  deflated: Uint8Array;
  crc: number;
  size: number;
}

export function zipEntry(name: string, data: Uint8Array): ZipEntry {
  return { name, deflated: deflateSync(data, { level: 6 }), crc: crc32(data) >>> 0, size: data.length };
}

/** MS-DOS date and time fields (§4.4.6) for noon of an ISO date; 1980-01-01 when the date is missing or out of range. */
export function dosDateTime(isoDate: string): { date: number; time: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [1980, 1, 1];
  const valid = y >= 1980 && y <= 2107 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  const [yy, mm, dd] = valid ? [y, mo, d] : [1980, 1, 1];
  return { date: ((yy - 1980) << 9) | (mm << 5) | dd, time: 12 << 11 };
}

export function writeZip(entries: readonly ZipEntry[], stamp: { date: number; time: number }): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((n, e, i) => n + 30 + names[i]!.length + e.deflated.length, 0);
  const centralSize = entries.reduce((n, _e, i) => n + 46 + names[i]!.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => { view.setUint16(at, v, true); at += 2; };
  const u32 = (v: number) => { view.setUint32(at, v >>> 0, true); at += 4; };
  const common = (e: ZipEntry, name: Uint8Array) => {
    u16(20); u16(0); u16(8); u16(stamp.time); u16(stamp.date);
    u32(e.crc); u32(e.deflated.length); u32(e.size); u16(name.length); u16(0);
  };
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(at);
    u32(0x04034b50);
    common(e, names[i]!);
    out.set(names[i]!, at); at += names[i]!.length;
    out.set(e.deflated, at); at += e.deflated.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    u32(0x02014b50); u16(20);
    common(e, names[i]!);
    u16(0); u16(0); u16(0); u32(0); u32(offsets[i]!);
    out.set(names[i]!, at); at += names[i]!.length;
  });
  const centralLength = at - centralStart;
  u32(0x06054b50); u16(0); u16(0); u16(entries.length); u16(entries.length);
  u32(centralLength); u32(centralStart); u16(0);
  return out;
}
