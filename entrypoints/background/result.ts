/** The `ok`/`failed` answer of user-data handlers, and the one try/catch that turns a throw into `failed`. */
import type { UserDataResult } from '@/lib/protocol';
import { problemOf } from '@/lib/userdata';

export const ok = <T>(value: T): UserDataResult<T> => ({ ok: true, value });
export const failed = (err: unknown): UserDataResult<never> => ({ ok: false, problem: problemOf(err) });

/** Runs a handler's work; whatever it throws answers as `failed` (with the problem the UI can show). */
export async function attempt<T>(work: () => Promise<UserDataResult<T>>): Promise<UserDataResult<T>> {
  try {
    return await work();
  } catch (err) {
    return failed(err);
  }
}
