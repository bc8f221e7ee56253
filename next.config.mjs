import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets test runs and the benchmark build beside a developer's own build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm test` type-checks the whole project (tests included); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
