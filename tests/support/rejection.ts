import { expect } from 'chai';

/** The error `action` rejects with; fails the test when it resolves instead. */
export async function rejection(action: () => Promise<unknown>): Promise<Error> {
  const error = await action().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').to.be.instanceOf(Error);
  return error as Error;
}
