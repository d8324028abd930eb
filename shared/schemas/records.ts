import { z } from 'zod';
import {
  calendarDate,
  freeText,
  instant,
  minutes,
  patientCode,
  recordId,
  shortText,
} from './primitives';

/**
 * Every record a portfolio holds. Each carries `RecordMeta`: when it was written (so a signer
 * sees how long after the event it was logged), whether it is still a draft, and — for a
 * correction — which record it supersedes and why. Records are never edited once submitted:
 * a correction is a new record whose `amends` names the old one.
 */
export const amendmentSchema = z.object({
  supersedes: recordId,
  reason: shortText('reason for the correction', 500),
});

export const recordMeta = {
  id: recordId,
  /** When the entry was written (not when the event happened). */
  recordedAt: instant,
  state: z.enum(['draft', 'submitted']),
  amends: amendmentSchema.optional(),
};

export const attendanceStatus = z.enum(['planned', 'attended', 'authorised-absence', 'missed']);

export const programmeDaySchema = z
  .object({
    ...recordMeta,
    date: calendarDate,
    moduleId: recordId,
    kind: z.enum(['taught', 'directed']),
    status: attendanceStatus,
    /** Required for an authorised absence: how the missed learning will be made up. */
    makeUpPlan: freeText('make-up plan', 2000).optional(),
    notes: freeText('notes', 2000).optional(),
  })
  .superRefine((day, ctx) => {
    if (day.status === 'authorised-absence' && !day.makeUpPlan) {
      ctx.addIssue({
        code: 'custom',
        path: ['makeUpPlan'],
        message: 'Say how you will make up the missed day',
      });
    }
  });

export const contactKind = z.enum(['assessment', 'treatment', 'review', 'group', 'shadowing']);
export const contactMode = z.enum(['face-to-face', 'telephone', 'video', 'ccbt-support']);
export const contactOutcome = z.enum(['continuing', 'stepped-up', 'discharged']);

const score = (name: string, max: number) =>
  z
    .number({ message: `Enter the ${name} score as a number` })
    .int(`The ${name} score is a whole number`)
    .min(0, `The ${name} score cannot be below 0`)
    .max(max, `The ${name} score cannot be above ${max}`);

/** Session measures, numbers only. */
export const measuresSchema = z
  .object({
    phq9: score('PHQ-9', 27).optional(),
    gad7: score('GAD-7', 21).optional(),
    wsas: score('WSAS', 40).optional(),
  })
  .strict();

export const clinicalContactSchema = z.object({
  ...recordMeta,
  patientCode,
  date: calendarDate,
  kind: contactKind,
  mode: contactMode,
  durationMinutes: minutes('contact length', 240),
  /** Programme intervention ids used in the session. */
  interventions: z.array(recordId).max(20),
  /** The presenting problem (a programme presentation id), if known. */
  presentationId: recordId.optional(),
  measures: measuresSchema,
  outcome: contactOutcome,
  notes: freeText('notes', 2000).optional(),
});

export const supervisionSessionSchema = z.object({
  ...recordMeta,
  date: calendarDate,
  type: z.enum(['case-management', 'clinical-skills']),
  format: z.enum(['individual', 'group']),
  durationMinutes: minutes('session length', 480),
  supervisorId: recordId,
  /** Patients discussed (case management reviews every patient on the caseload in turn). */
  patientCodesReviewed: z.array(patientCode).max(200),
  notes: freeText('notes', 5000).optional(),
});

export const evidenceKind = z.enum([
  'observed-practice',
  'recorded-role-play',
  'case-summary',
  'reflection',
]);

export const evidenceSchema = z.object({
  ...recordMeta,
  interventionId: recordId,
  kind: evidenceKind,
  date: calendarDate,
  title: shortText('evidence title', 200),
  description: freeText('description', 10_000),
  presentationId: recordId.optional(),
});

export const reflectionSchema = z.object({
  ...recordMeta,
  date: calendarDate,
  title: shortText('reflection title', 200),
  text: freeText('reflection', 20_000),
  /** A private reflection is never exported or signed. */
  private: z.boolean(),
  interventionId: recordId.optional(),
});

export const assessmentAttemptSchema = z.object({
  ...recordMeta,
  interventionId: recordId,
  date: calendarDate,
  /** A result id from the programme's result scale. */
  resultId: recordId,
  markerId: recordId,
  feedback: freeText('feedback', 10_000).optional(),
});

export const caseloadPhase = z.enum(['shadowing', 'reduced', 'full']);

/**
 * A request to open a caseload phase. It opens only when a sign-off (subject `phase-gate`) from
 * someone entitled to open it covers this record, and then on the later of `effectiveFrom` and
 * the day it was signed: a gate cannot be backdated (`caseload-phase.ts`).
 */
export const phaseGateSchema = z.object({
  ...recordMeta,
  phase: z.enum(['reduced', 'full']),
  effectiveFrom: calendarDate,
});

/**
 * A form the trainee completes and the supervisor signs: the portfolio's front sheet, and the
 * practice-outcomes statement with the figures it states (numbers only).
 */
export const declarationSchema = z.object({
  ...recordMeta,
  kind: z.enum(['front-sheet', 'practice-outcomes']),
  date: calendarDate,
  statement: freeText('statement', 5000),
  figures: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,40}$/), z.number()).optional(),
});

export const supervisorReportSchema = z.object({
  ...recordMeta,
  kind: z.enum(['midpoint', 'final']),
  date: calendarDate,
  supervisorId: recordId,
  rating: z.enum(['satisfactory', 'unsatisfactory']),
  comments: freeText('comments', 10_000),
});

export const offTheJobSchema = z.object({
  ...recordMeta,
  date: calendarDate,
  hours: z.number().positive('Enter the hours spent').max(24, 'A day has at most 24 hours'),
  activity: shortText('activity', 300),
});

export const signOffSubject = z.enum([
  'evidence',
  'phase-gate',
  'front-sheet',
  'supervisor-report',
  'practice-outcomes',
]);

/**
 * A signature over exactly the records it covers: the SHA-256 of their canonical JSON (RFC 8785),
 * signed with the signer's Ed25519 key. Verification happens against the roster.
 */
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 hash is 64 hexadecimal characters');

export const signOffSchema = z
  .object({
    id: recordId,
    subject: signOffSubject,
    recordIds: z.array(recordId).min(1),
    signerId: recordId,
    signedAt: instant,
    decision: z.enum(['approved', 'returned']),
    comments: freeText('comments', 5000).optional(),
    /**
     * One hash per covered record, in `recordIds` order (format 3 onwards): a change names the
     * very record that changed. Older sign-offs carry one `contentHash` over all of them instead.
     */
    recordHashes: z
      .array(z.object({ recordId, sha256: sha256Hex }).strict())
      .min(1)
      .optional(),
    contentHash: sha256Hex.optional(),
    publicKey: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'An Ed25519 public key is 64 hexadecimal characters'),
    signature: z
      .string()
      .regex(/^[0-9a-f]{128}$/, 'An Ed25519 signature is 128 hexadecimal characters'),
  })
  .superRefine((signOff, ctx) => {
    const hashed = signOff.recordHashes?.map((h) => h.recordId);
    if (hashed === undefined && signOff.contentHash === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['recordHashes'],
        message: 'A sign-off must say what it signed',
      });
    } else if (
      hashed !== undefined &&
      (signOff.contentHash !== undefined || hashed.join() !== signOff.recordIds.join())
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['recordHashes'],
        message: 'A sign-off’s hashes must match the records it lists, one each',
      });
    }
  });

export const personSchema = z.object({
  id: recordId,
  name: shortText('name'),
  role: z.enum(['supervisor', 'educator']),
  /** Supervision counts only from supervisors who completed low-intensity supervisor training. */
  supervisorTrained: z.boolean(),
  publicKey: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

export const submissionSchema = z.object({
  id: recordId,
  submittedAt: instant,
  outcome: z.enum(['pass', 'refer', 'fail']).optional(),
  decidedAt: instant.optional(),
});

export const historyEntrySchema = z.object({
  at: instant,
  by: shortText('author'),
  action: z.enum(['create', 'amend', 'delete-draft', 'submit', 'sign', 'import', 'migrate']),
  collection: z.string(),
  recordId: recordId.optional(),
  reason: freeText('reason', 500).optional(),
});

export type ProgrammeDay = z.infer<typeof programmeDaySchema>;
export type ClinicalContact = z.infer<typeof clinicalContactSchema>;
export type SupervisionSession = z.infer<typeof supervisionSessionSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
export type AssessmentAttempt = z.infer<typeof assessmentAttemptSchema>;
export type PhaseGate = z.infer<typeof phaseGateSchema>;
export type Declaration = z.infer<typeof declarationSchema>;
export type SupervisorReport = z.infer<typeof supervisorReportSchema>;
export type OffTheJob = z.infer<typeof offTheJobSchema>;
export type SignOff = z.infer<typeof signOffSchema>;
export type Person = z.infer<typeof personSchema>;
export type Submission = z.infer<typeof submissionSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type CaseloadPhase = z.infer<typeof caseloadPhase>;
export type Measures = z.infer<typeof measuresSchema>;
