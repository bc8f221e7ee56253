import { buildApp } from '../../helpers/app-server'

/** One production build for every test that drives the real app (SKIP_BUILD=1 reuses the last). */
export default async function build(): Promise<void> {
  await buildApp()
}
