import { describe, expect, it } from 'vitest';
import { resolveFieldName } from './formErrors.ts';

describe('server field errors', () => {
  it('maps invalidParams onto the closest known field', () => {
    expect(resolveFieldName('address.postcode', ['address.postcode'])).toBe('address.postcode');
    expect(resolveFieldName('languages.3', ['languages'])).toBe('languages');
    expect(resolveFieldName('unknown', ['bsn'])).toBe('unknown');
  });
});
