/**
 * The embeds' one stylesheet, inline in each: an embed loads nothing else. The shared components
 * keep their CSS modules' class names, which an embed cannot link the site's stylesheets for, so
 * the rules they need are given here for those names.
 */
import chart from '../(public)/components/SeriesChart.module.css'
import label from '../(public)/components/StatusLabel.module.css'
import status from '../(public)/components/status.module.css'

export const EMBED_CSS = `
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#fff;line-height:1.4}
body{margin:0;padding:0.75rem}
h1{font-size:1.15rem;margin:0 0 0.5rem}
h2{font-size:1rem;margin:1rem 0 0.5rem}
p{margin:0.4rem 0}
a{color:#0b4f8a}
.code{font-weight:700;margin-inline-end:0.35em}
.figures{display:flex;flex-wrap:wrap;gap:0.5rem 2rem;margin:0.5rem 0}
.figures dt{font-size:0.9rem}
.figures dd{margin:0;font-size:1.4rem;font-weight:700}
.indicators{list-style:none;margin:0;padding:0;display:grid;gap:0.75rem;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))}
figure{margin:0}
figcaption{font-weight:600;font-size:0.95rem}
table{border-collapse:collapse;font-size:0.9rem}
caption{text-align:start;font-weight:600;margin-bottom:0.4rem}
th,td{padding:0.3rem 0.6rem 0.3rem 0;border-bottom:1px solid #cbd2d9;text-align:start;vertical-align:bottom}
td{text-align:end}
.${status.achieved}{--status-colour:#1e5631}
.${status.onTrack}{--status-colour:#1f6f78}
.${status.atRisk}{--status-colour:#8a5300}
.${status.notAchieved}{--status-colour:#a61b1b}
.${status.notAssessed}{--status-colour:#595959}
.${label.label}{display:inline-flex;align-items:center;gap:0.35em;padding:0.1em 0.6em;border-radius:1em;background:var(--status-colour);color:#fff;font-weight:600;font-size:0.9rem;white-space:nowrap}
.${chart.chart}{display:block;width:100%;max-width:24rem;height:auto;font-size:11px}
.${chart.axis}{stroke:#52606d;stroke-width:1}
.${chart.axisLabel}{fill:#1f2933}
.${chart.line}{fill:none;stroke:#0b4f8a;stroke-width:2}
.${chart.point}{fill:#0b4f8a}
.${chart.target}{stroke:#a61b1b;stroke-width:1.5;stroke-dasharray:5 3}
.${chart.targetPoint}{fill:#fff;stroke:#a61b1b;stroke-width:2}
.${chart.targetLabel}{fill:#a61b1b;font-weight:600}
`
