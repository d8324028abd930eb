import { addDays, addMonths } from '../dates';
import type { Declaration, PhaseGate, SupervisorReport } from '../schemas/records';
import type { SignOffRequest } from '../signing/sign-off';
import { instantOn, signedAfter, workingDayFrom, workingDayUntil, writtenAfter } from './calendar';
import type { GeneratorContext } from './context';
import type { Random } from './random';
import { GATE_COMMENTS, REPORT_COMMENTS } from './texts';

/**
 * The milestones a supervisor signs: the two caseload-phase gates and the midpoint and final
 * supervisor reports. A gate is written on the morning it takes effect and signed by the
 * case-management supervisor an hour later, by a sign-off that covers the gate record.
 */

export interface Milestones {
  phaseGates: PhaseGate[];
  supervisorReports: SupervisorReport[];
  /** The front sheet and the practice-outcomes statement (its figures are filled in later). */
  declarations: Declaration[];
  signOffs: SignOffRequest[];
}

const STATEMENTS: Record<Declaration['kind'], string> = {
  'front-sheet':
    'I confirm that this portfolio is my own work, that it names my service, supervisor and tutor correctly, and that it holds no information that could identify a patient.',
  'practice-outcomes':
    'These practice outcomes are calculated from the session measures of my own caseload and agree with the service records.',
};

function declaration(
  context: GeneratorContext,
  random: Random,
  kind: Declaration['kind'],
  date: string,
) {
  const record: Declaration = {
    id: `declaration-${kind}`,
    recordedAt: instantOn(date, 11, 0),
    state: 'submitted',
    kind,
    date,
    statement: STATEMENTS[kind],
  };
  const signOff: SignOffRequest = {
    id: `so-declaration-${kind}`,
    subject: kind,
    recordIds: [record.id],
    signerId: context.cast.caseManagerId,
    signedAt: signedAfter(random, record.recordedAt, 1, 4),
    decision: 'approved',
  };
  return { record, signOff };
}

function gate(context: GeneratorContext, phase: PhaseGate['phase'], effectiveFrom: string) {
  const id = `gate-${phase}`;
  const record: PhaseGate = {
    id,
    recordedAt: instantOn(effectiveFrom, 9, 5),
    state: 'submitted',
    phase,
    effectiveFrom,
  };
  const signOff: SignOffRequest = {
    id: `so-${id}`,
    subject: 'phase-gate',
    recordIds: [id],
    signerId: context.cast.caseManagerId,
    signedAt: instantOn(effectiveFrom, 10, 15),
    decision: 'approved',
    comments: GATE_COMMENTS[phase],
  };
  return { record, signOff };
}

function report(
  context: GeneratorContext,
  random: Random,
  kind: SupervisorReport['kind'],
  date: string,
) {
  const rating = context.behind && kind === 'midpoint' ? 'unsatisfactory' : 'satisfactory';
  const record: SupervisorReport = {
    id: `report-${kind}`,
    recordedAt: writtenAfter(random, date),
    state: 'submitted',
    kind,
    date,
    supervisorId: context.cast.caseManagerId,
    rating,
    comments: REPORT_COMMENTS[kind][rating],
  };
  const signOff: SignOffRequest = {
    id: `so-report-${kind}`,
    subject: 'supervisor-report',
    recordIds: [record.id],
    signerId: context.cast.caseManagerId,
    signedAt: signedAfter(random, record.recordedAt, 1, 5),
    decision: 'approved',
  };
  return { record, signOff };
}

/** Both phase gates and both supervisor reports, with the sign-offs that go with them. */
export function planMilestones(context: GeneratorContext, random: Random): Milestones {
  const { timeline } = context;
  const gates = [
    gate(context, 'reduced', timeline.reducedFrom),
    gate(context, 'full', timeline.fullFrom),
  ];
  const months = context.programme.windowMonths;
  const midpoint = workingDayFrom(addMonths(timeline.start, Math.round(months / 2)));
  const finalDay = workingDayUntil(addDays(timeline.end, -random.int(5, 12)));
  const reports = [
    report(context, random, 'midpoint', midpoint),
    report(context, random, 'final', finalDay),
  ];
  const within = <T extends { record: { id: string } }>(items: T[], dateOf: (item: T) => string) =>
    items.filter((item) => dateOf(item) <= timeline.end);
  const keptGates = within(gates, (g) => g.record.effectiveFrom);
  const keptReports = within(reports, (r) => r.record.date);
  const declarations = within(
    [
      declaration(context, random, 'front-sheet', workingDayFrom(addDays(timeline.start, 2))),
      declaration(context, random, 'practice-outcomes', workingDayUntil(addDays(finalDay, -3))),
    ],
    (d) => d.record.date,
  );
  return {
    phaseGates: keptGates.map((g) => g.record),
    supervisorReports: keptReports.map((r) => r.record),
    declarations: declarations.map((d) => d.record),
    signOffs: [...keptGates, ...keptReports, ...declarations].map((item) => item.signOff),
  };
}
