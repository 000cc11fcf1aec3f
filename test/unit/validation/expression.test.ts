import { describe, expect, it } from 'vitest';
import {
  answersScope,
  compileExpression,
  evaluate,
  evaluateCondition,
  type Value,
} from '../../../src/validation/index.ts';
import type { Answers } from '../../../src/forms/model/form-definition.ts';

const TODAY = '2025-06-15';

function run(source: string, answers: Answers = {}): Value {
  return evaluate(compileExpression(source), answersScope(answers, { today: TODAY }));
}

describe('expression operators', () => {
  it('binds && tighter than ||, and comparisons tighter than both', () => {
    expect(run('true || false && false')).toBe(true);
    expect(run('(true || false) && false')).toBe(false);
    expect(run('1 < 2 && 3 > 2 || false')).toBe(true);
  });

  it('evaluates + and - left to right, tighter than comparisons', () => {
    expect(run('10 - 3 - 2')).toBe(5);
    expect(run('1 + 2 == 3')).toBe(true);
    expect(run('-2 + 5')).toBe(3);
    expect(run('0.1 + 0.2 == 0.3')).toBe(true);
  });

  it('negates with ! and compares with == and !=', () => {
    expect(run('!false')).toBe(true);
    expect(run('!!1')).toBe(true);
    expect(run("'ja' == 'ja'")).toBe(true);
    expect(run("'ja' != 'nein'")).toBe(true);
    expect(run("\"it's\" == 'it\\'s'")).toBe(true);
  });

  it('compares numbers typed in German notation numerically', () => {
    const answers = { F_miete: '1.234,56', F_rest: '99,5' };
    expect(run('F_miete > 1000', answers)).toBe(true);
    expect(run('F_miete == 1234.56', answers)).toBe(true);
    expect(run('F_miete > F_rest', answers)).toBe(true);
    expect(run('F_miete + F_rest', answers)).toBe(1334.06);
  });

  it('compares a date field with date texts, relative dates and other date fields', () => {
    const answers = {
      F_geburt: { day: '1', month: '7', year: '2007' },
      F_einzug: { day: '15', month: '6', year: '2025' },
    };
    expect(run("F_geburt < '2007-07-02'", answers)).toBe(true);
    expect(run("F_geburt == '2007-07-01'", answers)).toBe(true);
    expect(run("F_geburt > 'today-18y'", answers)).toBe(true);
    expect(run('F_einzug >= F_geburt', answers)).toBe(true);
    expect(run('F_einzug == today()', answers)).toBe(true);
  });

  it('does not chain comparisons', () => {
    expect(() => compileExpression('1 < 2 < 3')).toThrow(/cannot be chained/);
  });
});

describe('missing answers', () => {
  it('reads a missing, blank or empty answer as null', () => {
    const answers = {
      F_blank: '  ',
      F_none: [] as string[],
      F_date: { day: '', month: '', year: '' },
    };
    expect(run('F_absent == null', answers)).toBe(true);
    expect(run('F_blank == null', answers)).toBe(true);
    expect(run('F_none == null', answers)).toBe(true);
    expect(run('F_date == null', answers)).toBe(true);
    expect(run('null == F_absent', answers)).toBe(true);
  });

  it('makes every comparison with a missing answer false, except the null test', () => {
    expect(run("F1 == 'ja'")).toBe(false);
    expect(run("F1 != 'ja'")).toBe(false);
    expect(run('F1 < 5')).toBe(false);
    expect(run('F1 >= 5')).toBe(false);
    expect(run('F1 != null')).toBe(false);
    expect(run('F1 != null', { F1: 'x' })).toBe(true);
  });

  it('makes arithmetic with a missing answer null instead of failing', () => {
    expect(run('F1 + 1')).toBeNull();
    expect(run('-F1')).toBeNull();
    expect(run("'abc' + 1")).toBeNull();
  });

  it('treats a partly typed date as no date', () => {
    expect(run("F1 > '2000-01-01'", { F1: { day: '31', month: '2', year: '2001' } })).toBe(false);
    expect(run('answered(F1)', { F1: { day: '31', month: '', year: '' } })).toBe(true);
  });
});

describe('expression functions', () => {
  const household: Answers = {
    F_antrag: 'ja',
    G_person: [
      {
        F_name: 'Erika',
        F_einkommen: '1.200,50',
        F_geburt: { day: '12', month: '8', year: '1964' },
      },
      { F_name: 'Max', F_einkommen: '800', F_geburt: { day: '1', month: '6', year: '2015' } },
      { F_name: 'Lena', F_einkommen: '' },
    ],
    F_hilfen: ['wohngeld', 'kinderzuschlag'],
  };

  it('answered() tells whether anything was entered', () => {
    expect(run('answered(F_antrag)', household)).toBe(true);
    expect(run('answered(F_other)', household)).toBe(false);
    expect(run('answered(G_person)', household)).toBe(true);
    expect(run('answered(G_person)', { G_person: [{}, { F_name: ' ' }] })).toBe(false);
    expect(run('answered(G_person.F_einkommen)', household)).toBe(true);
  });

  it('count() counts group entries, ticked codes and answered fields', () => {
    expect(run('count(G_person)', household)).toBe(3);
    expect(run('count(F_hilfen)', household)).toBe(2);
    expect(run('count(G_person.F_einkommen)', household)).toBe(2);
    expect(run('count(G_leer)', household)).toBe(0);
  });

  it('sum() adds a money field over all entries, skipping blanks', () => {
    expect(run('sum(G_person.F_einkommen)', household)).toBe(2000.5);
    expect(run('sum(G_person.F_einkommen) > 2000', household)).toBe(true);
    expect(run('sum(G_leer.F_x)', household)).toBe(0);
  });

  it('len() counts characters, including umlauts and emoji as one each', () => {
    expect(run('len(F1)', { F1: 'Müller' })).toBe(6);
    expect(run('len(F1)', { F1: '👍🏽' })).toBe(2);
    expect(run('len(F1)')).toBe(0);
  });

  it('today(), age() and years() count full years', () => {
    const answers = {
      F_geburt: { day: '16', month: '6', year: '2007' },
      F_ende: { day: '16', month: '6', year: '2027' },
    };
    expect(run('today()')).toEqual(expect.objectContaining({ iso: TODAY }));
    expect(run('age(F_geburt)', answers)).toBe(17);
    expect(run('age(F_geburt) >= 18', answers)).toBe(false);
    expect(run('years(F_geburt, F_ende)', answers)).toBe(20);
    expect(run("age('2007-06-15')")).toBe(18);
    expect(run('age(F_missing)')).toBeNull();
  });

  it('includes() looks into checkbox answers, in() compares with a list', () => {
    expect(run("includes(F_hilfen, 'wohngeld')", household)).toBe(true);
    expect(run("includes(F_hilfen, 'bafoeg')", household)).toBe(false);
    expect(run("includes(F_absent, 'x')", household)).toBe(false);
    expect(run("in(F_antrag, 'nein', 'ja')", household)).toBe(true);
    expect(run("in(F_antrag, 'nein', 'vielleicht')", household)).toBe(false);
    expect(run("in(F_absent, 'a')", household)).toBe(false);
  });

  it('refuses calls with the wrong number or kind of arguments', () => {
    expect(() => compileExpression('age()')).toThrow(/wrong number of arguments; write age\(F1\)/);
    expect(() => compileExpression('today(1)')).toThrow(/wrong number/);
    expect(() => compileExpression("count('G1')")).toThrow(/count\(\) needs an element id/);
    expect(() => compileExpression('sum(1 + 2)')).toThrow(/sum\(\) needs an element id/);
  });
});

describe('group scoping', () => {
  const form: Answers = {
    F_name: 'Antragsteller',
    F_grenze: '1000',
    G_person: [{ F_name: 'Kind', F_einkommen: '1500' }],
  };

  it('finds an id in the same group entry first, then at the form level', () => {
    const [instance] = form.G_person as Answers[];
    const formScope = answersScope(form, { today: TODAY });
    const entry = answersScope(instance!, { today: TODAY, parent: formScope });
    expect(evaluate(compileExpression('F_name'), entry)).toBe('Kind');
    expect(evaluate(compileExpression('F_name'), formScope)).toBe('Antragsteller');
    expect(evaluateCondition(compileExpression('F_einkommen > F_grenze'), entry)).toBe(true);
  });

  it('reads a field of a single group entry by its path', () => {
    expect(run('G_person.F_einkommen', form)).toBe('1500');
    expect(run("G_person.F_name == 'Kind'", form)).toBe(true);
  });

  it('gives null for a path that reaches several entries, so no entry is picked silently', () => {
    expect(run('G.F', { G: [{ F: 'a' }, { F: 'b' }] })).toBeNull();
  });
});

describe('compiled expressions', () => {
  it('list their references and where they are used', () => {
    const compiled = compileExpression('sum(G1.F2) > F3 && answered(F4)');
    expect(compiled.references).toEqual([
      { segments: ['G1', 'F2'], position: 4, use: 'aggregate', aggregate: 'sum' },
      { segments: ['F3'], position: 13, use: 'value' },
      { segments: ['F4'], position: 28, use: 'aggregate', aggregate: 'answered' },
    ]);
  });

  it('accept readable Lotse ids with hyphens and underscores, and FIM ids', () => {
    expect(run('F_lotse_einzugs-datum', { 'F_lotse_einzugs-datum': 'x' })).toBe('x');
    expect(run('F60000227', { F60000227: 'Mustermann' })).toBe('Mustermann');
  });

  it('evaluate many times without changing', () => {
    const compiled = compileExpression('F1 + 1');
    const scope = (value: string) => answersScope({ F1: value }, { today: TODAY });
    expect(evaluate(compiled, scope('1'))).toBe(2);
    expect(evaluate(compiled, scope('41'))).toBe(42);
    expect(Object.isFrozen(compiled)).toBe(true);
  });
});
