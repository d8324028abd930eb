/**
 * A recording layer over `node:fs/promises` for the power-loss test, the way SQLite tests its
 * commits: every create, write, truncate, fsync, rename and unlink under a chosen root is logged,
 * and `CrashModel` replays any prefix of that log to the state a power cut would leave, where
 * only what was fsynced survives.
 */
import { dirname, relative } from 'node:path';

type Fs = typeof import('node:fs/promises');

export type FsOp =
  | { op: 'create'; path: string }
  | { op: 'write'; path: string; position: number; data: Buffer }
  | { op: 'truncate'; path: string; length: number }
  | { op: 'fsync'; path: string }
  | { op: 'fsyncdir'; path: string }
  | { op: 'rename'; from: string; to: string }
  | { op: 'unlink'; path: string }
  | { op: 'ack'; label: number };

export const recorder = {
  root: null as string | null,
  ops: [] as FsOp[],
  start(root: string) {
    this.root = root;
    this.ops = [];
  },
  stop() {
    this.root = null;
  },
  ack(label: number) {
    if (this.root) this.ops.push({ op: 'ack', label });
  },
  /** The path relative to the root, or null when it is not being recorded. */
  track(path: unknown): string | null {
    if (!this.root || typeof path !== 'string') return null;
    const rel = relative(this.root, path);
    return rel.startsWith('..') ? null : rel;
  },
};

const exists = (fs: Fs, path: string) =>
  fs.stat(path).then(
    () => true,
    () => false,
  );

/** `node:fs/promises` with recording wrapped around the calls the stores use. */
export function recordingFs(fs: Fs): Fs {
  const record = (op: FsOp) => recorder.ops.push(op);
  const open: Fs['open'] = async (path, flags, mode) => {
    const rel = recorder.track(path);
    const flag = typeof flags === 'string' ? flags : 'r';
    const existed = rel !== null && (await exists(fs, path as string));
    const handle = await fs.open(path, flags, mode);
    if (rel === null) return handle;
    if (!existed && /[wax]/.test(flag)) record({ op: 'create', path: rel });
    if (flag.startsWith('w')) record({ op: 'truncate', path: rel, length: 0 });
    const isDirectory = (await handle.stat()).isDirectory();
    let cursor = 0;
    return new Proxy(handle, {
      get(target, key, receiver) {
        if (key === 'write') {
          return async (
            buffer: Buffer,
            offset = 0,
            length = buffer.length,
            position?: number | null,
          ) => {
            const at = flag.startsWith('a') ? (await target.stat()).size : (position ?? cursor);
            const result = await target.write(buffer, offset, length, position);
            record({
              op: 'write',
              path: rel,
              position: at,
              data: Buffer.from(buffer.subarray(offset, offset + result.bytesWritten)),
            });
            cursor = at + result.bytesWritten;
            return result;
          };
        }
        if (key === 'writeFile') {
          return async (data: string | Uint8Array) => {
            await target.writeFile(data);
            const bytes = Buffer.from(data);
            record({ op: 'write', path: rel, position: cursor, data: bytes });
            cursor += bytes.length;
          };
        }
        if (key === 'sync' || key === 'datasync') {
          return async () => {
            await target[key]();
            record(isDirectory ? { op: 'fsyncdir', path: rel } : { op: 'fsync', path: rel });
          };
        }
        if (key === 'truncate') {
          return async (length = 0) => {
            await target.truncate(length);
            record({ op: 'truncate', path: rel, length });
          };
        }
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(target)
          : value;
      },
    });
  };
  return {
    ...fs,
    open,
    async writeFile(path, data, options) {
      const rel = recorder.track(path);
      const existed = rel !== null && (await exists(fs, path as string));
      await fs.writeFile(path, data, options);
      if (rel === null) return;
      if (!existed) record({ op: 'create', path: rel });
      record({ op: 'truncate', path: rel, length: 0 });
      record({ op: 'write', path: rel, position: 0, data: Buffer.from(data as string) });
    },
    async rename(from, to) {
      await fs.rename(from, to);
      const a = recorder.track(from);
      const b = recorder.track(to);
      if (a !== null && b !== null) record({ op: 'rename', from: a, to: b });
    },
    async rm(path, options) {
      const rel = recorder.track(path);
      const existed = rel !== null && (await exists(fs, path as string));
      await fs.rm(path, options);
      if (rel !== null && existed) record({ op: 'unlink', path: rel });
    },
    async copyFile(from, to, mode) {
      await fs.copyFile(from, to, mode);
      const rel = recorder.track(to);
      if (rel === null) return;
      record({ op: 'create', path: rel });
      record({ op: 'write', path: rel, position: 0, data: await fs.readFile(to) });
    },
  };
}

interface Inode {
  data: Buffer;
  durable: Buffer;
}

/**
 * Replays a recorded log. After a power cut only fsynced bytes survive; for the names in folders,
 * `view` says which survive: `synced-names` keeps only what a folder fsync made durable, and
 * `all-names` keeps every create and rename (a file system that commits names before data — the
 * case that leaves lowdb's steno writer with an empty file).
 */
export class CrashModel {
  private names = new Map<string, number>();
  private durableNames = new Map<string, number>();
  private inodes = new Map<number, Inode>();
  private nextInode = 1;
  lastAck: number | null = null;

  apply(op: FsOp): void {
    switch (op.op) {
      case 'create':
        this.inodes.set(this.nextInode, { data: Buffer.alloc(0), durable: Buffer.alloc(0) });
        this.names.set(op.path, this.nextInode++);
        break;
      case 'write': {
        const inode = this.inode(op.path);
        const end = op.position + op.data.length;
        const grown = Buffer.alloc(Math.max(inode.data.length, end));
        inode.data.copy(grown);
        op.data.copy(grown, op.position);
        inode.data = grown;
        break;
      }
      case 'truncate': {
        const inode = this.inode(op.path);
        const cut = Buffer.alloc(op.length);
        inode.data.copy(cut, 0, 0, op.length);
        inode.data = cut;
        break;
      }
      case 'fsync':
        this.inode(op.path).durable = Buffer.from(this.inode(op.path).data);
        break;
      case 'fsyncdir':
        for (const path of new Set([...this.names.keys(), ...this.durableNames.keys()])) {
          if ((dirname(path) === '.' ? '' : dirname(path)) !== op.path) continue;
          const id = this.names.get(path);
          if (id === undefined) this.durableNames.delete(path);
          else this.durableNames.set(path, id);
        }
        break;
      case 'rename': {
        const id = this.names.get(op.from);
        if (id === undefined) throw new Error(`rename of unknown ${op.from}`);
        this.names.delete(op.from);
        this.names.set(op.to, id);
        break;
      }
      case 'unlink':
        this.names.delete(op.path);
        break;
      case 'ack':
        this.lastAck = op.label;
        break;
    }
  }

  /** The files a power cut now would leave: path → bytes. */
  crash(view: 'synced-names' | 'all-names'): Map<string, Buffer> {
    const names = view === 'synced-names' ? this.durableNames : this.names;
    return new Map(
      [...names].map(([path, id]) => [
        path,
        Buffer.from(this.inodes.get(id)?.durable ?? Buffer.alloc(0)),
      ]),
    );
  }

  private inode(path: string): Inode {
    const id = this.names.get(path);
    const inode = id === undefined ? undefined : this.inodes.get(id);
    if (!inode) throw new Error(`no file ${path}`);
    return inode;
  }
}
