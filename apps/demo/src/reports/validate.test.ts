import { describe, expect, it } from 'vitest';
import { parseAmount, validateReport, type ReportDraft } from './validate.js';

const valid: ReportDraft = { title: 'Shinkansen to Osaka', date: '2025-11-20', category: 'travel', amount: '14,720' };
const today = '2025-11-22';

describe('report validation', () => {
  it('accepts a complete draft dated today or earlier', () => {
    expect(validateReport(valid, today)).toEqual({});
    expect(validateReport({ ...valid, date: today }, today)).toEqual({});
  });

  it('requires a title that is not just spaces', () => {
    expect(validateReport({ ...valid, title: '   ' }, today)).toEqual({ title: 'errors.titleRequired' });
  });

  it('rejects a date in the future and a missing date', () => {
    expect(validateReport({ ...valid, date: '2025-11-23' }, today)).toEqual({ date: 'errors.dateFuture' });
    expect(validateReport({ ...valid, date: '' }, today)).toEqual({ date: 'errors.dateRequired' });
  });

  it('requires an amount greater than zero', () => {
    expect(validateReport({ ...valid, amount: '' }, today).amount).toBe('errors.amountRequired');
    expect(validateReport({ ...valid, amount: '0' }, today).amount).toBe('errors.amountPositive');
    expect(validateReport({ ...valid, amount: '-500' }, today).amount).toBe('errors.amountPositive');
    expect(validateReport({ ...valid, amount: '12.5' }, today).amount).toBe('errors.amountInvalid');
    expect(validateReport({ ...valid, amount: 'abc' }, today).amount).toBe('errors.amountInvalid');
    expect(validateReport({ ...valid, amount: '20000000' }, today).amount).toBe('errors.amountTooLarge');
  });

  it('rejects an unknown category', () => {
    expect(validateReport({ ...valid, category: '' }, today)).toEqual({ category: 'errors.categoryRequired' });
  });

  it('reports every invalid field at once', () => {
    expect(Object.keys(validateReport({ title: '', date: '2099-01-01', category: 'travel', amount: '0' }, today)).sort()).toEqual([
      'amount',
      'date',
      'title',
    ]);
  });
});

describe('parseAmount', () => {
  it('reads amounts the way people type them, including full-width digits', () => {
    expect(parseAmount('12,800')).toBe(12800);
    expect(parseAmount('¥ 3,400')).toBe(3400);
    expect(parseAmount('１２８００')).toBe(12800);
    expect(parseAmount('5,000円')).toBe(5000);
    expect(parseAmount('1e3')).toBeNaN();
  });
});
