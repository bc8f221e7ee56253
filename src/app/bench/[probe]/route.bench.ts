import { answerProbe } from '@/bench/probes'

/**
 * The benchmark's probes (bench/probes.ts). A route only when Next builds with BENCH=1, which adds
 * `bench.ts` to its page extensions (next.config.mjs); the production build leaves this file out.
 */
export async function GET(request: Request, { params }: { params: Promise<{ probe: string }> }): Promise<Response> {
  return answerProbe((await params).probe, new URL(request.url))
}
