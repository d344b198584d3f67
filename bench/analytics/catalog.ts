import { createHash } from 'node:crypto';
import { DEFAULT_THEME, plainText, type PublishedGuide, type Step } from '@shirube/schema';
import type SQLite from 'better-sqlite3';
import type { BenchGuide, Population } from './population.js';
import { sinkOf, type RowSink } from './row-sink.js';
import { guideVersionKey, type GuideFacts } from './table-builder.js';

/** The project and its published guides, as authoring through the API would have left them. */
export function writeCatalog(target: SQLite.Database | RowSink, population: Population): void {
  const sink = sinkOf(target);
  sink.into('projects', ['id', 'name', 'public_key', 'secret_key_hash', 'created_at'])([
    population.projectId, 'Keihi (benchmark)', 'pk_bench', createHash('sha256').update('sk_bench').digest('hex'), population.projectCreatedAt,
  ]);
  const guides = sink.into('guides', ['id', 'project_id', 'name', 'status', 'draft', 'version', 'created_at', 'updated_at', 'deleted_at', 'updated_by', 'onboarding']);
  const versions = sink.into('guide_versions', ['guide_id', 'version', 'snapshot', 'published_at', 'published_by']);
  for (const guide of population.guides) {
    const latest = guide.versions[guide.versions.length - 1]!;
    const draft = { steps: stepsOf(guide, latest.version), displayRules: { urlPatterns: [guide.path] }, theme: DEFAULT_THEME };
    guides([guide.id, population.projectId, guide.name, 'published', JSON.stringify(draft), latest.version, guide.createdAt, latest.publishedAt, null, null, guide.onboarding ? 1 : 0]);
    for (const { version, publishedAt } of guide.versions) {
      const snapshot: PublishedGuide = { id: guide.id, version, name: guide.name, ...draft, steps: stepsOf(guide, version) };
      versions([guide.id, version, JSON.stringify(snapshot), publishedAt, null]);
    }
  }
}

/** What ingest would look up for each guide version of the population. */
export function guideFactsOf(population: Population): GuideFacts {
  const facts: GuideFacts = new Map();
  for (const guide of population.guides) {
    for (const { version } of guide.versions) facts.set(guideVersionKey(guide.id, version), { onboarding: guide.onboarding });
  }
  return facts;
}

/** A later version rewords the steps; the step ids stay, as when an author edits a guide. */
function stepsOf(guide: BenchGuide, version: number): Step[] {
  return guide.steps.map((step): Step => {
    const title = version > 1 ? `${step.title} (v${version})` : step.title;
    const content = plainText(`${title}: what to do here.`);
    return step.kind === 'modal'
      ? { id: step.id, kind: 'modal', title, content, advance: 'next', placement: 'auto' }
      : { id: step.id, kind: 'tooltip', title, content, advance: 'target_click', placement: 'auto', target: { v: 1, tag: 'button', attrs: { 'data-testid': step.id } } };
  });
}
