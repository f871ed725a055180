import type { Day } from '../ingest/types.js';
import type { Database } from './db.js';

export type AnalysisStatus = 'draft' | 'published';

/** An analysis as listed: everything but its text. */
export interface AnalysisSummary {
  slug: string;
  title: string;
  /** Email of the member who wrote it; null once that member is removed. */
  author: string | null;
  date: Day;
  series: string;
  tags: string[];
  status: AnalysisStatus;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An analysis with its Markdown and, once published, the HTML rendered at publication. */
export interface Analysis extends AnalysisSummary {
  bodyMd: string;
  publishedHtml: string | null;
}

/** What an editor writes; `slug` defaults to one made from the title. */
export interface AnalysisInput {
  slug?: string;
  title: string;
  bodyMd: string;
  date: Day;
  series?: string;
  tags?: string[];
}

export type AnalysisWrite = { ok: true; analysis: Analysis } | { ok: false; reason: string };

/** `Palmyra, 2015–2016: what the releases say` → `palmyra-2015-2016-what-the-releases-say`. */
export function slugFor(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '') || 'analysis';
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const COLUMNS = `a.slug, a.title, u.email AS author, a.date, a.series, a.tags, a.status, a.published_at, a.created_at, a.updated_at`;

/** Analyses stored in the ledger. */
export class Analyses {
  constructor(private readonly db: Database) {}

  /** Published analyses, newest first; with `drafts`, drafts too. */
  async list({ drafts = false } = {}): Promise<AnalysisSummary[]> {
    const { rows } = await this.db.query<SummaryRow>(
      `SELECT ${COLUMNS} FROM analyses a LEFT JOIN users u ON u.id = a.author_id
       WHERE $1::boolean OR a.status = 'published'
       ORDER BY a.date DESC, a.id DESC`,
      [drafts],
    );
    return rows.map(summaryFromRow);
  }

  /** One analysis by slug; null when there is none. */
  async get(slug: string): Promise<Analysis | null> {
    const { rows } = await this.db.query<SummaryRow & { body_md: string; published_html: string | null }>(
      `SELECT ${COLUMNS}, a.body_md, a.published_html FROM analyses a LEFT JOIN users u ON u.id = a.author_id WHERE a.slug = $1`,
      [slug],
    );
    const row = rows[0];
    return row ? { ...summaryFromRow(row), bodyMd: row.body_md, publishedHtml: row.published_html } : null;
  }

  /** Stores a new draft; refuses a slug already taken. */
  async create(input: AnalysisInput, authorId: number): Promise<AnalysisWrite> {
    const slug = input.slug ?? slugFor(input.title);
    if (!SLUG_PATTERN.test(slug)) return { ok: false, reason: `slug "${slug}": use lowercase letters, digits and single hyphens` };
    const { rows } = await this.db.query<{ slug: string }>(
      `INSERT INTO analyses (slug, title, body_md, author_id, date, series, tags) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (slug) DO NOTHING RETURNING slug`,
      [slug, input.title, input.bodyMd, authorId, input.date, input.series ?? '', input.tags ?? []],
    );
    if (!rows[0]) return { ok: false, reason: `an analysis with the slug "${slug}" exists already` };
    return { ok: true, analysis: (await this.get(slug))! };
  }

  /**
   * Changes an analysis's text or details; the published HTML stays as it was until it is published again.
   * Null when there is no such analysis.
   */
  async update(slug: string, patch: Partial<Omit<AnalysisInput, 'slug'>>): Promise<Analysis | null> {
    const { rows } = await this.db.query<{ slug: string }>(
      `UPDATE analyses SET title = coalesce($2, title), body_md = coalesce($3, body_md), date = coalesce($4::date, date),
         series = coalesce($5, series), tags = coalesce($6::text[], tags), updated_at = now()
       WHERE slug = $1 RETURNING slug`,
      [slug, patch.title ?? null, patch.bodyMd ?? null, patch.date ?? null, patch.series ?? null, patch.tags ?? null],
    );
    return rows[0] ? this.get(slug) : null;
  }

  /** Marks an analysis published with the HTML rendered for it now; null when there is no such analysis. */
  async publish(slug: string, html: string): Promise<Analysis | null> {
    const { rows } = await this.db.query<{ slug: string }>(
      `UPDATE analyses SET status = 'published', published_html = $2, published_at = now(), updated_at = now()
       WHERE slug = $1 RETURNING slug`,
      [slug, html],
    );
    return rows[0] ? this.get(slug) : null;
  }

  /** Every published analysis with its HTML, newest first: what a static site holds. */
  async published(): Promise<Analysis[]> {
    const list = await this.list();
    return (await Promise.all(list.map((a) => this.get(a.slug)))).filter((a): a is Analysis => a !== null);
  }
}

interface SummaryRow {
  slug: string; title: string; author: string | null; date: string; series: string; tags: string[];
  status: AnalysisStatus; published_at: string | null; created_at: string; updated_at: string;
}

function summaryFromRow(row: SummaryRow): AnalysisSummary {
  return {
    slug: row.slug,
    title: row.title,
    author: row.author,
    date: row.date,
    series: row.series,
    tags: row.tags,
    status: row.status,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
