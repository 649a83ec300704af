import { describe, expect, it } from 'vitest';
import { ApiError, fieldErrorsOf, fieldKey, idFromLocation, unmatchedFieldErrors, unwrap } from './problem';

describe('problem+json mapping', () => {
  it('maps each field error to its request property', () => {
    const errors = fieldErrorsOf({
      status: 400,
      errors: [
        { field: 'email', message: 'ogiltig e-postadress' },
        { field: 'activeTo', message: 'måste vara efter startdatum' },
      ],
    });
    expect(errors).toEqual({ email: 'ogiltig e-postadress', activeTo: 'måste vara efter startdatum' });
  });

  it('strips list indexes and object paths from field names', () => {
    expect(fieldKey('roles[0]')).toBe('roles');
    expect(fieldKey('create.request.email')).toBe('email');
    expect(fieldKey('name')).toBe('name');
  });

  it('joins several messages for one field', () => {
    const errors = fieldErrorsOf({ errors: [{ field: 'name', message: 'för kort.' }, { field: 'name', message: 'ogiltiga tecken.' }] });
    expect(errors.name).toBe('för kort. ogiltiga tecken.');
  });

  it('returns nothing for a problem without field errors', () => {
    expect(fieldErrorsOf({ status: 409, detail: 'har kontaktpersoner' })).toEqual({});
    expect(fieldErrorsOf(undefined)).toEqual({});
  });

  it('keeps the field errors no form field shows for the alert', () => {
    const problem = { errors: [{ field: 'email', message: 'a' }, { field: 'unknownThing', message: 'b' }] };
    expect(unmatchedFieldErrors(problem, ['email', 'name'])).toEqual([{ field: 'unknownThing', message: 'b' }]);
  });
});

describe('unwrap', () => {
  it('throws an ApiError carrying status and problem', async () => {
    const response = new Response('', { status: 412 });
    const result = Promise.resolve({ error: { title: 'Precondition Failed', code: 'COMMON-412' }, response });
    const error = await unwrap(result).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(412);
    expect((error as ApiError).problem.code).toBe('COMMON-412');
  });

  it('returns the data of a successful answer', async () => {
    const result = Promise.resolve({ data: { id: 'x' }, response: new Response('{}', { status: 200 }) });
    await expect(unwrap(result)).resolves.toEqual({ id: 'x' });
  });

  it('reads the id from a Location header', () => {
    const response = new Response(null, { status: 201, headers: { Location: 'http://h/api/v1/units/abc-123' } });
    expect(idFromLocation(response)).toBe('abc-123');
  });
});
