import { describe, expect, it } from 'vitest';
import { defaultChoices, mergeChoices } from './merge-dialog';

describe('merge choices', () => {
  const values: Record<string, Record<string, string>> = {
    this: { email: 'a@x', phone: '', notes: 'keep' },
    other: { email: 'b@x', phone: '555', notes: '' },
  };
  const value = (side: 'this' | 'other', field: string) => values[side]![field] ?? '';

  it('keeps this record’s value unless it is empty and the other’s is not', () => {
    expect(defaultChoices(['email', 'phone', 'notes'], value)).toEqual({ email: 'this', phone: 'other', notes: 'this' });
  });

  it('says each choice relative to the record that survives', () => {
    const choices = { email: 'this', phone: 'other' } as const;
    expect(mergeChoices(choices, 'this')).toEqual({ email: 'Survivor', phone: 'Duplicate' });
    expect(mergeChoices(choices, 'other')).toEqual({ email: 'Duplicate', phone: 'Survivor' });
  });
});
