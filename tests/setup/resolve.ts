const projectRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '')

/** tsconfig.json's paths for the vitest configs: `@/` is the project root. */
export const resolve = {
  alias: { '@payload-config': `${projectRoot}/src/payload.config.ts`, '@': projectRoot },
}
