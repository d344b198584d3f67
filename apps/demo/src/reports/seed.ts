import { daysAgo, type Category, type Report, type Status, type TimelineEntry } from './report.js';

/** Who approves and who pays out in the demo company. */
export const APPROVER = 'Haruto Sato';
const FINANCE = 'Yui Tanaka';

interface SeedRow {
  en: string;
  ja: string;
  daysAgo: number;
  category: Category;
  amount: number;
  status: Status;
  merchant: string;
  owner: string;
  notes?: string;
  receipt?: string;
  rejection?: string;
}

const ROWS: SeedRow[] = [
  { en: 'Taxi from Haneda Airport after late flight', ja: '羽田空港から深夜タクシー', daysAgo: 0, category: 'transport', amount: 7820, status: 'draft', merchant: 'Nihon Kotsu', owner: 'Kenji Tanaka', receipt: 'taxi-haneda.jpg' },
  { en: 'Team lunch to welcome new hires', ja: '新入社員歓迎ランチ', daysAgo: 1, category: 'meals', amount: 18700, status: 'draft', merchant: 'Tsukiji Sushi Sei', owner: 'Mei Yamamoto', notes: '6 attendees, sales team.' },
  { en: 'Taxi to client office in Shinagawa', ja: '品川の客先までのタクシー代', daysAgo: 2, category: 'transport', amount: 3480, status: 'pending', merchant: 'Nihon Kotsu', owner: 'Kenji Tanaka', receipt: 'receipt-0412.jpg' },
  { en: 'Client dinner with Mitsuboshi Trading', ja: '三ツ星商事様との会食', daysAgo: 3, category: 'meals', amount: 42900, status: 'pending', merchant: 'Kappo Hanabusa', owner: 'Aiko Suzuki', notes: '4 attendees (2 from Mitsuboshi Trading). Renewal negotiation.', receipt: 'hanabusa.pdf' },
  { en: 'Shinkansen to Osaka (round trip)', ja: '大阪出張 新幹線（往復）', daysAgo: 5, category: 'travel', amount: 29440, status: 'approved', merchant: 'JR Central', owner: 'Aiko Suzuki', notes: 'Nozomi, reserved seat. Osaka branch quarterly review.', receipt: 'smart-ex.pdf' },
  { en: 'Hotel in Umeda, 1 night', ja: '梅田のホテル 1泊', daysAgo: 5, category: 'lodging', amount: 14300, status: 'approved', merchant: 'Hotel Granvia Osaka', owner: 'Aiko Suzuki', receipt: 'granvia.pdf' },
  { en: 'Slack Pro monthly seats', ja: 'Slack Pro 月額利用料', daysAgo: 8, category: 'software', amount: 10920, status: 'approved', merchant: 'Slack Technologies', owner: 'Haruto Sato', receipt: 'slack-invoice.pdf' },
  { en: 'Flight to Fukuoka (ANA)', ja: '福岡出張 航空券（ANA）', daysAgo: 12, category: 'travel', amount: 38900, status: 'rejected', merchant: 'ANA', owner: 'Kenji Tanaka', rejection: 'Please attach the boarding pass.' },
  { en: 'Suica top-up for client visits', ja: '客先訪問用 Suica チャージ', daysAgo: 20, category: 'transport', amount: 5000, status: 'reimbursed', merchant: 'JR East', owner: 'Mei Yamamoto' },
  { en: 'Printer toner and copy paper', ja: 'プリンタートナーとコピー用紙', daysAgo: 33, category: 'supplies', amount: 8640, status: 'reimbursed', merchant: 'Askul', owner: 'Mei Yamamoto', receipt: 'askul-order.pdf' },
  { en: 'Figma Professional, annual plan', ja: 'Figma Professional 年間プラン', daysAgo: 41, category: 'software', amount: 75000, status: 'reimbursed', merchant: 'Figma', owner: 'Haruto Sato', receipt: 'figma-annual.pdf' },
  { en: 'Developers Summit conference ticket', ja: 'Developers Summit 参加費', daysAgo: 58, category: 'other', amount: 22000, status: 'reimbursed', merchant: 'Shoeisha', owner: 'Kenji Tanaka' },
  { en: 'Co-working day pass in Nagoya', ja: '名古屋 コワーキング 1日利用', daysAgo: 76, category: 'other', amount: 2200, status: 'reimbursed', merchant: 'WeWork Global Gate', owner: 'Aiko Suzuki' },
  { en: 'Shinkansen to Nagoya (round trip)', ja: '名古屋出張 新幹線（往復）', daysAgo: 77, category: 'travel', amount: 21200, status: 'reimbursed', merchant: 'JR Central', owner: 'Aiko Suzuki' },
  { en: 'Monitor arms for the design team', ja: 'デザインチーム用モニターアーム', daysAgo: 100, category: 'supplies', amount: 25960, status: 'reimbursed', merchant: 'Amazon.co.jp', owner: 'Haruto Sato' },
  { en: 'Business cards for new hires', ja: '新入社員の名刺印刷', daysAgo: 130, category: 'supplies', amount: 9900, status: 'reimbursed', merchant: 'Raksul', owner: 'Mei Yamamoto' },
  { en: 'Year-end party venue deposit', ja: '忘年会 会場予約金', daysAgo: 150, category: 'meals', amount: 50000, status: 'reimbursed', merchant: 'Shinjuku Banquet Hall', owner: 'Mei Yamamoto' },
];

function at(day: string, hour: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, 12).toISOString();
}

function timelineFor(row: SeedRow, day: string): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ kind: 'created', at: at(day, 9), actor: row.owner }];
  if (row.status === 'draft') return entries;
  entries.push({ kind: 'submitted', at: at(day, 18), actor: row.owner });
  if (row.status === 'pending') return entries;
  const decided = daysAgo(Math.max(row.daysAgo - 1, 0));
  if (row.status === 'rejected') {
    entries.push({ kind: 'rejected', at: at(decided, 11), actor: APPROVER, comment: row.rejection ?? '' });
    return entries;
  }
  entries.push({ kind: 'approved', at: at(decided, 11), actor: APPROVER });
  if (row.status === 'reimbursed') entries.push({ kind: 'reimbursed', at: at(daysAgo(Math.max(row.daysAgo - 4, 0)), 15), actor: FINANCE });
  return entries;
}

/** The demo company's reports, dated relative to today so the dashboard always looks current. */
export function seedReports(): Report[] {
  return ROWS.map((row, index) => {
    const date = daysAgo(row.daysAgo);
    return {
      id: `r-${String(1000 + ROWS.length - index)}`,
      title: { en: row.en, ja: row.ja },
      date,
      category: row.category,
      amount: row.amount,
      status: row.status,
      merchant: row.merchant,
      notes: row.notes ?? '',
      receipt: row.receipt ? { name: row.receipt, size: 180_000 + ((index * 7919) % 400_000) } : null,
      owner: row.owner,
      timeline: timelineFor(row, date),
    };
  });
}
