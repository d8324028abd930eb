import { monthOf } from '../dates';
import type { Portfolio } from '../schemas/portfolio';
import type { ClinicalContact } from '../schemas/records';
import { contactKind, contactMode } from '../schemas/records';
import { beforeStart, countedInRange, countingRange } from './counting-range';

/**
 * Supervised clinical contact hours, the figure the programme sets a minimum for by the end of
 * training (`programme.clinicalPractice.minimumContactHours`).
 *
 * Shadowing contacts do NOT count towards supervised clinical contact hours: shadowing is
 * watching someone else practise, not the trainee's own practice under supervision. They are
 * still worth showing (the shadowing phase is a gated milestone), so they appear under
 * `byKind.shadowing` and in `shadowingHours`, but nowhere else. Every other breakdown — by mode,
 * by intervention, by month — and the distinct-patient count cover counted contacts only, so
 * each reads as "how my supervised hours split up".
 */

export type ContactKind = ClinicalContact['kind'];
export type ContactMode = ClinicalContact['mode'];

/** A number of contacts and the time they took. `hours` is `minutes / 60`, unrounded. */
export interface ContactTally {
  contacts: number;
  minutes: number;
  hours: number;
}

export interface InterventionTally extends ContactTally {
  interventionId: string;
}

export interface MonthTally extends ContactTally {
  /** `YYYY-MM`. */
  month: string;
}

export interface PracticeHours {
  /** Supervised clinical contacts up to today (shadowing excluded). */
  total: ContactTally;
  /** Every kind, shadowing included, so the sum is `total.minutes + shadowingMinutes`. */
  byKind: Record<ContactKind, ContactTally>;
  byMode: Record<ContactMode, ContactTally>;
  /**
   * The programme's interventions in programme order (zeros included, so gaps show), then any
   * other ids found on contacts in alphabetical order. A contact using two interventions counts
   * its minutes towards each, so these rows may add up to more than `total`.
   */
  byIntervention: InterventionTally[];
  /** Months that have at least one counted contact, ascending. */
  byMonth: MonthTally[];
  shadowingContacts: number;
  shadowingMinutes: number;
  shadowingHours: number;
  minimumHours: number;
  /** Hours still needed to reach the minimum; 0 once it is met. */
  hoursRemaining: number;
  met: boolean;
  /** Distinct patient codes among counted (non-shadowing) contacts. */
  patientsSeen: number;
  /** Submitted contacts dated before the start date: outside the programme window, not counted. */
  outsideWindow: ClinicalContact[];
}

/**
 * Submitted, current contacts dated from the start date to `today` (`counting-range.ts`). A
 * contact dated after `today` has not happened yet, and one before the start is not part of the
 * programme, so neither counts, anywhere (hours, outcomes, caseload, reviews, coverage).
 */
export function contactsUpTo(portfolio: Portfolio, today: string): ClinicalContact[] {
  return countedInRange(portfolio.contacts, countingRange(portfolio, today));
}

export function isShadowing(contact: ClinicalContact): boolean {
  return contact.kind === 'shadowing';
}

function sumMinutes(contacts: readonly ClinicalContact[]): number {
  return contacts.reduce((sum, contact) => sum + contact.durationMinutes, 0);
}

function tally(contacts: readonly ClinicalContact[]): ContactTally {
  const minutes = sumMinutes(contacts);
  return { contacts: contacts.length, minutes, hours: minutes / 60 };
}

/** One tally per enum value, zeros included, so the UI never has to guess a missing row. */
function tallyByEnum<K extends string>(
  values: readonly K[],
  contacts: readonly ClinicalContact[],
  keyOf: (contact: ClinicalContact) => K,
): Record<K, ContactTally> {
  const entries = values.map((value) => [
    value,
    tally(contacts.filter((contact) => keyOf(contact) === value)),
  ]);
  return Object.fromEntries(entries) as Record<K, ContactTally>;
}

function interventionOrder(portfolio: Portfolio, contacts: readonly ClinicalContact[]): string[] {
  const known = portfolio.programme.interventions.map((intervention) => intervention.id);
  const knownSet = new Set(known);
  const others = new Set<string>();
  for (const contact of contacts) for (const id of contact.interventions) others.add(id);
  const unknown = [...others].filter((id) => !knownSet.has(id)).sort();
  return [...known, ...unknown];
}

/** Contacts and minutes per key, in one pass over the contacts (in their order). */
function tallyBy(
  contacts: readonly ClinicalContact[],
  keysOf: (contact: ClinicalContact) => Iterable<string>,
): Map<string, { contacts: number; minutes: number }> {
  const sums = new Map<string, { contacts: number; minutes: number }>();
  for (const contact of contacts)
    for (const key of keysOf(contact)) {
      const sum = sums.get(key);
      if (sum) {
        sum.contacts += 1;
        sum.minutes += contact.durationMinutes;
      } else sums.set(key, { contacts: 1, minutes: contact.durationMinutes });
    }
  return sums;
}

function tallyOf(sum: { contacts: number; minutes: number } | undefined): ContactTally {
  const minutes = sum?.minutes ?? 0;
  return { contacts: sum?.contacts ?? 0, minutes, hours: minutes / 60 };
}

function byIntervention(
  portfolio: Portfolio,
  contacts: readonly ClinicalContact[],
): InterventionTally[] {
  // Distinct ids rather than counting occurrences: an id listed twice on one contact is still one
  // session of that intervention.
  const sums = tallyBy(contacts, (contact) => new Set(contact.interventions));
  return interventionOrder(portfolio, contacts).map((interventionId) => ({
    interventionId,
    ...tallyOf(sums.get(interventionId)),
  }));
}

function byMonth(contacts: readonly ClinicalContact[]): MonthTally[] {
  const sums = tallyBy(contacts, (contact) => [monthOf(contact.date)]);
  return [...sums.keys()].sort().map((month) => ({ month, ...tallyOf(sums.get(month)) }));
}

/** Hours, breakdowns and progress towards the programme's minimum, as of `today` (`YYYY-MM-DD`). */
export function practiceHours(portfolio: Portfolio, today: string): PracticeHours {
  const all = contactsUpTo(portfolio, today);
  const practised = all.filter((contact) => !isShadowing(contact));
  const shadowed = all.filter(isShadowing);
  const total = tally(practised);
  const shadowingMinutes = sumMinutes(shadowed);
  const minimumHours = portfolio.programme.clinicalPractice.minimumContactHours;
  // Compare in whole minutes so that e.g. 80 h is met by exactly 4800 minutes, whatever
  // floating-point division would make of the hours.
  const minutesRemaining = Math.max(0, minimumHours * 60 - total.minutes);
  return {
    total,
    byKind: tallyByEnum(contactKind.options, all, (contact) => contact.kind),
    byMode: tallyByEnum(contactMode.options, practised, (contact) => contact.mode),
    byIntervention: byIntervention(portfolio, practised),
    byMonth: byMonth(practised),
    shadowingContacts: shadowed.length,
    shadowingMinutes,
    shadowingHours: shadowingMinutes / 60,
    minimumHours,
    hoursRemaining: minutesRemaining / 60,
    met: minutesRemaining === 0,
    patientsSeen: new Set(practised.map((contact) => contact.patientCode)).size,
    outsideWindow: beforeStart(portfolio.contacts, countingRange(portfolio, today)),
  };
}
