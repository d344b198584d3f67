import { uuidv7, type PublishedGuide, type ShirubeEvent, type TargetMissingReason } from '@shirube/schema';
import { officeTime, type SampleAccount, type SampleUser } from './sample-accounts.js';
import type { Random } from './seeded-random.js';

/*
 * What the SDK would have recorded for one person over their visits to the demo app, following
 * its rules: a guide shows on the pages its display rules match, an open guide resumes at its
 * step on the next matching visit, a dismissed or completed one never comes back, and a step
 * whose element is absent reports `target_missing` after the SDK's 5-second wait.
 */

/** The published demo guides the journeys walk through. */
export interface DemoGuideSet {
  welcome: PublishedGuide;
  createReport: PublishedGuide;
  sendReport: PublishedGuide;
  findReports: PublishedGuide;
  settings: PublishedGuide;
}

/** How people treat a step each time it is shown. */
interface StepHabit {
  /** Median time from seeing the step to doing what it asks. */
  medianMs: number;
  /** Chance they close the guide here. */
  dismiss: number;
  /** Chance they go elsewhere and leave the step open (it shows again on their next visit). */
  leave: number;
}

const habit = (medianMs: number, dismiss: number, leave: number): StepHabit => ({ medianMs, dismiss, leave });

/**
 * Per guide, per step. The welcome tour's second step ("Create a report") is where people are
 * lost: they would rather look around first. Form steps take a while; reading steps are quick.
 */
const HABITS: Record<keyof DemoGuideSet, StepHabit[]> = {
  welcome: [habit(7_000, 0.05, 0.03), habit(15_000, 0.2, 0.3), habit(5_000, 0.04, 0.04)],
  createReport: [habit(20_000, 0.04, 0.03), habit(6_000, 0.02, 0.02), habit(15_000, 0.02, 0.04), habit(70_000, 0.02, 0.07)],
  sendReport: [habit(5_000, 0.04, 0.02), habit(25_000, 0.05, 0.08), habit(6_000, 0.03, 0.03)],
  findReports: [habit(6_000, 0.18, 0.04), habit(5_000, 0.05, 0.05), habit(5_000, 0.03, 0.05)],
  settings: [habit(9_000, 0.12, 0.05), habit(8_000, 0.05, 0.05)],
};

/** People at companies that stalled give up on every step far more often, and never come back for more. */
const giveUp = (habits: StepHabit[]) => habits.map((h) => ({ ...h, leave: Math.max(h.leave, 0.45) }));

/** Chance, per visit, that someone opens a colleague's report: approvers do it most. */
const BROWSE_REPORTS = { approver: 0.75, admin: 0.45, member: 0.2 } as const;

type Progress = { status: 'active' | 'completed' | 'dismissed'; stepIndex: number };

/** A person's visits: a clock on their computer's time and the events recorded so far. */
class Visits {
  /** The true time now; events are stamped with the user's (possibly wrong) clock. */
  at = 0;
  readonly events: ShirubeEvent[] = [];
  readonly progress = new Map<string, Progress>();

  constructor(
    readonly random: Random,
    readonly user: SampleUser,
    readonly account: SampleAccount,
  ) {}

  wait(ms: number): void {
    this.at += ms;
  }

  record(draft: Record<string, unknown>, path: string): void {
    const timestamp = this.at + this.user.clockSkewMs;
    const base = { id: uuidv7(timestamp), anonymousId: this.user.anonymousId, userId: this.user.userId, accountId: this.account.accountId };
    this.events.push({ ...draft, ...base, timestamp, path, locale: this.user.locale } as ShirubeEvent);
    this.wait(this.random.int(5, 60));
  }

  /**
   * Shows `guide` on `path` the way the SDK would: from the start, or from the open step. Returns
   * the progress after the visit (undefined: the guide was finished before and did not show).
   */
  show(guide: PublishedGuide, habits: StepHabit[], path: string, missingTarget?: (stepIndex: number) => TargetMissingReason | null): Progress | undefined {
    const before = this.progress.get(guide.id);
    if (before && before.status !== 'active') return undefined;
    const ids = { guideId: guide.id, guideVersion: guide.version };
    if (!before) this.record({ type: 'guide_started', ...ids }, path);
    for (let stepIndex = before?.stepIndex ?? 0; stepIndex < guide.steps.length; stepIndex++) {
      const step = { ...ids, stepId: guide.steps[stepIndex]!.id, stepIndex };
      const open: Progress = { status: 'active', stepIndex };
      this.progress.set(guide.id, open);
      const reason = missingTarget?.(stepIndex);
      if (reason) {
        this.wait(5_000);
        this.record({ type: 'target_missing', ...step, reason }, path);
        return open;
      }
      this.wait(this.random.int(150, 900));
      this.record({ type: 'step_viewed', ...step }, path);
      const { medianMs, dismiss, leave } = habits[stepIndex]!;
      const roll = this.random.next();
      if (roll < dismiss) {
        this.wait(this.random.duration(4_000, 0.7));
        this.record({ type: 'guide_dismissed', ...step }, path);
        const dismissed: Progress = { status: 'dismissed', stepIndex };
        this.progress.set(guide.id, dismissed);
        return dismissed;
      }
      if (roll < dismiss + leave) {
        this.wait(this.random.duration(20_000, 1));
        return open;
      }
      this.wait(this.random.duration(medianMs, 0.9));
      this.record({ type: 'step_completed', ...step }, path);
    }
    this.record({ type: 'guide_completed', ...ids }, path);
    const completed: Progress = { status: 'completed', stepIndex: guide.steps.length };
    this.progress.set(guide.id, completed);
    return completed;
  }
}

/** Whole days before `now` of each visit, oldest first: every few days until today, or a short burst for stalled companies. */
function visitDays(random: Random, user: SampleUser, account: SampleAccount): number[] {
  const days = [user.joinedDaysAgo];
  const lastDay = account.stalled ? Math.max(1, user.joinedDaysAgo - 2) : 1;
  // Some people sign in once and never again.
  const regular = account.stalled ? random.chance(0.4) : random.chance(0.85);
  for (let day = user.joinedDaysAgo - random.int(1, 4); regular && day >= lastDay && days.length < 9; day -= random.int(1, 4)) days.push(day);
  return days;
}

const reportPath = (random: Random) => `/reports/r-${random.int(36 ** 5, 36 ** 6 - 1).toString(36)}`;

/** Every event one person's visits produce, in order, stamped with their computer's clock. */
export function simulateUser(random: Random, guides: DemoGuideSet, account: SampleAccount, user: SampleUser, now: number): ShirubeEvent[] {
  const visits = new Visits(random, user, account);
  const habitsOf = (key: keyof DemoGuideSet) => (account.stalled && key !== 'findReports' && key !== 'settings' ? giveUp(HABITS[key]) : HABITS[key]);
  const navigate = () => visits.wait(random.duration(15_000, 1.2));
  let hasReport = false;

  const createReport = () => {
    navigate();
    const before = visits.progress.get(guides.createReport.id)?.status;
    const after = visits.show(guides.createReport, habitsOf('createReport'), '/reports/new')?.status;
    // Finishing the guide saves the report; without it, people save it themselves or give up on the form.
    const saved = after === 'completed' || (after === 'dismissed' && random.chance(0.6)) || (before !== 'active' && after === undefined && random.chance(0.85));
    if (!saved || account.stalled) return;
    hasReport = true;
    visits.wait(random.int(400, 1_500));
    // Their own new report is a draft: the Submit button is there.
    visits.show(guides.sendReport, habitsOf('sendReport'), reportPath(random));
  };
  // A colleague's report is past the draft stage, so the Submit step's element is not there.
  const openColleaguesReport = () => {
    navigate();
    const missing = (stepIndex: number): TargetMissingReason | null => (stepIndex === 1 ? (random.chance(0.8) ? 'not_found' : 'ambiguous') : null);
    visits.show(guides.sendReport, habitsOf('sendReport'), reportPath(random), missing);
  };

  visitDays(random, user, account).forEach((daysAgo, visit) => {
    visits.at = officeTime(random, now, daysAgo, account.utcOffsetHours);
    const role = user.traits.role;
    if (visit === 0) visits.record({ type: 'identify', traits: user.traits, accountTraits: account.traits }, '/');
    // Approvers often arrive from an e-mail link straight to a report waiting for them.
    if (role === 'approver' && random.chance(0.35)) openColleaguesReport();
    const welcome = visits.show(guides.welcome, habitsOf('welcome'), '/');
    const toldToCreate = welcome !== undefined && (welcome.status === 'completed' || welcome.stepIndex >= 2);
    if (hasReport ? random.chance(0.35) : random.chance(toldToCreate ? 0.8 : visit === 0 ? 0.3 : 0.45)) createReport();
    if (random.chance(BROWSE_REPORTS[role])) openColleaguesReport();
    if (random.chance(welcome?.status === 'completed' ? 0.55 : 0.25)) {
      navigate();
      visits.show(guides.findReports, habitsOf('findReports'), '/reports');
    }
    if (random.chance(0.12)) {
      navigate();
      visits.show(guides.settings, habitsOf('settings'), '/settings');
    }
  });
  return visits.events;
}
