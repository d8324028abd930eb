import type { HomeProps } from '../shell/home-props';
import { ReadOnlyHome } from '../shell/ReadOnlyHome';

/** The workplace supervisor's home: read a trainee's portfolio today; signing comes later. */
export function SupervisorHome(props: HomeProps) {
  return (
    <ReadOnlyHome
      {...props}
      title="Workplace supervisor home"
      lede="Read your trainees’ portfolios before supervision: what they have logged, and what is still missing before the exam board."
      fileHint="A portfolio a trainee has exported from PWP Tracker and sent you (a file ending .pwp). It is added to the portfolios on this computer."
      coming={[
        'Signing off evidence, caseload-phase gates and supervisor reports, as a signed file the trainee adds to their portfolio',
        'Returning evidence to the trainee with your comments',
        'Recording and confirming supervision sessions',
      ]}
      comingNote="Until then, PWP Tracker records no sign-offs: give them the way your programme asks today."
    />
  );
}
