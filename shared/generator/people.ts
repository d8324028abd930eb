import type { TraineeProfile, TrainingRoute } from '../schemas/portfolio';
import type { Person } from '../schemas/records';
import type { KeyPair } from '../signing/sign-off';
import { generateKeyPair } from '../signing/sign-off';
import {
  EDUCATOR_NAMES,
  MONTH_NAMES,
  PLACES,
  SUPERVISOR_NAMES,
  TRAINEE_FIRST_NAMES,
  TRAINEE_SURNAMES,
} from './texts';
import type { Cast } from './context';
import type { Random } from './random';
import { streamFor } from './random';

/** The 32 secret-key bytes of person number `index`, derived from the seed alone. */
export function keySeed(seed: number, index: number): Uint8Array {
  const random = streamFor(seed, `person-key-${index}`);
  return Uint8Array.from({ length: 32 }, () => random.int(0, 255));
}

/**
 * Two trained supervisors (case management and clinical skills), sometimes a third who has not
 * done supervisor training (always when the trainee is behind: they cover missed sessions), and
 * one or two educators. Each gets a deterministic Ed25519 key pair and its public key on record.
 */
export function castFor(seed: number, random: Random, behind: boolean): Cast {
  const supervisorNames = random.sample(SUPERVISOR_NAMES, 3);
  const educatorNames = random.sample(EDUCATOR_NAMES, 2);
  // Draw both coins whatever the completeness, so the names do not change with it.
  const untrainedCoin = random.chance(0.5);
  const withUntrained = behind || untrainedCoin;
  const withSecondEducator = random.chance(0.5);
  const drafts: Omit<Person, 'publicKey'>[] = [
    {
      id: 'supervisor-1',
      name: supervisorNames[0] ?? 'Jo Smith',
      role: 'supervisor',
      supervisorTrained: true,
    },
    {
      id: 'supervisor-2',
      name: supervisorNames[1] ?? 'Rachel Owens',
      role: 'supervisor',
      supervisorTrained: true,
    },
  ];
  if (withUntrained)
    drafts.push({
      id: 'supervisor-3',
      name: supervisorNames[2] ?? 'Mark Ellison',
      role: 'supervisor',
      supervisorTrained: false,
    });
  drafts.push({
    id: 'educator-1',
    name: educatorNames[0] ?? 'Dr Ann Lee',
    role: 'educator',
    supervisorTrained: false,
  });
  if (withSecondEducator)
    drafts.push({
      id: 'educator-2',
      name: educatorNames[1] ?? 'Dr Kate Morris',
      role: 'educator',
      supervisorTrained: false,
    });

  const keys: Record<string, KeyPair> = {};
  const people = drafts.map((person, index): Person => {
    const pair = generateKeyPair(keySeed(seed, index));
    keys[person.id] = pair;
    return { ...person, publicKey: pair.publicKey };
  });
  return {
    people,
    keys,
    caseManagerId: 'supervisor-1',
    clinicalSkillsId: 'supervisor-2',
    untrainedId: withUntrained ? 'supervisor-3' : null,
    educatorIds: withSecondEducator ? ['educator-1', 'educator-2'] : ['educator-1'],
  };
}

/** A plausible trainee at a plausible university and service, in the cohort of their start month. */
export function traineeFor(
  random: Random,
  startDate: string,
  route: TrainingRoute,
): TraineeProfile {
  const place = random.pick(PLACES);
  const month = MONTH_NAMES[Number(startDate.slice(5, 7)) - 1] ?? 'September';
  return {
    name: `${random.pick(TRAINEE_FIRST_NAMES)} ${random.pick(TRAINEE_SURNAMES)}`,
    university: place.university,
    service: place.service,
    cohort: `${month} ${startDate.slice(0, 4)}`,
    startDate,
    route,
  };
}
