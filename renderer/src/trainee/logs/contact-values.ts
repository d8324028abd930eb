import type { FieldValues } from 'react-hook-form';
import type { ClinicalContact, Measures } from '../../../../shared/schemas/records';
import { formWording } from '../../kit/error-wording';

/** What the contacts log calls each kind, mode and outcome, in the form, the list and the view. */
export const kindLabels: Record<ClinicalContact['kind'], string> = {
  assessment: 'Assessment',
  treatment: 'Treatment',
  review: 'Review',
  group: 'Group / psychoeducation',
  shadowing: 'Shadowing',
};

export const modeLabels: Record<ClinicalContact['mode'], string> = {
  'face-to-face': 'Face to face',
  telephone: 'Telephone',
  video: 'Video',
  'ccbt-support': 'Computerised CBT support',
};

export const outcomeLabels: Record<ClinicalContact['outcome'], string> = {
  continuing: 'Continuing',
  'stepped-up': 'Stepped up',
  discharged: 'Discharged',
};

export const measureNames: Record<keyof Measures, { name: string; max: number }> = {
  phq9: { name: 'PHQ-9', max: 27 },
  gad7: { name: 'GAD-7', max: 21 },
  wsas: { name: 'WSAS', max: 40 },
};

export const options = <K extends string>(labels: Record<K, string>) =>
  Object.entries<string>(labels).map(([value, label]) => ({ value, label }));

/**
 * The longest patient code the shared pattern allows: up to 4 letters, a dash and up to 6 digits.
 * (`PATIENT_CODE_PATTERN` in shared/domain/data-minimisation.ts; a code is never longer.)
 */
export const PATIENT_CODE_MAX_LENGTH = 11;

/** The contact form's messages in its own words: its labels, and what was left empty. */
export const contactWording = formWording({
  dates: { date: 'Date of the contact' },
  empty: {
    patientCode: 'Enter the patient code',
    kind: 'Select the kind of contact',
    mode: 'Select how the contact took place',
    durationMinutes: 'Enter the length of the contact in minutes',
    outcome: 'Select the outcome',
  },
  other: (path, message, value) => {
    if (path === 'patientCode' && typeof value === 'string') {
      if (value.trim().length > PATIENT_CODE_MAX_LENGTH)
        return `Patient code must be ${PATIENT_CODE_MAX_LENGTH} characters or fewer`;
      // The pattern's message; any other reason (a main-process rule, say) keeps its own words.
      if (message.startsWith('Use the pseudonymous patient code'))
        return 'Patient code must be up to 4 capital letters, an optional dash and up to 6 numbers, like PT-0042';
    }
    if (path === 'durationMinutes' && typeof value === 'number' && Number.isNaN(value))
      return 'Length in minutes must be a number, like 30';
    return undefined;
  },
});

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined;

/**
 * Form values → the contact's shape. A score box left empty is left out of `measures` (so an
 * untaken measure is absent, never 0, '' or NaN — a NaN stays so validation can name the box),
 * and the interventions are always a list, however many boxes the programme has.
 */
export function toContactRecord(values: FieldValues): FieldValues {
  const measures: unknown = values.measures;
  const interventions: unknown = values.interventions;
  return {
    ...values,
    measures: Object.fromEntries(
      Object.entries(typeof measures === 'object' && measures !== null ? measures : {}).filter(
        ([, value]) => !isEmpty(value),
      ),
    ),
    interventions: Array.isArray(interventions)
      ? interventions
      : typeof interventions === 'string' && interventions !== ''
        ? [interventions]
        : [],
  };
}
