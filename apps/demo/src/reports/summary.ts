import { daysAgo, type Report } from './report.js';

/** The dashboard's headline numbers. */
export interface Kpis {
  pending: { amount: number; count: number };
  approvedThisMonth: { amount: number; count: number };
  reimbursed90Days: { amount: number; count: number };
  drafts: { amount: number; count: number };
}

function total(reports: Report[]): { amount: number; count: number } {
  return { amount: reports.reduce((sum, report) => sum + report.amount, 0), count: reports.length };
}

/** Sums reports by state; `today` is YYYY-MM-DD. */
export function computeKpis(reports: Report[], today: string): Kpis {
  const month = today.slice(0, 7);
  const since = daysAgo(90, new Date(`${today}T12:00:00`));
  return {
    pending: total(reports.filter((r) => r.status === 'pending')),
    approvedThisMonth: total(reports.filter((r) => r.status === 'approved' && r.date.startsWith(month))),
    reimbursed90Days: total(reports.filter((r) => r.status === 'reimbursed' && r.date >= since)),
    drafts: total(reports.filter((r) => r.status === 'draft')),
  };
}

/** Spend per month (YYYY-MM) for the last `months` months up to today's, drafts and rejections left out. */
export function monthlySpend(reports: Report[], today: string, months = 6): { month: string; amount: number }[] {
  const [year, monthIndex] = today.split('-').map(Number) as [number, number];
  const keys: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(year, monthIndex - 1 - i, 1));
    keys.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  const sums = new Map(keys.map((key) => [key, 0]));
  for (const report of reports) {
    if (report.status === 'draft' || report.status === 'rejected') continue;
    const key = report.date.slice(0, 7);
    if (sums.has(key)) sums.set(key, sums.get(key)! + report.amount);
  }
  return keys.map((month) => ({ month, amount: sums.get(month)! }));
}
