import { createFormControl } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import {
  checksResolver,
  flattenErrors,
  invalidParamsAsFieldErrors,
  NO_FEEDBACK,
  renameApiField,
  submitFlow,
  type FormChecks,
  type FormFeedback,
  type SubmitFlow,
} from './apiForm.ts';

interface Values {
  name: string;
  address: { postcode: string };
}

function badRequest(...params: { name: string; reason: string }[]): ApiError {
  return new ApiError({
    status: 400,
    code: 'validation_failed',
    invalidParams: params.map((p) => ({ ...p, code: 'invalid' })),
  });
}

const conflict = new ApiError({ status: 409, code: 'conflict', invalidParams: [{ name: 'version', code: 'stale', reason: 'Gewijzigd.' }] });

/** A form as React Hook Form builds it outside React, with the flow useApiForm gives it. */
function testForm(checks?: FormChecks<Values>, apiNames?: Record<string, string>) {
  const form = createFormControl<Values>({
    defaultValues: { name: '', address: { postcode: '' } },
    resolver: checksResolver<Values>(() => checks),
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  let feedback: FormFeedback = NO_FEEDBACK;
  const flow: SubmitFlow<Values> = {
    handleSubmit: form.handleSubmit,
    setError: form.setError,
    known: () => ['name', 'address.postcode'],
    apiNames,
    setFeedback: (update) => {
      feedback = update(feedback);
    },
  };
  return {
    form,
    feedback: () => feedback,
    errors: () => flattenErrors(form.getErrors()),
    submit: (action: (values: Values) => unknown) => submitFlow(flow, action)(),
  };
}

const nameRequired: FormChecks<Values> = (v) => ({ name: v.name.trim() ? undefined : 'Vul naam in.' });

describe('invalidParams onto fields', () => {
  it('names API fields as the form does, exactly or by prefix', () => {
    expect(renameApiField('employerId', { employerId: 'employer' })).toBe('employer');
    expect(renameApiField('address.postcode', { address: 'home' })).toBe('home.postcode');
    expect(renameApiField('address.postcode', { 'address.postcode': 'zip', address: 'home' })).toBe('zip');
    expect(renameApiField('name', undefined)).toBe('name');
  });

  it('maps a 400 onto the closest known field, first reason per field, renamed where asked', () => {
    const error = badRequest(
      { name: 'postcode', reason: 'Ongeldige postcode.' },
      { name: 'languages.0', reason: 'Te lang.' },
      { name: 'languages.1', reason: 'Tweede.' },
      { name: 'other', reason: 'Onbekend veld.' },
    );
    expect(invalidParamsAsFieldErrors(error, ['address.postcode', 'languages'], { postcode: 'address.postcode' })).toEqual({
      'address.postcode': 'Ongeldige postcode.',
      languages: 'Te lang.',
      other: 'Onbekend veld.',
    });
  });

  it('leaves what is not a field problem to the ProblemAlert', () => {
    expect(invalidParamsAsFieldErrors(conflict, ['version'])).toBeNull();
    expect(invalidParamsAsFieldErrors(new Error('x'), ['name'])).toBeNull();
    expect(invalidParamsAsFieldErrors(badRequest(), ['name'])).toBeNull();
    expect(invalidParamsAsFieldErrors(badRequest({ name: '', reason: 'Body.' }), ['name'])).toBeNull();
  });
});

describe('submitting a form', () => {
  it('runs the own checks and does not call the action when they fail; the focus key changes every time', async () => {
    const t = testForm(nameRequired);
    let called = 0;
    await t.submit(() => called++);
    expect(t.errors()).toEqual({ name: 'Vul naam in.' });
    expect(t.feedback().focusKey).toBe(1);
    await t.submit(() => called++);
    expect(t.feedback().focusKey).toBe(2);
    expect(called).toBe(0);
  });

  it('calls the action with the values once the checks pass, and clears the earlier errors', async () => {
    const t = testForm(nameRequired);
    await t.submit(() => undefined);
    t.form.setValue('name', 'Jansen');
    const sent: Values[] = [];
    await t.submit((values) => sent.push(values));
    expect(sent).toEqual([{ name: 'Jansen', address: { postcode: '' } }]);
    expect(t.errors()).toEqual({});
    expect(t.feedback().focusKey).toBe(1);
  });

  it("puts the server's field errors on the fields (nested names too) with a new focus key", async () => {
    const t = testForm(undefined, { zip: 'address.postcode' });
    await t.submit(async () => {
      throw badRequest({ name: 'zip', reason: 'Ongeldige postcode.' }, { name: 'name', reason: 'Te lang.' });
    });
    expect(t.errors()).toEqual({ 'address.postcode': 'Ongeldige postcode.', name: 'Te lang.' });
    expect(t.feedback()).toEqual({ focusKey: 1, problem: null });
    // The next submit starts from the checks again: server errors of the last attempt go.
    await t.submit(() => undefined);
    expect(t.errors()).toEqual({});
  });

  it('keeps a conflict as the problem, without field errors or focus, and drops it on the next submit', async () => {
    const t = testForm();
    await t.submit(async () => {
      throw conflict;
    });
    expect(t.errors()).toEqual({});
    expect(t.feedback()).toEqual({ focusKey: 0, problem: conflict });
    await t.submit(() => undefined);
    expect(t.feedback().problem).toBeNull();
  });
});
