import { fieldWord } from '../trainee/history/history-words';

/** One of a list, by the list's name in a file path ("contacts" in `contacts.0.notes`). */
const itemNames: Record<string, string> = {
  programmeDays: 'Programme day',
  contacts: 'Contact',
  supervision: 'Supervision session',
  evidence: 'Evidence item',
  reflections: 'Reflection',
  assessments: 'Assessment attempt',
  phaseGates: 'Caseload phase gate',
  supervisorReports: 'Supervisor report',
  offTheJob: 'Off-the-job training entry',
  declarations: 'Declaration',
  people: 'Supervisor or tutor',
  signOffs: 'Sign-off',
  submissions: 'Portfolio submission',
  modules: 'Module',
  interventions: 'Intervention',
  presentations: 'Presentation',
  patientCodesReviewed: 'Patient code',
  recordIds: 'Signed entry',
};

/** Parts of a file that are not lists, and the measures inside a contact. */
const partNames: Record<string, string> = {
  trainee: 'Your details',
  programme: 'Programme rules',
  schemaVersion: 'File format version',
  phq9: 'PHQ-9 score',
  gad7: 'GAD-7 score',
  wsas: 'WSAS score',
};

/** Containers that add nothing a reader needs: `measures.phq9` is just "PHQ-9 score". */
const silent = new Set(['measures']);

const isIndex = (key: string | undefined) => key !== undefined && /^\d+$/.test(key);

/** A name in the middle of a sentence: "Notes" → "notes", but "PHQ-9 score" stays. */
function inSentence(word: string): string {
  return /^[A-Z][a-z]/.test(word) ? word.charAt(0).toLowerCase() + word.slice(1) : word;
}

/**
 * Where in a portfolio file a problem is, in words: `contacts.0.measures.phq9` → "Contact 1,
 * PHQ-9 score"; `trainee.startDate` → "Your details, start date". Lists count from 1, as people
 * do; a name the app does not know is spelt out rather than shown as code.
 */
export function problemPlace(path: string): string {
  const keys = path.split('.').filter((key) => key !== '');
  if (keys.length === 0) return 'The file as a whole';
  const words: string[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] ?? '';
    const next = keys[i + 1];
    if (isIndex(next)) {
      words.push(`${itemNames[key] ?? fieldWord(key)} ${Number(next) + 1}`);
      i += 1;
    } else if (isIndex(key)) {
      words.push(`item ${Number(key) + 1}`);
    } else if (!silent.has(key) || i === keys.length - 1) {
      words.push(partNames[key] ?? fieldWord(key));
    }
  }
  return words.map((word, index) => (index === 0 ? word : inSentence(word))).join(', ');
}
