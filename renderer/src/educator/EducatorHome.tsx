import type { HomeProps } from '../shell/home-props';
import { ReadOnlyHome } from '../shell/ReadOnlyHome';

/** The university clinical educator's home: read a trainee's portfolio today; the cohort comes later. */
export function EducatorHome(props: HomeProps) {
  return (
    <ReadOnlyHome
      {...props}
      title="Clinical educator home"
      lede="See what each trainee on your programme has logged, and exactly what they still need before the exam board."
      fileHint="A portfolio a trainee has exported from PWP Tracker and sent or handed in (a file ending .pwp). It is added to the portfolios on this computer."
      coming={[
        'Marking competency assessments: pass, refer or fail, with one resubmission',
        'Keeping the programme’s roster of supervisors and their supervisor training',
        'Watching the whole cohort at a glance, and preparing the exam board',
      ]}
      comingNote="Until then, PWP Tracker records no marks or roster: keep them the way your programme does today."
    />
  );
}
