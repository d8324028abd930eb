import type { PathIssue } from '../field-issues';
import type { z } from 'zod';
import {
  allowedAttempts,
  attemptLimitMessage,
  attemptsAfterFinalFail,
  finalFailMessage,
} from '../domain/assessment-limit';
import { dateInWords } from '../dates';
import { currentRecords } from '../domain/current-records';
import type { portfolioShape } from './portfolio';

type PortfolioShape = z.infer<typeof portfolioShape>;

/** One broken rule, at the path of the field it is about. */
export type InvariantIssue = PathIssue;

/**
 * Rules that join records together, checked on open and on every save: ids are unique, every
 * reference points at something that exists, corrections form straight lines (a record is
 * superseded at most once, by a record of its own kind), and no intervention has more current
 * assessment attempts than the programme allows (`assessment-limit.ts`).
 */
export function portfolioInvariantIssues(p: PortfolioShape): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  const modules = new Set(p.programme.modules.map((m) => m.id));
  const interventions = new Set(p.programme.interventions.map((i) => i.id));
  const presentations = new Set(p.programme.presentations.map((x) => x.id));
  const results = new Set(p.programme.assessment.results.map((r) => r.id));
  const people = new Map(p.people.map((person) => [person.id, person]));

  const allIds = new Map<string, string>();
  const collections = {
    programmeDays: p.programmeDays,
    contacts: p.contacts,
    supervision: p.supervision,
    evidence: p.evidence,
    reflections: p.reflections,
    assessments: p.assessments,
    phaseGates: p.phaseGates,
    supervisorReports: p.supervisorReports,
    offTheJob: p.offTheJob,
    declarations: p.declarations,
  };
  for (const [name, records] of Object.entries(collections)) {
    const supersededHere = new Set<string>();
    const idsHere = new Set(records.map((r) => r.id));
    records.forEach((record, index) => {
      const other = allIds.get(record.id);
      if (other)
        issues.push({
          path: [name, index, 'id'],
          message: `The id ${record.id} is already used in ${other}`,
        });
      allIds.set(record.id, name);
      const target = record.amends?.supersedes;
      if (target !== undefined) {
        if (!idsHere.has(target) || target === record.id) {
          issues.push({
            path: [name, index, 'amends', 'supersedes'],
            message: `There is no earlier record ${target} here to correct`,
          });
        } else if (supersededHere.has(target)) {
          issues.push({
            path: [name, index, 'amends', 'supersedes'],
            message: `Record ${target} has already been corrected`,
          });
        }
        supersededHere.add(target);
      }
    });
  }
  for (const person of p.people) {
    if (allIds.has(person.id))
      issues.push({ path: ['people'], message: `The id ${person.id} is used by a record too` });
  }

  const need = (ok: boolean, path: (string | number)[], message: string) => {
    if (!ok) issues.push({ path, message });
  };
  p.programmeDays.forEach((d, i) =>
    need(
      modules.has(d.moduleId),
      ['programmeDays', i, 'moduleId'],
      `No module ${d.moduleId} in this programme`,
    ),
  );
  p.contacts.forEach((c, i) => {
    c.interventions.forEach((id, j) =>
      need(
        interventions.has(id),
        ['contacts', i, 'interventions', j],
        `No intervention ${id} in this programme`,
      ),
    );
    if (c.presentationId)
      need(
        presentations.has(c.presentationId),
        ['contacts', i, 'presentationId'],
        `No presentation ${c.presentationId} in this programme`,
      );
  });
  p.supervision.forEach((s, i) =>
    need(
      people.get(s.supervisorId)?.role === 'supervisor',
      ['supervision', i, 'supervisorId'],
      `No supervisor ${s.supervisorId} is listed`,
    ),
  );
  p.evidence.forEach((e, i) =>
    need(
      interventions.has(e.interventionId),
      ['evidence', i, 'interventionId'],
      `No intervention ${e.interventionId} in this programme`,
    ),
  );
  p.reflections.forEach((r, i) => {
    if (r.interventionId)
      need(
        interventions.has(r.interventionId),
        ['reflections', i, 'interventionId'],
        `No intervention ${r.interventionId} in this programme`,
      );
  });
  p.assessments.forEach((a, i) => {
    need(
      interventions.has(a.interventionId),
      ['assessments', i, 'interventionId'],
      `No intervention ${a.interventionId} in this programme`,
    );
    need(
      results.has(a.resultId),
      ['assessments', i, 'resultId'],
      `No result ${a.resultId} on this programme's scale`,
    );
    need(
      people.get(a.markerId)?.role === 'educator',
      ['assessments', i, 'markerId'],
      `No educator ${a.markerId} is listed`,
    );
  });
  // The resubmission limit: the attempt that goes beyond it (in file order) is the one named.
  const allowed = allowedAttempts(p.programme);
  const current = new Set(currentRecords(p.assessments));
  const attemptsSoFar = new Map<string, number>();
  const late = new Map(
    attemptsAfterFinalFail(p.assessments, p.programme).map((l) => [l.attempt, l.failedOn]),
  );
  p.assessments.forEach((a, i) => {
    if (!current.has(a)) return;
    const failedOn = late.get(a);
    if (failedOn !== undefined) {
      const name = p.programme.interventions.find((x) => x.id === a.interventionId)?.name;
      need(
        false,
        ['assessments', i, 'interventionId'],
        finalFailMessage(name ?? a.interventionId, dateInWords(failedOn)),
      );
    }
    const n = (attemptsSoFar.get(a.interventionId) ?? 0) + 1;
    attemptsSoFar.set(a.interventionId, n);
    const name = p.programme.interventions.find((x) => x.id === a.interventionId)?.name;
    need(
      n <= allowed,
      ['assessments', i, 'interventionId'],
      attemptLimitMessage(name ?? a.interventionId, p.programme),
    );
  });
  p.supervisorReports.forEach((r, i) =>
    need(
      people.get(r.supervisorId)?.role === 'supervisor',
      ['supervisorReports', i, 'supervisorId'],
      `No supervisor ${r.supervisorId} is listed`,
    ),
  );
  const signOffIds = new Set<string>();
  p.signOffs.forEach((s, i) => {
    need(!signOffIds.has(s.id), ['signOffs', i, 'id'], `The sign-off id ${s.id} is used twice`);
    signOffIds.add(s.id);
    need(people.has(s.signerId), ['signOffs', i, 'signerId'], `No person ${s.signerId} is listed`);
    s.recordIds.forEach((id, j) =>
      need(allIds.has(id), ['signOffs', i, 'recordIds', j], `No record ${id} to sign`),
    );
  });
  return issues;
}
