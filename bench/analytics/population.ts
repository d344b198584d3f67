import type { TargetMissingReason } from '@shirube/schema';
import { createRandom, seedOf, seededUuidv7, type Random } from './random.js';

/** The shape of the synthetic customer: how many users, accounts and guides, over which days. */
export interface PopulationOptions {
  seed: number;
  users: number;
  /** Users per account on average; account sizes are skewed (a few large customers). */
  usersPerAccount: number;
  guides: number;
  /** The first this many guides are onboarding guides. */
  onboardingGuides: number;
  stepsPerGuide: number;
  /** End of the period the events span (epoch ms). */
  endsAt: number;
  days: number;
}

export interface BenchAccount {
  id: string;
  traits: { name: string; plan: string; industry: string; seats: number };
}

export interface BenchUser {
  index: number;
  id: string;
  accountIndex: number;
  locale: string;
  traits: { email: string; plan: string; role: string };
  /** How far the user's clock is off the server's (ms); the server corrects it. */
  clockSkewMs: number;
  joinedAt: number;
  /** After this the user stops using the app (churn), or the period ends. */
  activeUntil: number;
  /** Scales how many feature guides the user meets (0.2 .. ~3). */
  engagement: number;
}

/** How users behave on one step: most continue, some dismiss or leave, some never find its element. */
export interface StepProfile {
  id: string;
  title: string;
  kind: 'modal' | 'tooltip';
  /** Share of viewers who complete the step. */
  continueRate: number;
  /** Share of the viewers who do not continue that press the close button (the rest leave silently). */
  dismissShare: number;
  /** Median seconds from view to completion. */
  medianSeconds: number;
  /** Share of arrivals for whom the element is not found (high on a broken step). */
  missingRate: number;
  missingReasonWeights: readonly number[];
  /** Share of users who met a missing element and later see the step after all. */
  recoverRate: number;
}

export interface BenchGuide {
  index: number;
  id: string;
  name: string;
  onboarding: boolean;
  path: string;
  /** Probability that a user (of average engagement) goes through the guide. */
  reach: number;
  createdAt: number;
  /** Published versions, oldest first; users start the version live at the time. */
  versions: Array<{ version: number; publishedAt: number }>;
  steps: StepProfile[];
}

export interface Population {
  options: PopulationOptions;
  projectId: string;
  projectCreatedAt: number;
  startsAt: number;
  accounts: BenchAccount[];
  users: BenchUser[];
  guides: BenchGuide[];
}

export const MISSING_REASONS: readonly TargetMissingReason[] = ['not_found', 'not_visible', 'ambiguous'];
const DAY = 86_400_000;

const PLANS = ['free', 'starter', 'business', 'enterprise'];
const PLAN_WEIGHTS = [30, 35, 25, 10];
const INDUSTRIES = ['manufacturing', 'retail', 'it', 'finance', 'healthcare', 'logistics', 'construction', 'education'];
const ROLES = ['member', 'approver', 'accountant', 'admin'];
const ROLE_WEIGHTS = [70, 15, 10, 5];
const COMPANY_WORDS = ['Sakura', 'Fuji', 'Aoba', 'Hikari', 'Midori', 'Kaze', 'Tsubasa', 'Yamato', 'Minato', 'Hoshi', 'Sora', 'Kawa'];
const AREAS = ['expenses', 'reports', 'approvals', 'invoices', 'cards', 'settings', 'members', 'exports', 'travel', 'budgets'];
const ACTIONS = ['Create', 'Submit', 'Approve', 'Export', 'Import', 'Configure', 'Review', 'Share', 'Filter', 'Schedule'];

/** Generates accounts, users and guides; the same options always give the same population. */
export function createPopulation(options: PopulationOptions): Population {
  const random = createRandom(seedOf(options.seed, 1));
  const startsAt = options.endsAt - options.days * DAY;
  const projectCreatedAt = startsAt - 60 * DAY;
  const accounts = createAccounts(random, Math.max(1, Math.round(options.users / options.usersPerAccount)));
  const guides = Array.from({ length: options.guides }, (_, index) => createGuide(options, index, projectCreatedAt, startsAt));
  const users = createUsers(options, accounts, startsAt);
  return { options, projectId: seededUuidv7(projectCreatedAt, random), projectCreatedAt, startsAt, accounts, users, guides };
}

function createAccounts(random: Random, count: number): BenchAccount[] {
  return Array.from({ length: count }, (_, i) => {
    const plan = random.weighted(PLANS, PLAN_WEIGHTS);
    return {
      id: `acct-${String(i + 1).padStart(5, '0')}`,
      traits: {
        name: `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_WORDS)} KK ${i + 1}`,
        plan,
        industry: random.pick(INDUSTRIES),
        seats: 5 + random.int(plan === 'enterprise' ? 2000 : 200),
      },
    };
  });
}

function createUsers(options: PopulationOptions, accounts: BenchAccount[], startsAt: number): BenchUser[] {
  const random = createRandom(seedOf(options.seed, 2));
  // Skewed account sizes: a user picks an account by a log-normal weight (binary search on the running sum).
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < accounts.length; i++) cumulative.push((total += random.logNormal(1, 1)));
  const accountOf = (r: number): number => {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r * total) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const span = options.endsAt - startsAt;
  return Array.from({ length: options.users }, (_, index): BenchUser => {
    const accountIndex = accountOf(random.next());
    const account = accounts[accountIndex]!;
    const id = `user-${String(index + 1).padStart(6, '0')}`;
    const joinedAt = startsAt + Math.floor(random.next() * (span - DAY));
    return {
      index,
      id,
      accountIndex,
      locale: random.weighted(['ja-JP', 'en-US', 'en-GB'], [88, 10, 2]),
      traits: { email: `${id}@${account.id}.example.jp`, plan: account.traits.plan, role: random.weighted(ROLES, ROLE_WEIGHTS) },
      clockSkewMs: random.chance(0.2) ? Math.round((random.next() - 0.5) * 20 * 60_000) : 0,
      joinedAt,
      activeUntil: Math.min(options.endsAt, joinedAt + Math.round(random.exponential(45 * DAY))),
      engagement: Math.min(3, random.logNormal(0.8, 0.6)),
    };
  });
}

function createGuide(options: PopulationOptions, index: number, projectCreatedAt: number, startsAt: number): BenchGuide {
  const random = createRandom(seedOf(options.seed, 3, index));
  const onboarding = index < options.onboardingGuides;
  const area = AREAS[index % AREAS.length]!;
  const action = ACTIONS[Math.floor(index / AREAS.length) % ACTIONS.length]!;
  const createdAt = projectCreatedAt + index * 60_000;
  // Feature guides: a long tail of reach by popularity rank; onboarding guides: most users, fewer for later ones.
  const featureRank = index - options.onboardingGuides;
  const reach = onboarding ? 0.95 - 0.04 * index : 0.25 / (1 + featureRank / 5);
  const versions = [{ version: 1, publishedAt: createdAt + DAY }];
  if (random.chance(0.2)) versions.push({ version: 2, publishedAt: startsAt + Math.floor(random.next() * options.days * DAY) });
  const baseRate = 0.8 + random.next() * 0.16;
  const steps = Array.from({ length: options.stepsPerGuide }, (_, stepIndex): StepProfile => {
    const hard = stepIndex > 0 && random.chance(0.15);
    const broken = stepIndex > 0 && random.chance(0.04);
    const dominantReason = random.weighted([0, 1, 2], [70, 20, 10]);
    return {
      id: `step-${stepIndex + 1}-${area}`,
      title: `${action} ${area}: step ${stepIndex + 1}`,
      kind: stepIndex === 0 ? 'modal' : 'tooltip',
      continueRate: hard ? 0.45 + random.next() * 0.2 : baseRate,
      dismissShare: 0.2 + random.next() * 0.3,
      medianSeconds: stepIndex === 0 ? 4 + random.next() * 6 : 8 + random.next() * 60,
      missingRate: stepIndex === 0 ? 0 : broken ? 0.25 + random.next() * 0.45 : 0.004,
      missingReasonWeights: broken ? [0, 1, 2].map((r) => (r === dominantReason ? 85 : 7.5)) : [20, 70, 10],
      recoverRate: broken ? 0.2 : 0.8,
    };
  });
  return {
    index,
    id: seededUuidv7(createdAt, random),
    name: `${onboarding ? 'Onboarding: ' : ''}${action} ${area} (${index + 1})`,
    onboarding,
    path: `/app/${area}/${action.toLowerCase()}`,
    reach,
    createdAt,
    versions,
    steps,
  };
}

/** The version of a guide live at a time (the first one before it was published). */
export function liveVersionAt(guide: BenchGuide, at: number): number {
  let live = guide.versions[0]!.version;
  for (const v of guide.versions) if (v.publishedAt <= at) live = v.version;
  return live;
}
