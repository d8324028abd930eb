import type { Person } from '../schemas/records';

/**
 * People listed in a portfolio (supervisors and university tutors). The same person added twice
 * would appear twice wherever one is chosen (the supervisor of a session), so a new person with
 * the name and role of someone already listed is refused unless the trainee confirms it is a
 * different person (`people:put` with `sameNameConfirmed: true`).
 */

/**
 * A name as compared for "the same name": Unicode-normalised (NFKC), every space and other
 * white space removed, in lower case. So "Jo Smith", " jo  smith " and "JoSmith" are one name.
 */
export function sameNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').toLocaleLowerCase('en-GB');
}

/** Someone already listed with the same name (by `sameNameKey`) and role, if any. */
export function personWithSameName(
  people: readonly Person[],
  name: string,
  role: Person['role'],
): Person | undefined {
  const key = sameNameKey(name);
  return people.find((p) => p.role === role && sameNameKey(p.name) === key);
}

const roleWords: Record<Person['role'], string> = {
  supervisor: 'A supervisor',
  educator: 'A university tutor',
};

/** The message on `name` when a new person matches someone already listed. */
export function samePersonMessage(existing: Person): string {
  return `${roleWords[existing.role]} called ${existing.name} is already listed. If this is a different person, confirm to add them anyway.`;
}
