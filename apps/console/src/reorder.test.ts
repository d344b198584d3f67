import { describe, expect, it } from 'vitest';
import { moveItem, uniqueId } from './reorder.js';

describe('reordering steps', () => {
  it('moves an item up, down, to the ends, and ignores moves past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 1, -3)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
  it('gives a duplicate an id no other step has', () => {
    expect(uniqueId('welcome', new Set(['welcome']))).toBe('welcome-2');
    expect(uniqueId('welcome-2', new Set(['welcome', 'welcome-2']))).toBe('welcome-3');
  });
});
