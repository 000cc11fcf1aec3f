import type { Context } from 'hono';

/** Where browsers report Content-Security-Policy and Trusted Types violations. */
export const CSP_REPORT_PATH = '/api/v1/csp-reports';

/** Largest report the server reads. */
const MAX_REPORT_BYTES = 16 * 1024;

interface ViolationSummary {
  directive: string;
  blocked: string;
  source: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 200) : '');

/** Only the origin and path of a URL: queries and fragments may carry personal data. */
function withoutQuery(value: string): string {
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname}`;
  } catch {
    return value.replace(/[?#].*$/, ''); // "inline", "eval", "trusted-types-sink"
  }
}

/** The violations in a report body (legacy `csp-report` or the Reporting API's list). */
export function summarizeReports(body: unknown): ViolationSummary[] {
  const reports = Array.isArray(body)
    ? body.map((entry) => (entry as { body?: unknown })?.body)
    : [(body as { 'csp-report'?: unknown } | null)?.['csp-report']];
  return reports
    .filter(
      (report): report is Record<string, unknown> => typeof report === 'object' && report !== null,
    )
    .map((report) => ({
      directive: text(
        report['effective-directive'] ?? report.effectiveDirective ?? report['violated-directive'],
      ),
      blocked: withoutQuery(text(report['blocked-uri'] ?? report.blockedURL)),
      source: withoutQuery(text(report['source-file'] ?? report.sourceFile)),
    }));
}

/**
 * Receives violation reports and logs one line per violation (directive, blocked resource,
 * source file; never a query string or a sample of page content), so a violation in production or
 * in the end-to-end suite is seen. Always 204: a browser does not retry reports.
 */
export async function receiveCspReport(
  c: Context,
  log: (line: string) => void = (line) => console.warn(line),
): Promise<Response> {
  const raw = await c.req.text();
  if (raw.length <= MAX_REPORT_BYTES) {
    try {
      for (const violation of summarizeReports(JSON.parse(raw))) {
        log(
          `csp-violation ${violation.directive} blocked=${violation.blocked} source=${violation.source}`,
        );
      }
    } catch {
      // Not JSON: nothing to report.
    }
  }
  return c.body(null, 204);
}
