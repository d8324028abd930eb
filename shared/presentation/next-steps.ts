import type { ProgressReport } from '../domain/progress-report';
import type { RequirementId } from '../domain/readiness';
import type { TileData } from './tiles';

/**
 * The next step for whatever the report says is missing: where in the app it is done, or, for
 * what only a supervisor can give, who to ask. Pure: the renderer turns a `go` step into a
 * button that changes screen; the command line prints the same words.
 */

/** The workspace screens a step can lead to (a subset of the renderer's screen ids). */
export type StepScreen = 'days' | 'contacts' | 'supervision' | 'evidence';

export const stepScreenName: Record<StepScreen, string> = {
  days: 'Programme days',
  contacts: 'Clinical contacts',
  supervision: 'Supervision',
  evidence: 'Evidence',
};

export type NextStep =
  | {
      kind: 'go';
      screen: StepScreen;
      /** What the button says: "Log a programme day". */
      label: string;
      /** What it is for, added to its accessible name so every button's name is unique. */
      about: string;
      /** Open the screen's new-entry form rather than just the screen. */
      newEntry: boolean;
    }
  /** Something the trainee cannot do in the app: who to ask, or why nothing can be done yet. */
  | { kind: 'say'; text: string };

export interface StepOptions {
  /** False for a read-only portfolio (an example, or someone else's): steps only show screens. */
  canLog: boolean;
}

const laterVersion = 'their sign-off arrives as a file in a later version';

function ask(what: string): NextStep {
  return { kind: 'say', text: `Ask your supervisor ${what}; ${laterVersion}.` };
}

/** A step that logs something new, or, on a read-only portfolio, opens where it would be. */
function log(screen: StepScreen, label: string, about: string, options: StepOptions): NextStep {
  return options.canLog
    ? { kind: 'go', screen, label, about, newEntry: true }
    : { kind: 'go', screen, label: `See ${stepScreenName[screen]}`, about, newEntry: false };
}

function look(screen: StepScreen, label: string, about: string): NextStep {
  return { kind: 'go', screen, label, about, newEntry: false };
}

/** The step for one missing item of a requirement (`index` into its `missing` list). */
function stepFor(
  report: ProgressReport,
  id: RequirementId,
  item: string,
  index: number,
  options: StepOptions,
): NextStep {
  switch (id) {
    case 'programme-days':
      return log('days', 'Log a programme day', item, options);
    case 'module-attendance':
      return look('days', 'Check your programme days', item);
    case 'interventions': {
      // The missing list names the interventions not yet competent, in the report's order.
      const intervention = report.interventions.filter((i) => !i.competent)[index];
      if (intervention?.failed)
        return {
          kind: 'say',
          text: 'A failed assessment is final: talk to your clinical educator about what happens next.',
        };
      return look('evidence', 'See what evidence is needed', item);
    }
    case 'presentation-coverage':
    case 'clinical-hours':
      return log('contacts', 'Log a clinical contact', item, options);
    case 'case-management-hours':
    case 'clinical-skills-hours':
      return log('supervision', 'Log a supervision session', item, options);
    case 'caseload-phases':
      return ask('for the sign-off that opens this caseload gate');
    case 'midpoint-report':
      return ask('for your mid-point report');
    case 'final-report':
      return report.reports.blocksCompletion
        ? ask('and your clinical educator about replacing the final report')
        : ask('for your final report');
    case 'front-sheet':
      return ask('to sign your front sheet');
    case 'practice-outcomes-signed':
      return ask('to sign your practice outcomes');
    case 'sign-offs-valid':
      return ask('to sign off the changed entries again');
    case 'off-the-job': {
      const a = report.apprenticeship;
      const offTheJobItem = a.applies && !a.met && index === 0;
      return {
        kind: 'say',
        text: offTheJobItem
          ? 'Off-the-job training cannot be logged in this version yet; keep your own record for now.'
          : 'Nothing to do yet: the gateway comes with time on the programme.',
      };
    }
  }
}

/** A missing item of the readiness list, with its next step. */
export interface MissingItem {
  text: string;
  step: NextStep;
}

/** Each requirement's missing items (in words already made readable) with their next steps. */
export function missingItemSteps(
  report: ProgressReport,
  id: RequirementId,
  items: readonly string[],
  options: StepOptions,
): MissingItem[] {
  return items.map((text, index) => ({ text, step: stepFor(report, id, text, index, options) }));
}

/** The next step for a tile that is behind (not met yet, or needing attention); null otherwise. */
export function tileStep(
  tile: TileData,
  report: ProgressReport,
  options: StepOptions,
): NextStep | null {
  if (tile.status === 'met' || tile.status === 'nothing-due') return null;
  switch (tile.id) {
    case 'programme-days':
      return log('days', 'Log a programme day', tile.title, options);
    case 'clinical-hours':
      return log('contacts', 'Log a clinical contact', tile.title, options);
    case 'case-management':
    case 'clinical-skills':
      return log('supervision', 'Log a supervision session', tile.title, options);
    case 'overdue-reviews':
      return log('supervision', 'Log a case review in supervision', tile.title, options);
    case 'interventions':
      return look('evidence', 'See what evidence is needed', tile.title);
    case 'caseload':
      return report.caseload.contactsOutsidePhase.length > 0
        ? look('contacts', 'Check your clinical contacts', tile.title)
        : ask('for the sign-off that opens your next caseload phase');
    default:
      return null;
  }
}

/** A step as one line of plain text, for the command line and exports. */
export function stepText(step: NextStep): string {
  return step.kind === 'say'
    ? step.text
    : `${step.label}: ${stepScreenName[step.screen]} screen${step.newEntry ? ', new entry' : ''}`;
}
