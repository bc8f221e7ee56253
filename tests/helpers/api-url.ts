/** Points the site's own reads (api-client, API_URL) at the API at `url`; the function returned points them back. */
export function pointSiteAt(url: string): () => void {
  const before = process.env.API_URL
  process.env.API_URL = url
  return () => {
    if (before === undefined) delete process.env.API_URL
    else process.env.API_URL = before
  }
}
