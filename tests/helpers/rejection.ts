/**
 * The error of a given class a promise rejects with; any other rejection is rethrown, and a
 * promise that resolves fails the test.
 */
export async function rejectionOf<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}
