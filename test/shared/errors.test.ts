import { describe, expect, it } from 'vitest';
import { AppError, errorCodes, messageFor, toErrorPayload } from '../../shared/errors';

describe('error messages', () => {
  it('gives every reason code its own calm sentence', () => {
    const messages = errorCodes.map(messageFor);
    for (const message of messages) expect(message).toMatch(/^[A-Z].*\.$/);
    expect(new Set(messages).size).toBe(errorCodes.length);
  });

  it('carries the code and the field problems in an AppError', () => {
    const error = new AppError('invalid-input', undefined, [
      { path: 'trainee.name', message: 'Enter the name' },
    ]);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(messageFor('invalid-input'));
    expect(toErrorPayload(error.code, error.fields).fields).toEqual([
      { path: 'trainee.name', message: 'Enter the name' },
    ]);
  });
});
