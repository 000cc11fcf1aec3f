/**
 * Node micro benchmark of form validation: a full validateForm of a generated 300-field form
 * (sections of mixed fields, conditions, a repeated household, rules, a few mistakes) and the
 * as-you-type validateField fast path. Returns numbers; the caller (npm run bench) prints them.
 */
import { generateLargeForm } from '../support/large-form.ts';
import { validateField, validateForm } from '../../src/validation/index.ts';
import { percentile } from './stats.ts';

/** Latency summary in milliseconds, to the microsecond (validation is well below 1 ms). */
export interface FineLatency {
  /** How many samples. */
  count: number;
  /** Median. */
  p50: number;
  /** 95th percentile. */
  p95: number;
  /** Slowest sample. */
  max: number;
}

/** What benchValidationInNode measured. */
export interface ValidationBenchResult {
  /** Fields in the generated form. */
  fields: number;
  /** Errors the answers produce (the work includes building them). */
  errors: number;
  /** First validateForm in a fresh process: compiling the definition plus cold code, ms. */
  firstRunMs: number;
  /** First validateForm of another new definition once the code is warm (mostly compiling), ms. */
  newDefinitionMs: number;
  /** Full validateForm once compiled, ms. */
  validateForm: FineLatency;
  /** validateField of one IBAN field inside a section, ms. */
  validateField: FineLatency;
}

const FIELDS = 300;
const WARM_UP = 200;
const RUNS = 1000;
const TODAY = '2025-06-15';

/** Runs the benchmark; takes about a second. */
export async function benchValidationInNode(): Promise<ValidationBenchResult> {
  const { definition, answers } = generateLargeForm(FIELDS);
  const options = { today: TODAY };
  // Let the event loop settle after module loading before timing anything.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const started = performance.now();
  const { errors } = validateForm(definition, answers, options);
  const firstRunMs = performance.now() - started;

  const full = measure(() => validateForm(definition, answers, options));
  const path = 'G_s20[0].F_s20_6';
  const single = measure(() => validateField(definition, answers, path, options));
  const another = generateLargeForm(FIELDS);
  const anotherStarted = performance.now();
  validateForm(another.definition, another.answers, options);
  const newDefinitionMs = performance.now() - anotherStarted;
  return {
    fields: FIELDS,
    errors: errors.length,
    firstRunMs: fine(firstRunMs),
    newDefinitionMs: fine(newDefinitionMs),
    validateForm: full,
    validateField: single,
  };
}

function measure(work: () => unknown): FineLatency {
  for (let i = 0; i < WARM_UP; i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return {
    count: times.length,
    p50: fine(percentile(times, 50)),
    p95: fine(percentile(times, 95)),
    max: fine(percentile(times, 100)),
  };
}

function fine(value: number): number {
  return Math.round(value * 1000) / 1000;
}
