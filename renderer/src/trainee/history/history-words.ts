import type { HistoryItem } from '../../../../shared/history';
import type { Portfolio } from '../../../../shared/schemas/portfolio';
import { formatCalendarDate, formatInstant } from '../../kit/format';

/** Each kind of change in words, as the trainee would say it. */
export const actionWords: Record<HistoryItem['action'], string> = {
  'record-add': 'Added',
  'record-update-draft': 'Saved draft',
  'record-submit': 'Submitted',
  'record-delete-draft': 'Deleted draft',
  'record-amend': 'Corrected',
  'trainee-update': 'Updated profile',
  'person-put': 'Added or updated person',
  'sign-off-add': 'Signed',
  'submission-put': 'Recorded submission',
};

const collectionNames: Record<string, string> = {
  programmeDays: 'Programme day',
  contacts: 'Clinical contact',
  supervision: 'Supervision session',
  evidence: 'Evidence',
  reflections: 'Reflection',
  assessments: 'Assessment attempt',
  phaseGates: 'Caseload phase gate',
  supervisorReports: 'Supervisor report',
  offTheJob: 'Off-the-job training',
  declarations: 'Declaration',
  trainee: 'Profile',
  people: 'Supervisor or tutor',
  signOffs: 'Sign-off',
  submissions: 'Portfolio submission',
};

/** What one change did: `actionWords`, except that adding and changing a person are told apart. */
export function actionText(item: HistoryItem): string {
  if (item.action === 'person-put') return item.before ? 'Updated person' : 'Added person';
  return actionWords[item.action];
}

const supervisionTypes: Record<string, string> = {
  'case-management': 'case management',
  'clinical-skills': 'clinical skills',
};

/**
 * Which entry a change is about, in the words a trainee would recognise it by: a person's name,
 * a programme day's date and module, a contact's patient code and date, a title. Taken from the
 * values the change saved (or, for a submission or deletion, the values before it); null when
 * there are none.
 */
export function entryName(item: HistoryItem, names: NameLookup): string | null {
  const value = item.after ?? item.before;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  const text = (key: string) => {
    const v = fields[key];
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
  };
  const date = text('date');
  const when = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatCalendarDate(date) : date;
  const moduleId = text('moduleId');
  const type = text('type');
  const parts: (string | undefined)[] =
    item.collection === 'people' || item.collection === 'trainee'
      ? [text('name')]
      : item.collection === 'programmeDays'
        ? [when, moduleId ? names('moduleId', moduleId) : undefined]
        : item.collection === 'contacts'
          ? [text('patientCode'), when]
          : item.collection === 'supervision'
            ? [when, type ? (supervisionTypes[type] ?? type) : undefined]
            : [text('title'), when];
  const named = parts.filter((part): part is string => part !== undefined);
  return named.length === 0 ? null : named.join(', ');
}

/** A collection's name in words ("evidence" → "Evidence"); an unknown one is spelt out. */
export function collectionWord(collection: string): string {
  return collectionNames[collection] ?? sentence(collection);
}

const fieldLabels: Record<string, string> = {
  date: 'Date',
  title: 'Title',
  description: 'Description',
  text: 'Reflection',
  private: 'Private',
  interventionId: 'Intervention',
  interventions: 'Interventions',
  presentationId: 'Presentation',
  moduleId: 'Module',
  kind: 'Kind',
  status: 'Attendance',
  makeUpPlan: 'Make-up plan',
  notes: 'Notes',
  patientCode: 'Patient code',
  patientCodesReviewed: 'Patients reviewed',
  mode: 'Mode',
  durationMinutes: 'Length (minutes)',
  measures: 'Measures',
  outcome: 'Outcome',
  type: 'Type',
  format: 'Format',
  supervisorId: 'Supervisor',
  markerId: 'Marker',
  resultId: 'Result',
  feedback: 'Feedback',
  phase: 'Phase',
  effectiveFrom: 'Effective from',
  statement: 'Statement',
  figures: 'Figures',
  rating: 'Rating',
  comments: 'Comments',
  hours: 'Hours',
  activity: 'Activity',
  state: 'State',
  name: 'Name',
  role: 'Role',
  supervisorTrained: 'Completed supervisor training',
  university: 'University',
  service: 'NHS Talking Therapies service',
  cohort: 'Cohort',
  startDate: 'Start date',
  route: 'Route',
  subject: 'Signed for',
  signerId: 'Signed by',
  decision: 'Decision',
};

/** A field's name in words ("makeUpPlan" → "Make-up plan"); an unknown one is spelt out. */
export function fieldWord(field: string): string {
  return fieldLabels[field] ?? sentence(field);
}

/** Fields that mean something to the program, not to a reader: ids, timestamps, keys, hashes. */
const hiddenFields = new Set([
  'id',
  'recordedAt',
  'amends',
  'contentHash',
  'signature',
  'publicKey',
  'recordIds',
  'journalSeq',
]);
const isHidden = (key: string) => hiddenFields.has(key) || /At$/.test(key);

/** Fields whose values are codes from a fixed list ("authorised-absence"), not typed text. */
const codedFields = new Set([
  'kind',
  'status',
  'mode',
  'outcome',
  'type',
  'format',
  'state',
  'role',
  'route',
  'phase',
  'rating',
  'decision',
  'subject',
]);
const codeWords: Record<string, string> = {
  'ccbt-support': 'Computerised CBT support',
  'recorded-role-play': 'Recorded role-play',
  'face-to-face': 'Face to face',
  pgcert: 'Postgraduate certificate',
  gradcert: 'Graduate certificate',
  reduced: '80 % caseload',
};
const measureNames: Record<string, string> = { phq9: 'PHQ-9', gad7: 'GAD-7', wsas: 'WSAS' };

/** Names for the ids a record refers to, from the portfolio it belongs to. */
export type NameLookup = (field: string, id: string) => string;

export function nameLookup(portfolio: Portfolio): NameLookup {
  const { programme } = portfolio;
  const tables: Record<string, Map<string, string>> = {
    interventionId: new Map(programme.interventions.map((i) => [i.id, i.name])),
    presentationId: new Map(programme.presentations.map((p) => [p.id, p.name])),
    moduleId: new Map(programme.modules.map((m) => [m.id, m.title])),
    resultId: new Map(programme.assessment.results.map((r) => [r.id, r.label])),
    person: new Map(portfolio.people.map((p) => [p.id, p.name])),
  };
  const tableFor: Record<string, string> = {
    interventions: 'interventionId',
    supervisorId: 'person',
    markerId: 'person',
    signerId: 'person',
  };
  return (field, id) => tables[tableFor[field] ?? field]?.get(id) ?? id;
}

function sentence(code: string): string {
  const words = code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/-/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueText(field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined || value === '') return 'None';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (codedFields.has(field)) return codeWords[value] ?? sentence(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDate(value);
    if (field.endsWith('Id') || field === 'interventions') return names(field, value);
    return value;
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? 'None'
      : value.map((item) => valueText(field, item, names)).join(', ');
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${measureNames[k] ?? sentence(k)} ${valueText(k, v, names)}`);
    return parts.length === 0 ? 'None' : parts.join(', ');
  }
  return 'Not shown';
}

/** A saved value (a record, the profile, a person) as readable label–text pairs. */
export function describeValues(
  value: unknown,
  names: NameLookup,
  skip: readonly string[] = [],
): [string, string][] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => !isHidden(key) && !skip.includes(key) && v !== undefined)
    .map(([key, v]) => [fieldLabels[key] ?? sentence(key), valueText(key, v, names)]);
}

/** The fields a draft save changed: label, text before, text after. */
export function changedValues(
  before: unknown,
  after: unknown,
  names: NameLookup,
): [string, string, string][] {
  const old = new Map(describeValues(before, names));
  const now = new Map(describeValues(after, names));
  const labels = [...new Set([...old.keys(), ...now.keys()])];
  return labels.flatMap((label): [string, string, string][] => {
    const was = old.get(label) ?? 'None';
    const is = now.get(label) ?? 'None';
    return was === is ? [] : [[label, was, is]];
  });
}

/** Everything a search of the history can match in one change. */
export function historySearchText(item: HistoryItem, names: NameLookup): string {
  return [
    formatInstant(item.at),
    item.by,
    actionText(item),
    collectionWord(item.collection),
    entryName(item, names) ?? '',
    item.reason ?? '',
    ...describeValues(item.after, names).map(([, text]) => text),
    ...describeValues(item.before, names).map(([, text]) => text),
  ]
    .join(' ')
    .toLowerCase();
}
