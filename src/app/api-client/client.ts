/**
 * How the app's own pages, exports and feed read data: over HTTP from /graphql, like any other
 * frontend. API_URL points elsewhere when the API runs apart from the pages.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

export function apiUrl(origin: string): string {
  return process.env.API_URL || new URL('/graphql', origin).toString()
}

export async function queryApi<Result, Variables extends Record<string, unknown> = Record<string, never>>(
  origin: string,
  query: string,
  variables?: Variables,
): Promise<Result> {
  const response = await fetch(apiUrl(origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    cache: 'no-store',
  })
  const body = (await response.json().catch(() => ({}))) as { data?: Result; errors?: Array<{ message: string }> }
  if (body.errors?.length || !body.data) {
    throw new ApiError(body.errors?.map((error) => error.message).join('; ') || `The API answered ${response.status}`, response.status)
  }
  return body.data
}
