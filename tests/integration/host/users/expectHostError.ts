import { expect } from 'chai';
import { HostError } from '../../../../src/host/HostError';

/** Awaits `action` and asserts it failed with a HostError of `code` whose message contains `text`. */
export async function expectHostError(action: () => Promise<unknown>, code: string, text?: string): Promise<HostError> {
  let caught: unknown;
  try {
    await action();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected HostError ${code}`).to.be.instanceOf(HostError);
  const error = caught as HostError;
  expect(error.code).to.equal(code);
  if (text !== undefined) expect(error.message).to.contain(text);
  return error;
}
