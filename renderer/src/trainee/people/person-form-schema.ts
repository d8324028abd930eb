import { z } from 'zod';
import { ipcContract } from '../../../../shared/ipc-contract';
import type { Person } from '../../../../shared/schemas/records';

const putInput = ipcContract['people:put'].input.omit({ id: true });

/**
 * The form's schema is the `people:put` input itself, so the two cannot drift apart. Only the
 * radios differ: they hold text, and until one is chosen nothing, so each gets a plain message,
 * and "yes"/"no" becomes the boolean the main process expects. Only a supervisor is asked about
 * supervisor training; a university tutor's answer is always "no" (it decides nothing for them).
 */
export const personFormSchema = putInput
  .extend({
    name: z
      .string()
      .trim()
      .min(1, 'Enter their full name')
      // The `people:put` name rules (length, no patient identifiers) still apply, worded by them.
      .pipe(putInput.shape.name),
    role: z.enum(['supervisor', 'educator'], {
      message: 'Choose whether they are a supervisor or a university tutor',
    }),
    // Nothing until chosen (null once the radios appear); asked only of a supervisor.
    supervisorTrained: z.enum(['yes', 'no']).nullish(),
  })
  .superRefine((person, ctx) => {
    if (person.role === 'supervisor' && person.supervisorTrained == null) {
      ctx.addIssue({
        code: 'custom',
        path: ['supervisorTrained'],
        message: 'Say whether they have completed low-intensity supervisor training',
      });
    }
  })
  .transform((person) => ({
    ...person,
    supervisorTrained: person.role === 'supervisor' && person.supervisorTrained === 'yes',
  }));

/** What the form holds: the radios hold text, and nothing until one is chosen. */
export type PersonFormValues = z.input<typeof personFormSchema>;
export type PersonFormOutput = z.output<typeof personFormSchema>;

export const roleLabels: Record<Person['role'], string> = {
  supervisor: 'Supervisor',
  educator: 'University tutor',
};

/** A person's details as the form shows them; a new person starts with nothing chosen. */
export function formValuesOf(person: Person | undefined): Partial<PersonFormValues> {
  if (!person) return { name: '' };
  if (person.role === 'educator') return { name: person.name, role: person.role };
  return {
    name: person.name,
    role: person.role,
    supervisorTrained: person.supervisorTrained ? 'yes' : 'no',
  };
}

/** The form fields by name, and the ids the error summary links to. */
export const personFieldIds = {
  name: 'person-name',
  role: 'person-role',
  supervisorTrained: 'person-trained',
} as const;

export type PersonField = keyof typeof personFieldIds;

/** `person.role` (from the main process's rules) or `role` (from its input check) → `role`. */
export function personField(path: string): PersonField | null {
  const key = path.replace(/^person\./, '');
  return key in personFieldIds ? (key as PersonField) : null;
}
