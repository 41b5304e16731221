import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { fieldErrorsFromError, resolveFieldName } from './formErrors.ts';

describe('server field errors', () => {
  it('maps invalidParams onto the closest known field', () => {
    expect(resolveFieldName('address.postcode', ['address.postcode'])).toBe('address.postcode');
    expect(resolveFieldName('languages.3', ['languages'])).toBe('languages');
    expect(resolveFieldName('unknown', ['bsn'])).toBe('unknown');
  });

  it('keeps the first reason per field', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      invalidParams: [
        { name: 'address.postcode', code: 'invalid_postcode', reason: 'Ongeldige postcode.' },
        { name: 'languages.0', code: 'too_long', reason: 'Maximaal 40 tekens.' },
        { name: 'languages.1', code: 'too_long', reason: 'Tweede.' },
      ],
    });
    expect(fieldErrorsFromError(error, ['address.postcode', 'languages'])).toEqual({
      'address.postcode': 'Ongeldige postcode.',
      languages: 'Maximaal 40 tekens.',
    });
    expect(fieldErrorsFromError(new Error('x'), ['bsn'])).toEqual({});
  });
});
