// Builds zip files byte by byte, to hand cica verify archives that other tools read otherwise than cica does.
import { crc32, deflateRawSync } from 'node:zlib';

export interface KitEntry {
  name: string | Buffer;
  data: Buffer;
  method?: 0 | 8;
  os?: number;
  mode?: number;
  flags?: number;
  extra?: Buffer;
  localExtra?: Buffer;
  /** Write the local record but leave it out of the directory (a record only a streaming reader sees). */
  unlisted?: boolean;
}

export function buildZip(entries: readonly KitEntry[], trailer: Buffer = Buffer.alloc(0)): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.isBuffer(e.name) ? e.name : Buffer.from(e.name);
    const method = e.method ?? 0;
    const packed = method === 8 ? deflateRawSync(e.data) : e.data;
    const flags = e.flags ?? (name.every((b) => b < 0x80) ? 0 : 0x800);
    const localExtra = e.localExtra ?? Buffer.alloc(0);
    const extra = e.extra ?? Buffer.alloc(0);
    const head = Buffer.alloc(26); // version needed .. name/extra lengths, shared by both headers
    head.writeUInt16LE(20, 0); head.writeUInt16LE(flags, 2); head.writeUInt16LE(method, 4);
    head.writeUInt16LE(0, 6); head.writeUInt16LE(0x4b34, 8); head.writeUInt32LE(crc32(e.data) >>> 0, 10);
    head.writeUInt32LE(packed.length, 14); head.writeUInt32LE(e.data.length, 18); head.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), head.subarray(0, 24), u16(localExtra.length), name, localExtra, packed]);
    if (!e.unlisted) {
      const central = Buffer.concat([
        Buffer.from([0x50, 0x4b, 0x01, 0x02]), Buffer.from([20, e.os ?? 3]), head.subarray(0, 24), u16(extra.length), u16(0), u16(0), u16(0),
        u32(((e.mode ?? 0o100644) << 16) >>> 0), u32(offset), name, extra,
      ]);
      centrals.push(central);
    }
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), u16(0), u16(0), u16(centrals.length), u16(centrals.length), u32(cd.length), u32(offset), u16(trailer.length)]);
  return Buffer.concat([...locals, cd, end, trailer]);
}

function u16(v: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(v);
  return b;
}

function u32(v: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return b;
}
