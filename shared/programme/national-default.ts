import type { ProgrammeDefinition } from '../schemas/programme';

/**
 * The national PWP programme as published (PWP Best Practice Guide and university course pages;
 * see DOMAIN-SOURCES.md in the brief). Numbers marked "programme setting" vary between
 * universities and services and are expected to be overridden.
 */
export const nationalDefaultProgramme: ProgrammeDefinition = {
  id: 'national-pwp',
  version: 1,
  name: 'PWP training — national curriculum',
  windowMonths: 12,
  // 45 days: 25 taught + 20 directed. The first two modules take 15 taught + 10 directed days
  // between them and the third the rest. How the first two split them was not found in any
  // source, so the split below is a programme setting.
  modules: [
    {
      id: 'engagement-assessment',
      title: 'Engagement and assessment of patients with common mental health problems',
      taughtDays: 8,
      directedDays: 5,
    },
    {
      id: 'evidence-based-treatment',
      title: 'Evidence-based low-intensity treatment for common mental health disorders',
      taughtDays: 7,
      directedDays: 5,
    },
    {
      id: 'values-diversity-context',
      title: 'Values, diversity and context',
      taughtDays: 10,
      directedDays: 10,
    },
  ],
  attendance: { expectedPercent: 100, minimumPercentToPassModule: 80 },
  interventions: [
    { id: 'behavioural-activation', name: 'Behavioural activation' },
    { id: 'exposure', name: 'Exposure therapy' },
    { id: 'cognitive-restructuring', name: 'Cognitive restructuring' },
    { id: 'medication-support', name: 'Medication support' },
    { id: 'problem-solving', name: 'Problem solving' },
    { id: 'panic-management', name: 'Panic management' },
    { id: 'sleep-hygiene', name: 'Sleep hygiene' },
  ],
  presentations: [
    { id: 'depression', name: 'Depression', group: 'depression' },
    { id: 'generalised-anxiety', name: 'Generalised anxiety disorder', group: 'anxiety' },
    { id: 'panic', name: 'Panic disorder', group: 'anxiety' },
    { id: 'specific-phobia', name: 'Specific phobia', group: 'anxiety' },
    { id: 'ocd', name: 'Obsessive-compulsive disorder (mild)', group: 'anxiety' },
    { id: 'health-anxiety', name: 'Health anxiety', group: 'anxiety' },
    { id: 'mixed-anxiety-depression', name: 'Mixed anxiety and depression', group: 'other' },
    { id: 'sleep-difficulties', name: 'Sleep difficulties', group: 'other' },
  ],
  coverage: { requireDepression: true, minimumAnxietyPresentations: 2 },
  assessment: {
    results: [
      { id: 'pass', label: 'Pass', meaning: 'pass' },
      { id: 'refer', label: 'Refer', meaning: 'resubmit' },
      { id: 'fail', label: 'Fail', meaning: 'fail' },
    ],
    maxResubmissions: 1,
  },
  caseload: {
    fullCaseloadContactsPerWeek: 20, // programme setting: no national definition of "full"
    reducedCaseloadPercent: 80,
    fullCaseloadFromMonth: 10,
    expectedPatientsPerYear: 170, // programme setting
  },
  supervision: {
    caseManagementMinutesPerWeek: 60,
    caseReviewEveryDays: 28,
    clinicalSkillsMinutesPerFortnight: 60,
    minimumCaseManagementHours: 20, // programme setting (a published example)
    minimumClinicalSkillsHours: 20, // programme setting (a published example)
  },
  clinicalPractice: { minimumContactHours: 80 }, // programme setting (a published example)
  outcomes: {
    phq9Caseness: 10,
    gad7Caseness: 8,
    phq9ReliableChange: 6,
    gad7ReliableChange: 4,
    minimumTreatmentSessionsForFinished: 2,
  },
  apprenticeship: {
    offTheJobHoursPerWeek: 6,
    maxDaysWithoutLearning: 28,
    minimumMonthsToGateway: 12,
  },
};
