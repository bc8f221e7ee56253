/** Writes graphql/schema.graphql, the printed schema that frontends and codegen read. */
import { writeFileSync } from 'node:fs'
import { makeExecutableSchema } from '@graphql-tools/schema'
import { printSchema } from 'graphql'

import { typeDefs } from './schema'

export const printedSchema = () => `${printSchema(makeExecutableSchema({ typeDefs }))}\n`

if (process.argv[1]?.endsWith('print-schema.ts')) {
  writeFileSync(new URL('./schema.graphql', import.meta.url), printedSchema())
}
