import { describe, expect, it } from 'vitest';
import { ApiError, fieldError } from './problem';

describe('ApiError', () => {
  it('reads the stable code, field errors and duplicate candidates of a problem', () => {
    const error = new ApiError(409, {
      type: 'https://crm.dev/errors/customers.possible_duplicates',
      code: 'customers.possible_duplicates',
      detail: '1 existing record(s) look like this one.',
      candidates: [{ id: 'c1', name: '张伟', matchedOn: 'email' }],
    });
    expect(error.code).toBe('customers.possible_duplicates');
    expect(error.isConflict).toBe(true);
    expect(error.candidates).toHaveLength(1);
    expect(error.message).toContain('existing record');
  });

  it('falls back to the type URI when there is no code extension', () => {
    expect(new ApiError(404, { type: 'https://crm.dev/errors/customers.contact_not_found' }).code).toBe('customers.contact_not_found');
    expect(new ApiError(502, undefined).code).toBe('http.502');
  });

  it('gives the current record of a stale update', () => {
    const error = new ApiError(409, { code: 'concurrency.stale_version', current: { fullName: 'Now' }, currentVersion: 7 });
    expect(error.isStaleVersion).toBe(true);
    expect(error.current<{ fullName: string }>()?.fullName).toBe('Now');
  });

  it('finds a field message whatever the key casing', () => {
    const error = new ApiError(400, { errors: { Email: ['Enter a valid email.'], 'address.city': ['Too long.'] } });
    expect(fieldError(error, 'email')).toBe('Enter a valid email.');
    expect(fieldError(error, 'address.city')).toBe('Too long.');
    expect(fieldError(error, 'phone')).toBeUndefined();
    expect(fieldError(new Error('x'), 'email')).toBeUndefined();
  });
});
