import type { Result } from 'lighthouse';

/** The categories we run, in report order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

/** An audit that did not pass. */
export interface FailedAudit {
  /** Lighthouse audit id. */
  id: string;
  /** Which of our categories lists it. */
  category: string;
  /** Human title as Lighthouse writes it. */
  title: string;
  /** 0-100. */
  score: number;
  /** Measured value, when the audit has one (e.g. "2.1 s"). */
  value?: string;
}

/** Scores (0-100), key metrics and failed audits of one Lighthouse result. */
export function summarize(lhr: Result) {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, toPercent(lhr.categories[id]?.score ?? null)]),
  );
  const metric = (id: string): string | undefined => lhr.audits[id]?.displayValue;
  const failed: FailedAudit[] = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      // Informative and not-applicable audits have no score; metrics count as failed below 90.
      if (!audit || audit.score === null || audit.score >= 0.9) return [];
      return [
        {
          id: audit.id,
          category,
          title: audit.title,
          score: toPercent(audit.score) ?? 0,
          ...(audit.displayValue ? { value: audit.displayValue } : {}),
        },
      ];
    }),
  );
  return {
    scores,
    metrics: {
      firstContentfulPaint: metric('first-contentful-paint'),
      largestContentfulPaint: metric('largest-contentful-paint'),
      totalBlockingTime: metric('total-blocking-time'),
      cumulativeLayoutShift: metric('cumulative-layout-shift'),
      speedIndex: metric('speed-index'),
    },
    failedAudits: failed,
    runWarnings: lhr.runWarnings,
  };
}

/** Whether the run fetched the catalogue (so it measured a real first visit), and its size. */
export function catalogueDownload(lhr: Result): { fetched: boolean; transferBytes?: number } {
  const details = lhr.audits['network-requests']?.details;
  const items = details?.type === 'table' ? details.items : [];
  const request = items.find(
    (item) => typeof item.url === 'string' && new URL(item.url).pathname === '/api/v1/catalogue',
  );
  if (!request) return { fetched: false };
  return typeof request.transferSize === 'number'
    ? { fetched: true, transferBytes: request.transferSize }
    : { fetched: true };
}

function toPercent(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100);
}
