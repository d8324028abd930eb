import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { encodeEntry, journalCodec } from '../../../electron/store/journal';
import { changeSchema } from '../../../shared/domain/changes';

const codec = journalCodec(changeSchema);
const decodeJournal = (text: string) => codec.decode(text);
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
    expect(decodeJournal(line(1) + line(2)).entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('drops an unterminated last line, which was never acknowledged', () => {
    const torn = line(2).slice(0, 40);
    const read = decodeJournal(line(1) + torn);
    expect(read.entries).toHaveLength(1);
    expect(read.droppedTailBytes).toBe(Buffer.byteLength(torn));
  });

  it('never drops a complete line written by a newer version, even the last one', () => {
    const read = decodeJournal(line(1) + futureLine(2));
    expect(read).toMatchObject({ newer: true, droppedTailBytes: 0 });
    expect(read.entries.map((e) => e.seq)).toEqual([1]);
  });

  it('reports a damaged line in the middle, and a gap in the sequence, keeping what comes before', () => {
    const damaged = line(2).replace('"durationMinutes":30', '"durationMinutes":31');
    expect(decodeJournal(line(1) + damaged + line(3))).toMatchObject({
      entries: [{ seq: 1 }],
      damage: { line: 2, kind: 'checksum', expectedSeq: 2 },
    });
    expect(decodeJournal(line(1) + line(3))).toMatchObject({
      entries: [{ seq: 1 }],
      damage: { line: 2, kind: 'gap', expectedSeq: 2 },
    });
  });

  it('treats a complete last line that fails its checksum as damage, never as a torn write', () => {
    const last = line(2);
    // One byte flipped inside the last complete line: its newline is there, so it was written
    // whole and may have been acknowledged.
    const flipped = `${last.slice(0, 40)}${last[40] === 'a' ? 'b' : 'a'}${last.slice(41)}`;
    const read = decodeJournal(line(1) + flipped);
    expect(read.damage).toMatchObject({ line: 2, kind: 'checksum' });
    expect(read.droppedTailBytes).toBe(0);
  });

  it('drops only an unterminated tail, whatever bytes it holds', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((t) => !t.includes('\n')),
        (tail) => {
          const read = decodeJournal(line(1) + line(2) + tail);
          expect(read.damage).toBeNull();
          expect(read.entries.map((e) => e.seq)).toEqual([1, 2]);
          expect(read.droppedTailBytes).toBe(Buffer.byteLength(tail));
        },
      ),
    );
  });

  it('never accepts a complete line with any byte changed', () => {
    const text = line(1) + line(2);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: text.length - 2 }),
        fc.integer({ min: 1, max: 255 }),
        (position, delta) => {
          const bytes = Buffer.from(text);
          if (bytes[position] === 0x0a) return; // a newline moved is a different line split
          bytes[position] = ((bytes[position] ?? 0) + delta) % 256;
          if (bytes[position] === 0x0a) return;
          const read = decodeJournal(bytes.toString('utf8'));
          // Either the change is caught as damage, or (a torn-looking tail) the entry is dropped
          // only if the line lost its newline — which a byte change cannot do here.
          expect(read.damage).not.toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });
});
