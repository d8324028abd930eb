import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { decodeJournal, encodeEntry } from '../../../electron/store/journal';
import { addContact } from '../../support/change-fixture';

const line = (seq: number) =>
  encodeEntry({
    seq,
    at: '2027-01-01T10:00:00Z',
    by: 'Sam',
    reason: null,
    change: addContact(seq),
  });

/** A line with a correct checksum whose content this version does not understand. */
function futureLine(seq: number): string {
  const json = JSON.stringify({
    seq,
    at: '2027-01-01T10:00:00Z',
    by: 'Sam',
    reason: null,
    change: { type: 'record-teleport' },
  });
  return `${createHash('sha256').update(json).digest('hex').slice(0, 16)} ${json}\n`;
}

describe('journal decoding', () => {
  it('reads every complete line', () => {
    expect(decodeJournal(line(1) + line(2), 'j').entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('drops an unterminated last line, which was never acknowledged', () => {
    const torn = line(2).slice(0, 40);
    const read = decodeJournal(line(1) + torn, 'j');
    expect(read.entries).toHaveLength(1);
    expect(read.droppedTailBytes).toBe(Buffer.byteLength(torn));
  });

  it('never drops a complete line written by a newer version, even the last one', () => {
    expect(() => decodeJournal(line(1) + futureLine(2), 'j')).toThrow(
      expect.objectContaining({ code: 'file-from-newer-version' }) as Error,
    );
  });

  it('refuses a damaged line in the middle, and a gap in the sequence', () => {
    const damaged = line(2).replace('"durationMinutes":30', '"durationMinutes":31');
    expect(() => decodeJournal(line(1) + damaged + line(3), 'j')).toThrow(
      expect.objectContaining({ code: 'file-corrupt' }) as Error,
    );
    expect(() => decodeJournal(line(1) + line(3), 'j')).toThrow(/change 2 is missing/);
  });
});
