import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A programme's follow-up is public: no telemetry-style headers, no powered-by banner.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
