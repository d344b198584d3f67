import type { Random } from './seeded-random.js';

/*
 * Who uses the demo app in the sample activity: customer companies of an expense-report SaaS in
 * Japan, mostly Japanese, some international, each with a handful to a couple of dozen staff.
 */

export const DAY = 86_400_000;
const HOUR = 3_600_000;

export type Plan = 'free' | 'business' | 'enterprise';
export type Role = 'admin' | 'member' | 'approver';

/** A customer company as its users' `identify` calls describe it. */
export interface SampleAccount {
  accountId: string;
  traits: { name: string; plan: Plan; industry: string };
  /** Hours ahead of UTC of the office: its people work 9:00 to 18:30 there. */
  utcOffsetHours: number;
  /** Whole days before `now` the company signed up (1 is yesterday). */
  signedUpDaysAgo: number;
  /** Its people started onboarding over a week ago, then stopped coming back. */
  stalled: boolean;
  users: SampleUser[];
}

/** One person at a customer company. */
export interface SampleUser {
  userId: string;
  /** The SDK's device id. */
  anonymousId: string;
  traits: { name: string; email: string; role: Role; plan: Plan };
  locale: 'ja-JP' | 'en-US';
  /** Whole days before `now` of their first sign-in. */
  joinedDaysAgo: number;
  /** How far their computer's clock is off, which the server's skew correction undoes. */
  clockSkewMs: number;
}

type Language = 'ja' | 'en';

/** Company, romanised slug (their e-mail domain and account id), industry, working language. */
const COMPANIES: ReadonlyArray<readonly [string, string, string, Language]> = [
  ['株式会社さくら物流', 'sakura-butsuryu', 'Logistics', 'ja'],
  ['北斗精機株式会社', 'hokuto-seiki', 'Manufacturing', 'ja'],
  ['株式会社みなと不動産', 'minato-fudosan', 'Real estate', 'ja'],
  ['青葉フーズ株式会社', 'aoba-foods', 'Food & beverage', 'ja'],
  ['株式会社ひかりデザイン', 'hikari-design', 'Design', 'ja'],
  ['東雲建設株式会社', 'shinonome-kensetsu', 'Construction', 'ja'],
  ['株式会社つばめ商事', 'tsubame-shoji', 'Trading', 'ja'],
  ['株式会社やまびこ出版', 'yamabiko-shuppan', 'Publishing', 'ja'],
  ['瀬戸内マリン株式会社', 'setouchi-marine', 'Shipping', 'ja'],
  ['医療法人かえで会', 'kaede-kai', 'Healthcare', 'ja'],
  ['株式会社ミライ教育', 'mirai-kyoiku', 'Education', 'ja'],
  ['大和テック株式会社', 'yamato-tech', 'Software', 'ja'],
  ['あさひ税理士法人', 'asahi-tax', 'Accounting', 'ja'],
  ['琴平トラベル株式会社', 'kotohira-travel', 'Travel', 'ja'],
  ['もみじ製薬株式会社', 'momiji-pharma', 'Pharmaceuticals', 'ja'],
  ['株式会社白樺ソフトウェア', 'shirakaba-soft', 'Software', 'ja'],
  ['富士見ホテルズ株式会社', 'fujimi-hotels', 'Hospitality', 'ja'],
  ['葵電機株式会社', 'aoi-denki', 'Electronics', 'ja'],
  ['株式会社こだま広告', 'kodama-ad', 'Advertising', 'ja'],
  ['株式会社いろは農園', 'iroha-farm', 'Agriculture', 'ja'],
  ['Northwind Traders Japan', 'northwind', 'Trading', 'en'],
  ['Bluefin Robotics KK', 'bluefin', 'Manufacturing', 'en'],
  ['Harbor & Pine Consulting', 'harborpine', 'Consulting', 'en'],
  ['Lumen Health KK', 'lumenhealth', 'Healthcare', 'en'],
  ['Tidewater Logistics Asia', 'tidewater', 'Logistics', 'en'],
  ['Cedar Analytics', 'cedaranalytics', 'Software', 'en'],
  ['Brightpath Education', 'brightpath', 'Education', 'en'],
  ['Orbit Foods Asia Pacific', 'orbitfoods', 'Food & beverage', 'en'],
  ['Kestrel Security KK', 'kestrel', 'Security', 'en'],
  ['Maple Leaf Trading', 'mapleleaf', 'Trading', 'en'],
];

const JAPANESE_FAMILY = ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu'];
const JAPANESE_GIVEN = ['Haruto', 'Yui', 'Sota', 'Mei', 'Ren', 'Aoi', 'Yuto', 'Hina', 'Kaito', 'Sakura', 'Riku', 'Yuna', 'Hayato', 'Mio', 'Daiki', 'Rin', 'Kenta', 'Ayaka', 'Shota', 'Nanami'];
const ENGLISH_FAMILY = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Miller', 'Wilson', 'Moore', 'Clark', 'Walker', 'Hall', 'Young', 'King'];
const ENGLISH_GIVEN = ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'James', 'Sophia', 'Lucas', 'Mia', 'Ethan', 'Chloe', 'Daniel'];

/** Staff who use the app, by plan: small teams try it free, larger ones buy it. */
const TEAM_SIZE: Record<Plan, readonly [number, number]> = { free: [3, 6], business: [5, 12], enterprise: [12, 25] };

/** The sample customers over the `days` before today. Deterministic for a given random source. */
export function sampleAccounts(random: Random, days = 29): SampleAccount[] {
  let stalledSoFar = 0;
  return COMPANIES.map(([name, slug, industry, language]) => {
    const plan: Plan = random.chance(0.4) ? 'free' : random.chance(0.75) ? 'business' : 'enterprise';
    const signedUpDaysAgo = random.int(2, days);
    // A few companies that signed up a while ago gave up during onboarding.
    const stalled = stalledSoFar < 4 && signedUpDaysAgo >= 12 && random.chance(0.4);
    if (stalled) stalledSoFar++;
    const account = {
      accountId: slug,
      traits: { name, plan, industry },
      utcOffsetHours: language === 'ja' ? 9 : random.pick([9, 9, -7, 1]),
      signedUpDaysAgo,
      stalled,
    };
    const [fewest, most] = TEAM_SIZE[plan];
    return { ...account, users: sampleUsers(random, account, language, random.int(fewest, most)) };
  });
}

function sampleUsers(random: Random, account: Omit<SampleAccount, 'users'>, language: Language, count: number): SampleUser[] {
  const emails = new Set<string>();
  const users: SampleUser[] = [];
  for (let index = 0; index < count; index++) {
    // International staff at Japanese companies and the other way round.
    const locale = (language === 'ja' ? random.chance(0.9) : random.chance(0.25)) ? 'ja-JP' : 'en-US';
    const japaneseName = locale === 'ja-JP' || random.chance(0.2);
    const given = random.pick(japaneseName ? JAPANESE_GIVEN : ENGLISH_GIVEN);
    const family = random.pick(japaneseName ? JAPANESE_FAMILY : ENGLISH_FAMILY);
    let email = `${given}.${family}@${account.accountId}.example`.toLowerCase();
    for (let n = 2; emails.has(email); n++) email = `${given}.${family}${n}@${account.accountId}.example`.toLowerCase();
    emails.add(email);
    // The first user set the company up; others were invited over the following days.
    const invitedAfter = index === 0 ? 0 : Math.min(account.stalled ? 1 : 10, Math.floor(random.duration(DAY, 1) / DAY));
    users.push({
      userId: email,
      anonymousId: randomUuid(random),
      traits: { name: `${given} ${family}`, email, role: roleOf(random, index, count), plan: account.traits.plan },
      locale,
      joinedDaysAgo: Math.max(1, account.signedUpDaysAgo - invitedAfter),
      clockSkewMs: random.chance(0.15) ? random.int(-600_000, 600_000) : random.int(-1_500, 1_500),
    });
  }
  return users;
}

function roleOf(random: Random, index: number, teamSize: number): Role {
  if (index === 0 || (index === 1 && teamSize > 12)) return 'admin';
  return random.chance(0.22) ? 'approver' : 'member';
}

/** A UUID-shaped device id from the random source, so re-running the seed gives the same ids. */
function randomUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A moment during office hours (9:00 to 18:30 at `utcOffsetHours`) on the day `daysAgo` days before `now`'s date there. */
export function officeTime(random: Random, now: number, daysAgo: number, utcOffsetHours: number): number {
  const offset = utcOffsetHours * HOUR;
  const todayMidnight = Math.floor((now + offset) / DAY) * DAY - offset;
  return todayMidnight - daysAgo * DAY + 9 * HOUR + Math.floor(random.next() * 9.5 * HOUR);
}
