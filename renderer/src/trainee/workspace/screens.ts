/** The workspace's screens, in navigation order. */
export const screens = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'days', label: 'Programme days' },
  { id: 'contacts', label: 'Clinical contacts' },
  { id: 'supervision', label: 'Supervision' },
  { id: 'evidence', label: 'Evidence' },
  { id: 'reflections', label: 'Reflections' },
  { id: 'people', label: 'Supervisors and tutors' },
  { id: 'history', label: 'History' },
  { id: 'help', label: 'Help and shortcuts' },
] as const;

export type ScreenId = (typeof screens)[number]['id'];
