import { clinicalContactSchema } from '../../../../shared/schemas/records';
import type { ClinicalContact, Measures } from '../../../../shared/schemas/records';
import { formatCalendarDate } from '../../kit/format';
import type { LogDefinition } from '../records/LogScreen';
import { LogScreen, StateTag } from '../records/LogScreen';
import { contactWording } from './contact-values';
import { usePortfolio } from '../../shell/PortfolioContext';
import { ContactFields } from './ContactFields';
import {
  kindLabels,
  measureNames,
  modeLabels,
  outcomeLabels,
  toContactRecord,
} from './contact-values';

interface Names {
  intervention: (id: string) => string;
  presentation: (id: string) => string;
}

/** A score in the list; a dash for a measure not taken, which a screen reader reads as words. */
function Score({ value }: { value: number | undefined }) {
  if (value !== undefined) return <>{value}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="nhsuk-u-visually-hidden">not taken</span>
    </>
  );
}

function definition(names: Names): LogDefinition<ClinicalContact> {
  const interventionList = (c: ClinicalContact) => c.interventions.map(names.intervention);
  return {
    collection: 'contacts',
    title: 'Clinical contacts',
    intro:
      'Every supervised contact with a patient, by pseudonymous patient code only. Session measures are numbers; shadowing is logged but does not count towards your clinical hours.',
    noun: 'contact',
    schema: clinicalContactSchema,
    optional: ['presentationId', 'notes'],
    // Nothing is chosen for the trainee: a submitted contact is permanent, so each fact is theirs.
    defaults: () => ({
      patientCode: '',
      date: '',
      kind: '',
      mode: '',
      durationMinutes: '',
      presentationId: '',
      interventions: [],
      measures: {},
      outcome: '',
      notes: '',
    }),
    toRecord: toContactRecord,
    wording: contactWording,
    Fields: ContactFields,
    rowTitle: (c) => formatCalendarDate(c.date),
    searchText: (c) =>
      [
        c.patientCode,
        c.date,
        formatCalendarDate(c.date),
        kindLabels[c.kind],
        modeLabels[c.mode],
        ...interventionList(c),
        c.presentationId ? names.presentation(c.presentationId) : '',
        outcomeLabels[c.outcome],
        c.notes ?? '',
      ].join(' '),
    columns: [
      {
        key: 'date',
        label: 'Date',
        render: (c) => formatCalendarDate(c.date),
        sortValue: (c) => c.date,
      },
      {
        key: 'patient',
        label: 'Patient',
        render: (c) => c.patientCode,
        sortValue: (c) => c.patientCode,
      },
      { key: 'kind', label: 'Kind', render: (c) => kindLabels[c.kind], sortValue: (c) => c.kind },
      { key: 'mode', label: 'Mode', render: (c) => modeLabels[c.mode], sortValue: (c) => c.mode },
      {
        key: 'minutes',
        label: 'Minutes',
        render: (c) => c.durationMinutes,
        sortValue: (c) => c.durationMinutes,
      },
      {
        key: 'measures',
        label: 'PHQ-9 / GAD-7',
        render: (c) => (
          <>
            <Score value={c.measures.phq9} /> / <Score value={c.measures.gad7} />
          </>
        ),
        // Unscored contacts sort below a score of 0.
        sortValue: (c) => c.measures.phq9 ?? -1,
      },
      {
        key: 'state',
        label: 'State',
        render: (c, { corrected }) => <StateTag record={c} corrected={corrected} />,
        sortValue: (c) => c.state,
      },
    ],
    describe: (c) => [
      ['Patient code', c.patientCode],
      ['Date', formatCalendarDate(c.date)],
      ['Kind', kindLabels[c.kind]],
      ['Mode', modeLabels[c.mode]],
      ['Length', `${c.durationMinutes} minutes`],
      [
        'Presenting problem',
        c.presentationId ? names.presentation(c.presentationId) : 'Not recorded',
      ],
      ['Interventions', interventionList(c).join(', ') || 'None'],
      ...(Object.keys(measureNames) as (keyof Measures)[]).map((key): [string, string] => [
        measureNames[key].name,
        c.measures[key] === undefined ? 'Not taken' : String(c.measures[key]),
      ]),
      ['Outcome', outcomeLabels[c.outcome]],
      ['Notes', c.notes || 'None'],
    ],
  };
}

/** The clinical contacts log: every contact, its measures, and the hours they add up to. */
export function ContactsLog() {
  const { portfolio } = usePortfolio();
  const { interventions, presentations } = portfolio.programme;
  const interventionNames = new Map(interventions.map((i) => [i.id, i.name]));
  const presentationNames = new Map(presentations.map((p) => [p.id, p.name]));
  return (
    <LogScreen
      definition={definition({
        intervention: (id) => interventionNames.get(id) ?? id,
        presentation: (id) => presentationNames.get(id) ?? id,
      })}
    />
  );
}
