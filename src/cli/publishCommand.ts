import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { PageLinks } from '../server/index.js';
import { plural } from './format.js';
import { UsageError, withLedger, type Io } from './context.js';

/** Links of the static site: relative files, so it works from any folder of any host. */
const STATIC_LINKS: PageLinks = { css: 'style.css', index: 'index.html', analysis: (slug) => `${slug}.html` };

export function registerPublish(program: Command, io: Io): void {
  program
    .command('publish')
    .description('write the published analyses as a static site (index.html, one page each, style.css; no script)')
    .requiredOption('--out <dir>', 'folder to write into')
    .option('--workbench-url <url>', 'where the workbench runs, so that claim badges and place tags link to it')
    .action(async (options: { out: string; workbenchUrl?: string }, command: Command) => {
      let base = '';
      if (options.workbenchUrl) {
        const url = URL.canParse(options.workbenchUrl) ? new URL(options.workbenchUrl) : null;
        if (!url || !/^https?:$/.test(url.protocol)) throw new UsageError(`--workbench-url: expected an http(s) URL, got "${options.workbenchUrl}"`);
        base = url.toString().replace(/\/$/, '');
      }
      const [{ Analyses }, { ANALYSIS_CSS, indexHtml, pageHtml }] = await Promise.all([import('../store/analyses.js'), import('../server/index.js')]);
      await withLedger(command, async (ledger) => {
        const analyses = await new Analyses(ledger.db).published();
        await mkdir(options.out, { recursive: true });
        await writeFile(join(options.out, 'style.css'), ANALYSIS_CSS);
        await writeFile(join(options.out, 'index.html'), indexHtml(analyses, STATIC_LINKS));
        for (const analysis of analyses) {
          // Published HTML links to the workbench from its root (/check, /places/…).
          const article = base ? analysis.publishedHtml!.replace(/href="\/(?!\/)/g, `href="${base}/`) : analysis.publishedHtml!;
          await writeFile(join(options.out, STATIC_LINKS.analysis(analysis.slug)), pageHtml(analysis.title, article, STATIC_LINKS));
        }
        io.out(`${options.out}: ${plural(analyses.length, 'published analysis', 'published analyses')}, index.html and style.css written\n`);
      });
    });
}
