import { html } from 'hono/html';

interface Stats { releases: number; records: number; strikes: number; firstDay: string | null; lastDay: string | null }

/** The front page until the workbench lands: what the ledger holds and where the API is. */
export function homePage(stats: Stats) {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>AirLedger</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}</style>
</head><body>
<h1>AirLedger</h1>
<p>This ledger holds <strong>${stats.releases}</strong> releases and <strong>${stats.records}</strong> strike records
(${stats.strikes} strikes)${stats.firstDay ? html`, reported from ${stats.firstDay} to ${stats.lastDay}` : ''}.</p>
${stats.releases === 0 ? html`<p>It is empty: import releases with <code>npx airledger import FILES_OR_FOLDERS</code>.</p>` : ''}
<h2>API</h2>
<ul>
<li><a href="/api/stats">/api/stats</a></li>
<li><a href="/api/strikes?near=Palmyra">/api/strikes?near=Palmyra</a> — also <code>from</code>, <code>to</code>, <code>country</code>, <code>radius_km</code>, <code>limit</code>, <code>format=csv</code></li>
<li><a href="/api/places/resolve?name=Tadmur&amp;country=Syria">/api/places/resolve?name=Tadmur&amp;country=Syria</a></li>
<li><a href="/api/places/review">/api/places/review</a> — names waiting for an editor</li>
</ul>
</body></html>`;
}
