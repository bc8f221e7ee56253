import { originOf } from '../../request-origin'
import { atomXml } from './atom'
import { fetchFeedNews, newsFeed } from './news-feed'

/** The latest published news as an Atom feed, linking to the site the request came to. */
export async function GET(request: Request) {
  const news = await fetchFeedNews()
  return new Response(atomXml(newsFeed(originOf(request.headers), news, new Date())), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  })
}
