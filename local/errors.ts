/** A wrong stack or wrong input: `npm run local` prints the message as one line and exits 2. */
export class LocalInputError extends Error {
  override readonly name = "LocalInputError";
}
