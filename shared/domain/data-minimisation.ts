/**
 * The data-minimisation guard: patient identifiers never enter a portfolio. Every free-text
 * field passes through `findPatientIdentifiers`; a hit is refused with a message that says what
 * kind of identifier was found and where, without repeating it, so the person can rephrase.
 *
 * Matching works on a normalised copy of the text (see `normaliseForMatching`), so the class of
 * an identifier is caught whatever characters it is written in: full-width or other-script
 * digits, any kind of space, dash, dot, slash or bracket, invisible characters in between. Every
 * step is a single pass or a regular expression with bounded repetition, so the time taken grows
 * in step with the length of the text, however hostile it is (see docs/data-minimisation.md).
 */

export type IdentifierKind = 'nhs-number' | 'date-of-birth' | 'email' | 'phone' | 'postcode';

export interface IdentifierFinding {
  kind: IdentifierKind;
  /** Where it is in the text that was checked: UTF-16 offsets, `text.slice(start, end)`. */
  start: number;
  end: number;
}

/** True when ten digits carry a valid NHS number check digit (modulus 11). */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/** A normalised copy of some text, with where each of its characters came from. */
export interface NormalisedText {
  text: string;
  /** `from[i]`–`to[i]` is the stretch of the original text that became `text[i]`. */
  from: number[];
  to: number[];
}

/** Invisible characters: format controls (zero-width space, joiners, BOM, soft hyphen), marks. */
const IGNORABLE = /^[\p{Cf}\p{Mn}\p{Me}]$/u;
const CONTROL = /^\p{Cc}$/u;
const DIGIT = /^\p{Nd}$/u;
const SPACE = /^[\s\p{Zs}\p{Zl}\p{Zp}]$/u;
// Dashes of every kind (Pd covers hyphen, figure dash, en and em dash, and more), the minus
// signs, the hyphen bullet, the heavy minus, the modifier minus, and the underscore.
const DASH = /^[\p{Pd}\u2212\u2043\u02D7\u2796\uFE63_]$/u;
// Full stops and dots: one-dot leader, middle dots, bullets, dot operators, ideographic stops.
const DOT = /^[.\u00B7\u2022\u2024\u2027\u2219\u22C5\u30FB\uFF65\u3002\uFF61\u0387]$/u;
// Slashes and bars: solidus, reverse solidus, fraction and division slashes, vertical bars.
const SLASH = /^[/\\|\u2044\u2215\u29F8\u29F9\uFF3C\u2223\uFF5C\u00A6]$/u;
const OPEN = /^\p{Ps}$/u;
const CLOSE = /^\p{Pe}$/u;
const PLUS = /^[+\u2795\uFF0B\uFE62]$/u;
const AT = /^[@\uFF20\uFE6B]$/u;

/** The ASCII digit a Unicode decimal digit stands for: decimal digits come in runs of ten, 0–9. */
function digitValue(cp: number): string {
  let steps = 0;
  while (steps < 60 && DIGIT.test(String.fromCodePoint(cp - steps - 1))) steps += 1;
  return String(steps % 10);
}

/** One character after NFKC, folded to its canonical form ('' when it is invisible). */
function foldCharacter(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  if (cp >= 0x30 && cp <= 0x39) return c;
  if (DIGIT.test(c)) return digitValue(cp);
  if (IGNORABLE.test(c)) return '';
  if (SPACE.test(c)) return ' ';
  if (CONTROL.test(c)) return '';
  if (DASH.test(c)) return '-';
  if (DOT.test(c)) return '.';
  if (SLASH.test(c)) return '/';
  if (OPEN.test(c)) return '(';
  if (CLOSE.test(c)) return ')';
  if (PLUS.test(c)) return '+';
  if (AT.test(c)) return '@';
  return c;
}

function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  // Plain letters and digits are the common case and need no work.
  if (
    ch.length === 1 &&
    ((code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a))
  ) {
    return ch;
  }
  let out = '';
  for (const c of ch.normalize('NFKC')) out += foldCharacter(c);
  return out;
}

/**
 * The text as the matchers see it: Unicode NFKC; every decimal digit as an ASCII digit; every
 * space as ' ', every dash as '-', every dot as '.', every slash or bar as '/', every opening
 * and closing bracket as '(' and ')'; invisible characters (zero-width spaces and joiners, word
 * joiner, byte-order mark, soft hyphen, combining marks, control characters) dropped.
 */
export function normaliseForMatching(text: string): NormalisedText {
  const cache = new Map<string, string>();
  const from: number[] = [];
  const to: number[] = [];
  let out = '';
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    let folded = cache.get(ch);
    if (folded === undefined) {
      folded = foldCodePoint(ch);
      cache.set(ch, folded);
    }
    for (let k = 0; k < folded.length; k += 1) {
      from.push(i);
      to.push(i + width);
    }
    out += folded;
    i += width;
  }
  return { text: out, from, to };
}

// ---------------------------------------------------------------------------------------------
// Matchers. Each works on normalised text and returns spans [start, end) into it.
// ---------------------------------------------------------------------------------------------

interface Span {
  kind: IdentifierKind;
  start: number;
  end: number;
}

/** The separator characters after normalisation. */
const SEP = String.raw`[ ./()\-]`;
const isSep = (c: string | undefined) =>
  c === ' ' || c === '.' || c === '/' || c === '(' || c === ')' || c === '-';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

interface DigitGroup {
  start: number;
  end: number;
  digits: string;
  /** Whether this group belongs to the same run of digits and separators as the one before. */
  joined: boolean;
  /** Whether this group is part of something written as a date (so not a number to check). */
  inDate: boolean;
}

/** Most separator characters allowed between two groups of digits of one number. */
const MAX_GAP = 3;

function digitGroups(n: string): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let i = 0;
  while (i < n.length) {
    if (!isDigit(n[i])) {
      i += 1;
      continue;
    }
    const start = i;
    while (isDigit(n[i])) i += 1;
    const previous = groups.at(-1);
    let joined = false;
    if (previous && start - previous.end <= MAX_GAP) {
      joined = true;
      for (let k = previous.end; k < start; k += 1) if (!isSep(n[k])) joined = false;
    }
    groups.push({ start, end: i, digits: n.slice(start, i), joined, inDate: false });
  }
  return groups;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Two-digit years 00–39 are read as 2000–2039, 40–99 as 1940–1999. */
function fullYear(yearText: string): number {
  const year = Number(yearText);
  if (yearText.length !== 2) return year;
  return year < 40 ? 2000 + year : 1900 + year;
}

/** A year a session date in a portfolio may carry: 2010–2039, in four digits or two. */
const isEventYear = (year: string) => /^(?:20)?[1-3]\d$/.test(year);

/**
 * Marks groups written as a UK session date (day, month and a year from 2010, or a four-digit year
 * first, with the same '/', '.' or '-' twice), so that "03/03/2026 45 minutes", "08/02/14 10.54"
 * or "17/09/20–09/06/21" is not read as one ten-digit number. The date must be set apart from
 * any digits next to it by a space, or be next to another such date. Older dates are not
 * marked: they are refused as dates of birth anyway.
 */
function markDates(n: string, groups: DigitGroup[]): void {
  const gap = (g: number) => {
    const group = groups[g];
    return group?.joined ? n.slice(groups[g - 1]?.end ?? 0, group.start) : '';
  };
  const triples = new Set<number>();
  for (let g = 0; g + 2 < groups.length; g += 1) {
    const [a, b, c] = [groups[g], groups[g + 1], groups[g + 2]];
    if (!a || !b || !c || !b.joined || !c.joined) continue;
    const sep = gap(g + 1);
    if (sep !== gap(g + 2) || !['/', '.', '-'].includes(sep)) continue;
    const [x, y, z] = [a.digits, b.digits, c.digits];
    const dayMonthYear =
      x.length <= 2 && y.length <= 2 && isEventYear(z) && isDayMonth(Number(x), Number(y));
    const iso =
      x.length === 4 &&
      isEventYear(x) &&
      y.length <= 2 &&
      z.length <= 2 &&
      isDayMonth(Number(z), Number(y));
    if (dayMonthYear || iso) triples.add(g);
  }
  for (const g of triples) {
    const before = gap(g);
    const after = gap(g + 3);
    const apartBefore = before === '' || before.includes(' ') || triples.has(g - 3);
    const apartAfter = after === '' || after.includes(' ') || triples.has(g + 3);
    if (!apartBefore || !apartAfter) continue;
    for (let k = g; k < g + 3; k += 1) {
      const group = groups[k];
      if (group) group.inDate = true;
    }
  }
}

/** Longest number, in digits, any matcher looks for: 0044, a 0 in brackets, then 10 digits. */
const MAX_NUMBER_DIGITS = 15;

/** Is this the rest of a UK number after +44 (with or without the 0 in brackets)? */
function isUkNationalSignificant(rest: string): boolean {
  const digits = rest.startsWith('0') ? rest.slice(1) : rest;
  return (digits.length === 9 || digits.length === 10) && digits[0] !== '0';
}

/** NHS numbers and UK phone numbers: runs of digit groups joined by separators, any grouping. */
function findNumbers(n: string): Span[] {
  const spans: Span[] = [];
  const groups = digitGroups(n);
  markDates(n, groups);
  for (let s = 0; s < groups.length; s += 1) {
    const first = groups[s];
    if (!first || first.inDate) continue;
    // A '+' just before the first group (perhaps with a space or bracket) marks +44.
    let p = first.start - 1;
    while (p >= 0 && first.start - p <= 2 && isSep(n[p])) p -= 1;
    const plus = n[p] === '+';
    let digits = '';
    for (let e = s; e < groups.length; e += 1) {
      const group = groups[e];
      if (!group || group.inDate || (e > s && !group.joined)) break;
      digits += group.digits;
      if (digits.length > MAX_NUMBER_DIGITS) break;
      if (digits.length === 10 && isValidNhsNumber(digits)) {
        spans.push({ kind: 'nhs-number', start: first.start, end: group.end });
      }
      const national =
        (digits.length === 10 || digits.length === 11) && digits[0] === '0' && digits[1] !== '0';
      const international =
        (plus && digits.startsWith('44') && isUkNationalSignificant(digits.slice(2))) ||
        (digits.startsWith('0044') && isUkNationalSignificant(digits.slice(4)));
      if (international || (national && !plus)) {
        const opening = n[first.start - 1] === '(' ? first.start - 1 : first.start;
        spans.push({ kind: 'phone', start: plus ? p : opening, end: group.end });
      }
    }
  }
  return spans;
}

/** Postcode areas of the UK, the Crown dependencies and BFPO. */
const POSTCODE_AREAS = new Set(
  (
    'AB AL B BA BB BD BF BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN ' +
    'DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L ' +
    'LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA ' +
    'SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS ' +
    'WV YO ZE'
  ).split(' '),
);

// Letters, a digit, an optional digit or letter, any separators, then the inward code: a digit
// and two letters, never C I K M O V. Glued to the word before is fine ("livesSW1A1AA").
const POSTCODE = new RegExp(
  String.raw`(?<!\d)([A-Z]{1,2})(\d)([A-Z\d]?)${SEP}{0,3}\d[ABD-HJLNP-UW-Z]{2}`,
  'gi',
);

/**
 * "G5 2nd", "E3 1st", "S8 2hr": a patient code (so ending in a digit), a separator, then an
 * ordinal or a unit in small letters, is not a postcode.
 */
const CODE_THEN_ORDINAL = new RegExp(String.raw`\d${SEP}{1,3}(?:1st|2nd|3rd|[04-9]th|\dhr)$`);

function validOutward(area: string, third: string): boolean {
  const upperArea = area.toUpperCase();
  if (!POSTCODE_AREAS.has(upperArea)) return false;
  const letter = third.toUpperCase();
  if (!/^[A-Z]$/.test(letter)) return true;
  return upperArea.length === 1
    ? 'ABCDEFGHJKPSTUW'.includes(letter)
    : 'ABEHMNPRVWXY'.includes(letter);
}

function findPostcodes(n: string): Span[] {
  const spans: Span[] = [];
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(n); m; m = POSTCODE.exec(n)) {
    POSTCODE.lastIndex = m.index + 1;
    const [whole, letters = '', , third = ''] = m;
    const end = m.index + whole.length;
    const following = n[end];
    if (isDigit(following)) continue;
    if (CODE_THEN_ORDINAL.test(whole)) continue;
    if (following !== undefined && /\p{L}/u.test(following)) {
      // Glued to a word after it only in "SW1A1AAthen": capitals, then a small letter.
      const inward = whole.slice(-2);
      if (inward !== inward.toUpperCase() || following === following.toUpperCase()) continue;
    }
    if (validOutward(letters, third)) spans.push({ kind: 'postcode', start: m.index, end });
    else if (letters.length === 2 && validOutward(letters.slice(1), third)) {
      spans.push({ kind: 'postcode', start: m.index + 1, end });
    }
  }
  return spans;
}

const LOCAL_PART = /^[\p{L}\p{N}._%+'-]$/u;
const DOMAIN_PART = /^[\p{L}\p{N}-]$/u;
const TOP_LEVEL = /^\p{L}{2,}$/u;

/** Email addresses: around each '@', the longest local part and domain (with a dot) there. */
function findEmails(n: string): Span[] {
  const spans: Span[] = [];
  for (let at = n.indexOf('@'); at !== -1; at = n.indexOf('@', at + 1)) {
    let left = at;
    if (n[left - 1] === ' ') left -= 1;
    let start = left;
    while (start > 0 && left - start < 64 && LOCAL_PART.test(n[start - 1] ?? '')) start -= 1;
    if (start === left || !/[\p{L}\p{N}]/u.test(n.slice(start, left))) continue;
    let right = at + 1;
    if (n[right] === ' ') right += 1;
    let end = right;
    while (end < n.length && end - right < 253) {
      const c = n[end] ?? '';
      if (DOMAIN_PART.test(c) || (c === '.' && DOMAIN_PART.test(n[end + 1] ?? ''))) end += 1;
      else break;
    }
    const labels = n.slice(right, end).split('.');
    const top = labels.at(-1) ?? '';
    if (labels.length >= 2 && labels.every((label) => label.length > 0) && TOP_LEVEL.test(top)) {
      spans.push({ kind: 'email', start, end });
    }
  }
  return spans;
}

// Dates of birth ------------------------------------------------------------------------------

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)([a-z]{0,7})';
const WORD_SEP = String.raw`(?:${SEP}|,)`;
/** After a day: no full stop, which would more likely end a sentence ("session 1. March 15"). */
const DAY_SEP = String.raw`[ /()\-,]`;
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = String.raw`(\d{4}|\d{2})(?!\d)`;
/** After a written month the year is a word of its own ("1. January 10th" has no year). */
const WORD_YEAR = String.raw`(\d{4}|\d{2})(?![\d\p{L}])`;

/** Day, month and year as numbers with separators: 03/03/85, 3.3.1985, 03 03 1985. */
const NUMERIC_DATE = new RegExp(
  String.raw`(?<!\d)(\d{1,2})(${SEP}{1,3})(\d{1,2})(${SEP}{1,3})${YEAR}`,
  'g',
);
/** Year first: 1985-03-03, 1985/3/3. */
const ISO_DATE = new RegExp(
  String.raw`(?<!\d)(\d{4})(${SEP}{1,3})(\d{1,2})(${SEP}{1,3})(\d{1,2})(?!\d)`,
  'g',
);
/** 3rd March 1985, 3 of March, 1985, 3-Mar-85. */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})${ORDINAL}${DAY_SEP}{0,3}(?:of${WORD_SEP}{1,3})?${MONTH}${WORD_SEP}{0,3}${WORD_YEAR}`,
  'giu',
);
/** March 3 1985, March 3rd, 1985, Mar. 3, 85. */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<!\p{L})${MONTH}${WORD_SEP}{0,3}(\d{1,2})${ORDINAL}${WORD_SEP}{1,3}${WORD_YEAR}`,
  'giu',
);
/** Eight or six digits straight (03031985, 19850303, 030385): a date only next to a cue. */
const COMPACT_DATE = /(?<!\d)(\d{8}|\d{6})(?!\d)/g;

/** Words that say a date is a date of birth: DOB, d.o.b., date of birth, born, birthday, b. */
const DOB_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:d${SEP}{0,2}o${SEP}{0,2}b(?!\p{L})\.?|date${SEP}{1,3}of${SEP}{1,3}birth(?!\p{L})|birth${SEP}{0,2}(?:date|day)(?!\p{L})|b${SEP}?day(?!\p{L})|born(?!\p{L})|b\.(?!\p{L}))`,
  'giu',
);

/** Full dates before this year are taken to be birth dates: portfolio events are recent. */
const EARLIEST_EVENT_YEAR = 2010;
/** How far, in characters, a cue may be from its date. */
const CUE_REACH = 24;

interface DateCandidate {
  start: number;
  end: number;
  year: number;
  /** Written so plainly that it is a date even without a cue. */
  plain: boolean;
  /** Only a date when a cue is next to it. */
  cueOnly: boolean;
  /** Dropped when it overlaps a well-formed date before it. */
  yieldsToEarlier: boolean;
}

function monthOk(prefix: string, rest: string): boolean {
  const word = `${prefix}${rest}`.toLowerCase();
  return MONTHS.some(
    (month) => month.startsWith(word) || (word === 'sept' && month === 'september'),
  );
}

function* matches(pattern: RegExp, n: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(n); m; m = pattern.exec(n)) {
    // Try every start, so an early near-miss never hides a date that overlaps it.
    pattern.lastIndex = m.index + 1;
    yield m;
  }
}

function dateCandidates(n: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  const add = (m: RegExpExecArray, year: number, plain: boolean, cueOnly = false) =>
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      year,
      plain,
      cueOnly,
      yieldsToEarlier: false,
    });
  for (const m of matches(NUMERIC_DATE, n)) {
    const [, a = '', sep1 = '', b = '', sep2 = '', y = ''] = m;
    if (!isDayMonth(Number(a), Number(b)) && !isDayMonth(Number(b), Number(a))) continue;
    const sameSeparator = sep1 === sep2 && (sep1.trim() !== '' || y.length === 4);
    add(m, fullYear(y), sameSeparator);
  }
  for (const m of matches(ISO_DATE, n)) {
    const [, y = '', sep1 = '', b = '', sep2 = '', d = ''] = m;
    if (isDayMonth(Number(d), Number(b))) add(m, Number(y), sep1 === sep2);
  }
  for (const m of matches(DAY_MONTH_YEAR, n)) {
    const [, d = '', prefix = '', rest = '', y = ''] = m;
    const month = MONTHS.findIndex((name) => name.startsWith(prefix.toLowerCase())) + 1;
    if (monthOk(prefix, rest) && isDayMonth(Number(d), month)) add(m, fullYear(y), true);
  }
  for (const m of matches(MONTH_DAY_YEAR, n)) {
    // The year is last; a two-digit one may really be the next number ("June 21, 40 weeks").
    const [, prefix = '', rest = '', d = '', y = ''] = m;
    const month = MONTHS.findIndex((name) => name.startsWith(prefix.toLowerCase())) + 1;
    if (monthOk(prefix, rest) && isDayMonth(Number(d), month)) {
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        year: fullYear(y),
        plain: true,
        cueOnly: false,
        yieldsToEarlier: y.length === 2,
      });
    }
  }
  for (const m of matches(COMPACT_DATE, n)) {
    const s = m[0];
    const dayFirst = isDayMonth(Number(s.slice(0, 2)), Number(s.slice(2, 4)));
    if (s.length === 6 && dayFirst) add(m, fullYear(s.slice(4)), false, true);
    else if (s.length === 8 && dayFirst) add(m, Number(s.slice(4)), false, true);
    else if (s.length === 8 && isDayMonth(Number(s.slice(6)), Number(s.slice(4, 6)))) {
      add(m, Number(s.slice(0, 4)), false, true);
    }
  }
  return found;
}

/** Between a cue and its date: a few words, no digits, no end of a sentence. */
function closeEnough(n: string, from: number, to: number): boolean {
  if (to < from || to - from > CUE_REACH) return false;
  const gap = n.slice(from, to);
  return !/[\d;!?]|\.\s/.test(gap);
}

function findDatesOfBirth(n: string): Span[] {
  const cues = [...matches(DOB_CUE, n)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    before: m[0].toLowerCase() === 'b.',
  }));
  const spans: Span[] = [];
  let c = 0;
  // Where a well-formed date overlaps a later reading with a two-digit year and no cue ("6th
  // June 21, 40 weeks" is not also "June 21, 40"), the earlier one stands.
  let plainEnd = -1;
  for (const date of dateCandidates(n).sort((x, y) => x.start - y.start || y.end - x.end)) {
    const overlapped = date.start < plainEnd;
    if (date.plain) plainEnd = Math.max(plainEnd, date.end);
    while (c < cues.length && (cues[c]?.end ?? 0) + CUE_REACH < date.start) c += 1;
    let cued = false;
    for (let k = c; k < cues.length; k += 1) {
      const cue = cues[k];
      if (!cue || cue.start > date.end + CUE_REACH) break;
      if (closeEnough(n, cue.end, date.start)) cued = true;
      else if (!cue.before && closeEnough(n, date.end, cue.start)) cued = true;
      if (cued) break;
    }
    if (date.yieldsToEarlier && overlapped && !cued) continue;
    if (cued || (date.plain && !date.cueOnly && date.year < EARLIEST_EVENT_YEAR)) {
      spans.push({ kind: 'date-of-birth', start: date.start, end: date.end });
    }
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Finding and describing
// ---------------------------------------------------------------------------------------------

/** Every patient identifier in `text`, in order, each kind's overlapping hits merged. */
export function findPatientIdentifiers(text: string): IdentifierFinding[] {
  const normalised = normaliseForMatching(text);
  const n = normalised.text;
  const spans = [
    ...findNumbers(n),
    ...findDatesOfBirth(n),
    ...findEmails(n),
    ...findPostcodes(n),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const same = merged.findLast((m) => m.kind === span.kind);
    if (same && span.start < same.end) same.end = Math.max(same.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((span) => ({
    kind: span.kind,
    start: normalised.from[span.start] ?? 0,
    end: normalised.to[span.end - 1] ?? text.length,
  }));
}

/** The first patient identifier in `text`, or null when there is none. */
export function findPatientIdentifier(text: string): IdentifierFinding | null {
  return findPatientIdentifiers(text)[0] ?? null;
}

const ONE: Record<IdentifierKind, string> = {
  'nhs-number': 'an NHS number',
  'date-of-birth': 'a date of birth',
  email: 'an email address',
  phone: 'a phone number',
  postcode: 'a postcode',
};
const MANY: Record<IdentifierKind, string> = {
  'nhs-number': 'NHS numbers',
  'date-of-birth': 'dates of birth',
  email: 'email addresses',
  phone: 'phone numbers',
  postcode: 'postcodes',
};
/** Most places listed for one kind; the rest are counted. */
const MAX_PLACES = 3;

/** Turns UTF-16 offsets into counts of characters as a person sees them (code points). */
function characterPositions(text: string | undefined): (offset: number) => number {
  if (text === undefined) return (offset) => offset;
  const counts = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    const isSecondHalf = code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
    counts[i + 1] = (counts[i] ?? 0) + (isSecondHalf ? 0 : 1);
  }
  return (offset) => counts[Math.min(Math.max(offset, 0), text.length)] ?? offset;
}

function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * The sentence shown next to the field: what kind of identifier, where (character positions,
 * counting from 1; pass the text checked to count emoji and the like as one character), and
 * what to do. It never repeats the identifier itself.
 */
export function identifierMessage(
  findings: IdentifierFinding | readonly IdentifierFinding[],
  text?: string,
): string {
  const all = 'kind' in findings ? [findings] : [...findings];
  // Where one hit lies inside another of a different kind (a 10-digit phone number that also
  // passes the NHS check), name both kinds once, for the longer stretch.
  const entries: { kinds: IdentifierKind[]; start: number; end: number }[] = [];
  let widest: (typeof entries)[number] | undefined;
  for (const f of [...all].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = entries.at(-1);
    if (last?.start === f.start && last.end === f.end) {
      if (!last.kinds.includes(f.kind)) last.kinds.push(f.kind);
    } else if (!widest || widest.end < f.end) {
      widest = { kinds: [f.kind], start: f.start, end: f.end };
      entries.push(widest);
    }
  }
  const position = characterPositions(text);
  const byKinds = new Map<string, { kinds: IdentifierKind[]; places: string[] }>();
  for (const entry of entries) {
    const key = entry.kinds.join('|');
    const group = byKinds.get(key) ?? { kinds: entry.kinds, places: [] };
    group.places.push(`${position(entry.start) + 1}–${position(entry.end)}`);
    byKinds.set(key, group);
  }
  const parts = [...byKinds.values()].map(({ kinds, places }) => {
    const what =
      places.length === 1
        ? kinds.map((k) => ONE[k]).join(' or ')
        : `${places.length} ${kinds.map((k) => MANY[k]).join(' or ')}`;
    const shown = places.slice(0, MAX_PLACES);
    const more = places.length - shown.length;
    return `${what} (characters ${list(more > 0 ? [...shown, `${more} more`] : shown)})`;
  });
  const them = entries.length === 1 ? 'it' : 'them';
  return `This looks like ${list(parts)}. Patient details must stay out of your portfolio — remove ${them} and use the patient code instead.`;
}

/**
 * Pseudonymous patient codes: one to four capital letters, an optional dash, then one to six
 * digits (e.g. `PT-0042`, `AB123`). Short enough never to be an NHS number, and with no room for
 * initials plus a birth date.
 */
export const PATIENT_CODE_PATTERN = /^[A-Z]{1,4}-?\d{1,6}$/;
