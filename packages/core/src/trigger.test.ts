import type { Target } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { triggerFires, type TriggerFact } from './trigger.js';

const button: Target = { v: 1, tag: 'button', text: 'New report' };
const other: Target = { v: 1, tag: 'a', text: 'Help' };
const check: TriggerFact = { type: 'check' };
const clickOn = (target: Target): TriggerFact => ({ type: 'click', hit: (t) => t === target });
const nothingPresent = () => false;

describe('start triggers', () => {
  it('starts page-load guides (and guides without a trigger) on a page check, manual ones never', () => {
    expect(triggerFires(undefined, check, nothingPresent)).toBe(true);
    expect(triggerFires({ kind: 'page_load' }, check, nothingPresent)).toBe(true);
    expect(triggerFires({ kind: 'page_load' }, { type: 'track', name: 'x' }, nothingPresent)).toBe(false);
    expect(triggerFires(undefined, clickOn(button), nothingPresent)).toBe(false);
    expect(triggerFires({ kind: 'manual' }, check, () => true)).toBe(false);
    expect(triggerFires({ kind: 'manual' }, { type: 'track', name: 'x' }, () => true)).toBe(false);
  });

  it('starts when the element is on the page, whatever was observed', () => {
    const trigger = { kind: 'element_appears' as const, target: button };
    expect(triggerFires(trigger, check, (t) => t === button)).toBe(true);
    expect(triggerFires(trigger, check, nothingPresent)).toBe(false);
    expect(triggerFires({ kind: 'element_appears' }, check, () => true)).toBe(false);
  });

  it('starts on a click on the element only', () => {
    const trigger = { kind: 'element_clicked' as const, target: button };
    expect(triggerFires(trigger, clickOn(button), () => true)).toBe(true);
    expect(triggerFires(trigger, clickOn(other), () => true)).toBe(false);
    expect(triggerFires(trigger, check, () => true)).toBe(false);
  });

  it('starts on the named track event only', () => {
    const trigger = { kind: 'custom_event' as const, name: 'report_saved' };
    expect(triggerFires(trigger, { type: 'track', name: 'report_saved' }, nothingPresent)).toBe(true);
    expect(triggerFires(trigger, { type: 'track', name: 'report_deleted' }, nothingPresent)).toBe(false);
    expect(triggerFires(trigger, check, nothingPresent)).toBe(false);
  });
});
