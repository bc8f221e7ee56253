import { GraphQLError } from 'graphql'

/** All a client learns of a failure of the server's own. */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error'

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } })
}
