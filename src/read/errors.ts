/** An argument a read cannot use, such as a page size out of range: the caller's mistake, with what to send instead. */
export class InvalidArgument extends Error {
  override name = 'InvalidArgument'
}
