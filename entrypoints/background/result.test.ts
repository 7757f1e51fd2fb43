import { describe, expect, it } from 'vitest';
import { UserDataError } from '@/lib/userdata';
import { attempt, ok } from './result';

describe('attempt', () => {
  it('passes an answer through and turns a throw into failed, with the problem', async () => {
    expect(await attempt(async () => ok(3))).toEqual({ ok: true, value: 3 });
    const result = await attempt(async () => {
      throw new UserDataError({ code: 'badTerm', detail: 'x' });
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.code).toBe('badTerm');
  });
});
