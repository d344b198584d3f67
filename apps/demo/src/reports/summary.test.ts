import { describe, expect, it } from 'vitest';
import type { Report } from './report.js';
import { computeKpis, monthlySpend } from './summary.js';

function report(date: string, amount: number, status: Report['status']): Report {
  return { id: date + status, title: { en: 't', ja: 't' }, date, category: 'other', amount, status, merchant: '', notes: '', receipt: null, owner: 'x', timeline: [] };
}

describe('dashboard numbers', () => {
  const reports = [
    report('2025-11-20', 1000, 'pending'),
    report('2025-11-02', 2000, 'approved'),
    report('2025-10-30', 4000, 'approved'),
    report('2025-09-01', 8000, 'reimbursed'),
    report('2025-06-01', 16000, 'reimbursed'),
    report('2025-11-21', 500, 'draft'),
    report('2025-11-21', 700, 'rejected'),
  ];

  it('counts approvals of the current month only and reimbursements of the last 90 days', () => {
    expect(computeKpis(reports, '2025-11-22')).toEqual({
      pending: { amount: 1000, count: 1 },
      approvedThisMonth: { amount: 2000, count: 1 },
      reimbursed90Days: { amount: 8000, count: 1 },
      drafts: { amount: 500, count: 1 },
    });
  });

  it('sums six months of submitted spend across a year boundary, oldest first', () => {
    const spend = monthlySpend([...reports, report('2024-12-31', 300, 'approved')], '2025-02-10');
    expect(spend.map((m) => m.month)).toEqual(['2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02']);
    expect(spend[3]).toEqual({ month: '2024-12', amount: 300 });
    const now = monthlySpend(reports, '2025-11-22');
    expect(now.at(-1)).toEqual({ month: '2025-11', amount: 3000 });
    expect(now.find((m) => m.month === '2025-06')).toEqual({ month: '2025-06', amount: 16000 });
  });
});
