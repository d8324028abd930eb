/**
 * Words for the synthetic portfolio: names, places and the sentences a trainee, supervisor or
 * educator would write. Nothing here may trip the data-minimisation guard, so the sentences carry
 * no dates, digit runs, postcodes or addresses; patients appear only by pseudonymous code.
 */

export const TRAINEE_FIRST_NAMES = [
  'Amira',
  'Ben',
  'Chloe',
  'Daniel',
  'Ellie',
  'Farah',
  'George',
  'Hannah',
  'Isaac',
  'Jasmine',
  'Kieran',
  'Leah',
  'Mohammed',
  'Niamh',
  'Owen',
  'Priya',
  'Rhys',
  'Sophie',
  'Tom',
  'Zara',
] as const;

export const TRAINEE_SURNAMES = [
  'Ahmed',
  'Bennett',
  'Campbell',
  'Davies',
  'Evans',
  'Fletcher',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Morgan',
  'Nowak',
  'O’Brien',
  'Patel',
  'Robinson',
  'Shah',
  'Taylor',
  'Walker',
] as const;

export const SUPERVISOR_NAMES = [
  'Jo Smith',
  'Rachel Owens',
  'Mark Ellison',
  'Helen Carter',
  'Sunita Rao',
  'David Price',
  'Claire Whitfield',
  'Tariq Hussain',
  'Louise Barker',
  'Gareth Lloyd',
] as const;

export const EDUCATOR_NAMES = [
  'Dr Ann Lee',
  'Dr Paul Farrand',
  'Dr Kate Morris',
  'Dr Samuel Osei',
  'Dr Fiona Grant',
  'Dr Imran Malik',
] as const;

export const PLACES = [
  { university: 'University of Exeter', service: 'TalkWorks Devon' },
  { university: 'University of Manchester', service: 'Greater Manchester Talking Therapies' },
  { university: 'University of Sheffield', service: 'Sheffield Talking Therapies' },
  { university: 'King’s College London', service: 'Southwark Talking Therapies' },
  { university: 'University of Bath', service: 'Talking Therapies Bath and North East Somerset' },
  { university: 'Northumbria University', service: 'Talking Therapies Northumberland' },
  { university: 'University of Reading', service: 'Talking Therapies Berkshire' },
  { university: 'Cardiff Metropolitan University', service: 'Talking Therapies Gwent' },
] as const;

export { MONTH_NAMES } from '../dates';

/** What a taught day covers, per module of the national programme (others get generic topics). */
export const TAUGHT_TOPICS: Record<string, readonly string[]> = {
  'engagement-assessment': [
    'Introduction to low-intensity working and the stepped-care model',
    'Patient-centred interviewing: engagement and information gathering',
    'Risk assessment and safety planning',
    'Common mental health problems: recognising depression and anxiety',
    'Using routine outcome measures in assessment',
    'Shared decision making and the problem statement',
    'Assessment role-plays with feedback',
    'Telephone and video working',
  ],
  'evidence-based-treatment': [
    'Behavioural activation for depression',
    'Cognitive restructuring with thought records',
    'Exposure therapy and graded hierarchies',
    'Panic management and behavioural experiments',
    'Problem solving and worry',
    'Supporting medication adherence',
    'Sleep hygiene and promoting good sleep',
  ],
  'values-diversity-context': [
    'Values, policy and the Talking Therapies programme',
    'Working with diversity and difference',
    'Equality, inclusion and access to services',
    'Working with interpreters',
    'Older adults and long-term conditions',
    'Safeguarding adults and children',
    'Employment support and social context',
    'Ethics, consent and confidentiality',
    'Working within a team and the limits of competence',
    'Preparing the practice portfolio',
  ],
};

export const GENERIC_TAUGHT_TOPICS = [
  'Lecture and seminar with skills practice',
  'Skills workshop with peer feedback',
  'Case discussion and reflective practice group',
] as const;

export const DIRECTED_DAY_NOTES = [
  'Directed learning in the service: reading and workbook exercises.',
  'Directed learning: time with the duty team and the reading log.',
  'Online learning unit and role-play preparation.',
  'Directed learning: outcome measures and note-writing alongside a qualified PWP.',
  'Module reading and reflective notes for the portfolio.',
] as const;

export const MAKE_UP_PLANS = [
  'Watch the recorded teaching, complete the workbook exercises and discuss them with my tutor at the next tutorial.',
  'Catch up with the module lead, read the session slides and complete the online quiz before the next teaching day.',
  'Complete the directed reading and submit a short reflective summary to the module lead.',
] as const;

export const ASSESSMENT_NOTES = [
  'Assessment completed; risk screened with no current risk identified. Agreed a low-intensity plan.',
  'Gathered a problem statement and agreed goals; shared the guided self-help materials.',
  'Completed the assessment and measures; discussed treatment options and booked the first session.',
  'Engaged well; risk assessed and safety plan shared. Suitable for guided self-help.',
] as const;

export const TREATMENT_NOTES: Record<string, readonly string[]> = {
  'behavioural-activation': [
    'Reviewed the activity diary and scheduled routine, pleasurable and necessary activities.',
    'Built a graded activity hierarchy; agreed small steps for the coming week.',
  ],
  exposure: [
    'Reviewed the exposure hierarchy and agreed the next graded step.',
    'Discussed the last exposure task; anxiety reduced with repetition as predicted.',
  ],
  'cognitive-restructuring': [
    'Used a thought record to identify an unhelpful thought and weigh up the evidence.',
    'Practised finding balanced alternative thoughts; set a thought record for homework.',
  ],
  'medication-support': [
    'Discussed adherence and side effects; encouraged the planned review with the GP.',
    'Reviewed concerns about the medication and shared the information leaflet.',
  ],
  'problem-solving': [
    'Worked through the problem-solving steps on a practical worry and chose a solution to try.',
    'Reviewed the solution tried last week and planned the next steps.',
  ],
  'panic-management': [
    'Explained the panic cycle and planned a behavioural experiment on feared sensations.',
    'Reviewed the panic diary; reduced safety behaviours as agreed.',
  ],
  'sleep-hygiene': [
    'Reviewed the sleep diary; agreed a consistent wake time and a wind-down routine.',
    'Discussed stimulus control and limiting time awake in bed.',
  ],
};

export const GENERIC_TREATMENT_NOTES = [
  'Reviewed homework and measures; agreed the plan for the next session.',
  'Session focused on progress towards goals; homework set.',
] as const;

export const CCBT_NOTES = [
  'Supported the patient with the online programme; reviewed progress through the modules.',
  'Checked in on the online course; encouraged practice of the skills between modules.',
] as const;

export const GROUP_NOTES = [
  'Attended the group psychoeducation course; engaged well with the homework review.',
  'Group session on managing stress; participated in the skills practice.',
] as const;

export const DISCHARGE_NOTES = [
  'Goals met and scores below caseness; discharged with a staying-well plan.',
  'Agreed ending; discharged with a relapse prevention plan.',
  'Good progress; discharged with a blueprint of what helped.',
] as const;

export const STEP_UP_NOTES = [
  'Scores not improving despite good engagement; discussed in case management and stepped up to high-intensity therapy.',
  'Presentation more complex than a low-intensity intervention can address; stepped up after discussion with the supervisor.',
] as const;

export const CLOSING_REVIEW_NOTES = [
  'Step-up referral accepted by the high-intensity team; discharged from low-intensity care.',
] as const;

export const SHADOWING_NOTES = [
  'Shadowed a qualified PWP; noted how the rationale was shared and how homework was agreed.',
  'Observed a telephone session; noted how the practitioner kept to time and summarised.',
  'Shadowed an assessment; noted the structure of the risk questions.',
  'Observed a video session and discussed it with the practitioner afterwards.',
] as const;

export const CASE_MANAGEMENT_NOTES = [
  'Reviewed the caseload in turn: risk, progress on measures and next steps for each patient.',
  'Caseload reviewed; discussed patients not improving and agreed when to consider stepping up.',
  'Reviewed new assessments and agreed treatment plans; checked risk for everyone on the caseload.',
  'Caseload review with a focus on patients nearing discharge and their staying-well plans.',
] as const;

export const SHADOWING_SUPERVISION_NOTES = [
  'No own caseload yet: discussed what I observed while shadowing and the plan for a reduced caseload.',
  'Introduction to case management supervision and the caseload system.',
] as const;

export const CLINICAL_SKILLS_NOTES = [
  'Role-played sharing a behavioural activation rationale, with feedback.',
  'Practised the exposure rationale and building a hierarchy.',
  'Skills practice on thought records; feedback on pacing and summarising.',
  'Discussed engagement on the telephone and practised opening a session.',
  'Reviewed a recorded session against the competency scale.',
  'Practised panic management: explaining the panic cycle.',
  'Sleep hygiene role-play and discussion of sleep diaries.',
  'Problem-solving skills practice with peer feedback.',
] as const;

export const UNTRAINED_SESSION_NOTES = [
  'Peer-led skills practice group, facilitated by a senior practitioner.',
  'Cover session while my usual supervisor was on leave.',
] as const;

export const REFLECTION_TITLES = [
  'Starting in the service',
  'What I learned from shadowing',
  'My first assessment',
  'Working on the telephone',
  'When a patient did not improve',
  'Managing a busy caseload',
  'Using supervision well',
  'Holding hope for a patient',
  'Ending well with patients',
  'Difference and diversity in my practice',
  'Looking after my own wellbeing',
  'Preparing for the assessments',
] as const;

export const REFLECTION_TEXTS = [
  'Using Gibbs’ cycle: I felt anxious before the session but the structure helped. Next time I will share the agenda earlier and check understanding more often.',
  'Shadowing showed me how much a clear rationale matters. The practitioner explained why each step helps, and the patient seemed more willing to try the homework.',
  'My first assessment felt rushed. I covered the risk questions but lost the patient’s story. In supervision we practised using summaries to slow down.',
  'I am getting better at keeping to time on the telephone. Setting a clear agenda and signposting the end of the session made a real difference.',
  'The patient’s scores did not move, and I felt I had failed. Talking it through, I could see the plan needed changing rather than more effort from either of us.',
  'With a fuller caseload I started to lose track of homework. I now end each session by writing down the agreed task with the patient.',
  'I noticed I was rushing to fix the problem rather than listening. Supervision helped me see the value of summarising before moving on.',
  'A patient was discouraged after a setback. I tried to hold hope while staying honest, and we broke the goal into smaller steps.',
  'I found it hard to talk about ending. Planning the staying-well blueprint together made the last session feel like a shared achievement.',
  'I reflected on how my own background shapes my assumptions, and on asking openly about what matters to each patient.',
  'A demanding week left me tired. I talked to my supervisor, took my breaks and protected time for notes, which helped me stay present with patients.',
  'Preparing the recorded role-play made me watch myself closely. My rationale is clearer now, but I still talk too much when a patient is quiet.',
] as const;

export const REPORT_COMMENTS = {
  midpoint: {
    satisfactory:
      'Good progress at the midpoint. Engages well with supervision, uses feedback and manages a growing caseload safely. Continue to develop pacing and summarising.',
    unsatisfactory:
      'Concerns at the midpoint: supervision has been missed and evidence is behind. An action plan is agreed with weekly check-ins.',
  },
  final: {
    satisfactory:
      'Competent, safe and reflective practitioner who manages a full caseload and uses supervision well. Recommended for qualification.',
    unsatisfactory:
      'Not yet meeting the required standard: the action plan has not been completed.',
  },
} as const;

export const ASSESSMENT_FEEDBACK = {
  pass: [
    'Clear, collaborative session with a well-explained rationale. Meets the competency standard.',
    'Good structure and use of measures; homework agreed collaboratively. Pass.',
    'Warm and well-paced; the intervention was delivered faithfully. Pass.',
  ],
  refer: [
    'The rationale was not shared clearly and the session overran. Please resubmit with a focus on structure.',
  ],
} as const;

export const OFF_THE_JOB = {
  teaching: 'University teaching day',
  directed: 'University-directed learning day',
  both: 'University teaching and directed learning days',
  study: [
    'Self-directed study: module reading and workbook',
    'Skills practice with peers and reflective log',
    'Online learning unit and portfolio work',
    'Preparing role-play material for assessment',
  ],
} as const;

export const GATE_COMMENTS = {
  reduced: 'Shadowing and skills rehearsal complete; ready to start a reduced caseload.',
  full: 'Managing the reduced caseload safely and using supervision well; ready for a full caseload.',
} as const;

export const EVIDENCE_SIGN_OFF_COMMENTS = [
  'Seen and agreed.',
  'A good piece of evidence; well reflected on.',
  'Agreed. Keep working on summarising.',
] as const;
