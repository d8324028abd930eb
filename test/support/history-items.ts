import type { HistoryItem } from '../../shared/history';

const evidenceDraft = {
  id: 'e-1',
  recordedAt: '2026-10-01T09:00:00Z',
  state: 'draft',
  interventionId: 'behavioural-activation',
  kind: 'observed-practice',
  date: '2026-09-20',
  title: 'BA draft',
  description: 'Watched activity scheduling',
};
const trainee = {
  name: 'Sam Patel',
  university: 'University of Exeter',
  service: 'TalkWorks Devon',
  cohort: 'September 2026',
  startDate: '2026-09-07',
  route: 'pgcert',
};

const item = (seq: number, fields: Partial<HistoryItem>): HistoryItem => ({
  seq,
  at: `2026-10-0${seq}T09:00:00Z`,
  by: 'Sam Patel',
  reason: null,
  action: 'record-add',
  collection: 'evidence',
  recordId: 'e-1',
  after: null,
  before: null,
  ...fields,
});

/** A small history as the main process returns it: oldest first, one change of each kind. */
export const historyItems: HistoryItem[] = [
  item(1, { action: 'record-add', after: evidenceDraft }),
  item(2, {
    action: 'record-update-draft',
    before: evidenceDraft,
    after: { ...evidenceDraft, title: 'BA session' },
  }),
  item(3, { action: 'record-submit', before: { ...evidenceDraft, title: 'BA session' } }),
  item(4, {
    action: 'record-amend',
    recordId: 'e-2',
    reason: 'Wrong date: it was the Monday',
    after: {
      ...evidenceDraft,
      id: 'e-2',
      state: 'submitted',
      title: 'BA session',
      date: '2026-09-21',
      amends: { supersedes: 'e-1', reason: 'Wrong date: it was the Monday' },
    },
  }),
  item(5, {
    action: 'trainee-update',
    collection: 'trainee',
    recordId: null,
    before: trainee,
    after: { ...trainee, cohort: 'January 2027' },
  }),
  item(6, {
    action: 'person-put',
    collection: 'people',
    recordId: 'sup-1',
    after: { id: 'sup-1', name: 'Jo Smith', role: 'supervisor', supervisorTrained: true },
  }),
  item(7, {
    action: 'record-delete-draft',
    collection: 'reflections',
    recordId: 'r-1',
    before: {
      id: 'r-1',
      recordedAt: '2026-10-07T08:00:00Z',
      state: 'draft',
      date: '2026-10-06',
      title: 'Not ready',
      text: 'Some thoughts',
      private: true,
    },
  }),
];
