import type { NextStep as Step } from '../../../../shared/presentation/next-steps';
import { useScreenLink } from '../workspace/screen-link';

/**
 * The next step for something missing: a button that opens the screen where it is done (with its
 * new-entry form open, for a "Log a …" step), or the plain words when only someone else can do
 * it. The button's accessible name adds what it is for.
 * Outside a workspace (a preview) there is nowhere to go, so no button is offered.
 */
export function NextStep({ step, className }: { step: Step; className: string }) {
  const goTo = useScreenLink();
  if (step.kind === 'say')
    return <span className={`${className} app-next-step__say`}>{step.text}</span>;
  if (!goTo) return null;
  return (
    <span className={className}>
      <button
        type="button"
        className="app-link-button app-next-step"
        // The name starts with the visible words (so speech users can say them) and adds what
        // the step is for, so a list of steps reads well out of context.
        aria-label={`${step.label}: ${step.about}`}
        onClick={() => goTo(step.screen, { newEntry: step.newEntry })}
      >
        {step.label}
      </button>
    </span>
  );
}
