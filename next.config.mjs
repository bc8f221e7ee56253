import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Hosts a browser may open `npm run dev` at. Next refuses its HMR socket and dev resources to any
 * other origin, and the admin then reloads forever on a blank page. Next itself allows only
 * localhost; ALLOWED_DEV_ORIGINS adds more, comma-separated (e.g. a LAN address or *.example.test).
 * @param {Record<string, string | undefined>} env
 */
export function allowedDevOrigins(env = process.env) {
  const extra = (env.ALLOWED_DEV_ORIGINS ?? '')
    .split(',')
    .map((host) => host.trim())
    .filter(Boolean)
  return ['localhost', '127.0.0.1', '[::1]', ...extra]
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  allowedDevOrigins: allowedDevOrigins(),
  // Lets test runs and the benchmark build beside a developer's own build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm test` type-checks the whole project (tests included); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Bundled, the server held two copies of payload, and its error handler did not know the other
  // copy's ValidationError: REST answers lost the per-field errors the admin form shows.
  // rdflib (the DCAT catalogue) is loaded from node_modules as Node loads it, not bundled, and so is
  // pdfkit (the report PDF), which reads its standard fonts' metrics from its own folder at runtime.
  serverExternalPackages: ['payload', 'rdflib', 'pdfkit'],
  // `npm run bench` builds with BENCH=1 (into a dist dir of its own), which makes its probes in
  // src/app/bench/[probe]/route.bench.ts a route; the production build has no such route.
  ...(process.env.BENCH === '1' && { pageExtensions: ['tsx', 'ts', 'jsx', 'js', 'bench.ts'] }),
  // Addresses outside both root layouts (the site's and the admin's) get src/app/global-not-found.tsx.
  experimental: { globalNotFound: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
