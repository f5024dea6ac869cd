/**
 * The options checks, one by one: what each accepts and returns, and the error type of
 * each kind of misuse (never the wording), at the edges of every range.
 */
import { describe, expect, it } from 'vitest';
import {
  isBoilerplateProfile,
  isBoolean,
  isBooleanOrPatternList,
  isFunction,
  isPatternList,
  isReferenceDate,
  numberAtLeast,
  oneOf,
  readOptions,
} from '../../src/internal/options.js';

const W = 'f: options.x';
const schema = { a: isBoolean, b: oneOf('x', 'y') };

describe('readOptions', () => {
  it('reads undefined as no options, into an object without a prototype', () => {
    const out = readOptions('f', undefined, schema);
    expect(Object.keys(out)).toEqual([]);
    expect(Object.getPrototypeOf(out)).toBeNull();
  });

  it('keeps the options given, leaves out those given as undefined', () => {
    const out = readOptions('f', { a: true, b: undefined }, schema);
    expect({ ...out }).toEqual({ a: true });
    expect('b' in out).toBe(false);
    expect(Object.getPrototypeOf(readOptions('f', { a: false }, schema))).toBeNull();
    expect({ ...readOptions('f', {}, schema) }).toEqual({});
  });

  it('returns each value as its check returns it', () => {
    expect({ ...readOptions('f', { r: '2021-11' }, { r: isReferenceDate }) }).toEqual({ r: { year: 2021, month: 11, day: null } });
  });

  it.each([null, 'x', 1, true, [], [{ a: true }], () => undefined])('throws TypeError for options %j', (options) => {
    expect(() => readOptions('f', options, schema)).toThrow(TypeError);
  });

  it('throws TypeError for an unknown key, with an empty schema too', () => {
    expect(() => readOptions('f', { A: true }, schema)).toThrow(TypeError);
    expect(() => readOptions('f', { a: true, c: 1 }, schema)).toThrow(TypeError);
    expect(() => readOptions('f', { a: true }, {})).toThrow(TypeError);
    expect(() => readOptions('f', { toString: 1 }, schema)).toThrow(TypeError);
  });

  it('passes a bad value to its check, which throws', () => {
    expect(() => readOptions('f', { a: 'yes' }, schema)).toThrow(TypeError);
    expect(() => readOptions('f', { b: 'z' }, schema)).toThrow(RangeError);
  });

  it('reads own keys only: a key on Object.prototype changes nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['a'] = 'not a boolean';
    try {
      expect({ ...readOptions('f', {}, schema) }).toEqual({});
      expect(readOptions('f', undefined, schema).a).toBeUndefined();
      expect(readOptions('f', { b: 'x' }, schema).a).toBeUndefined();
    } finally {
      delete proto['a'];
    }
  });
});

describe('isBoolean', () => {
  it('takes true and false, nothing else', () => {
    expect(isBoolean(true, W)).toBe(true);
    expect(isBoolean(false, W)).toBe(false);
    for (const v of [0, 1, 'true', null, {}]) expect(() => isBoolean(v, W)).toThrow(TypeError);
  });
});

describe('oneOf', () => {
  const check = oneOf('mdy', 'dmy');
  it('takes one of its strings', () => {
    expect(check('mdy', W)).toBe('mdy');
    expect(check('dmy', W)).toBe('dmy');
  });
  it('throws TypeError for a non-string, RangeError for another string', () => {
    for (const v of [1, null, ['mdy'], true]) expect(() => check(v, W)).toThrow(TypeError);
    for (const v of ['', 'MDY', 'ymd', 'mdy ']) expect(() => check(v, W)).toThrow(RangeError);
  });
});

describe('numberAtLeast', () => {
  it('takes numbers from min up, Infinity too, by default', () => {
    const check = numberAtLeast(1);
    expect(check(1, W)).toBe(1);
    expect(check(1.5, W)).toBe(1.5);
    expect(check(Infinity, W)).toBe(Infinity);
    expect(() => check(0.999, W)).toThrow(RangeError);
    expect(() => check(-Infinity, W)).toThrow(RangeError);
  });

  it('throws TypeError for NaN and for a non-number', () => {
    const check = numberAtLeast(0);
    for (const v of [NaN, '1', null, undefined, 1n]) expect(() => check(v, W)).toThrow(TypeError);
  });

  it('takes integers only when integer, Infinity still allowed', () => {
    const check = numberAtLeast(1, { integer: true });
    expect(check(3, W)).toBe(3);
    expect(check(Infinity, W)).toBe(Infinity);
    expect(() => check(2.5, W)).toThrow(RangeError);
    expect(numberAtLeast(0)(2.5, W)).toBe(2.5);
  });

  it('refuses Infinity when not allowInfinity', () => {
    const check = numberAtLeast(1, { allowInfinity: false });
    expect(check(1e300, W)).toBe(1e300);
    expect(() => check(Infinity, W)).toThrow(RangeError);
  });

  it('takes values up to max, not above', () => {
    const check = numberAtLeast(0, { max: 3 });
    expect(check(0, W)).toBe(0);
    expect(check(3, W)).toBe(3);
    expect(() => check(3.001, W)).toThrow(RangeError);
    expect(() => check(Infinity, W)).toThrow(RangeError);
    expect(() => check(-1, W)).toThrow(RangeError);
  });
});

describe('isPatternList and isBooleanOrPatternList', () => {
  it('takes a list of strings and RegExps, as a copy', () => {
    const list = ['a', /b/];
    const out = isPatternList(list, W);
    expect(out).toEqual(list);
    expect(out).not.toBe(list);
    expect(isPatternList([], W)).toEqual([]);
  });

  it('throws TypeError for a non-array or a bad item', () => {
    for (const v of ['a', null, { 0: 'a', length: 1 }, true]) expect(() => isPatternList(v, W)).toThrow(TypeError);
    for (const v of [[1], ['a', null], [/a/, {}]]) expect(() => isPatternList(v, W)).toThrow(TypeError);
  });

  it('isBooleanOrPatternList takes a boolean as it is, else a pattern list', () => {
    expect(isBooleanOrPatternList(true, W)).toBe(true);
    expect(isBooleanOrPatternList(false, W)).toBe(false);
    expect(isBooleanOrPatternList(['a'], W)).toEqual(['a']);
    expect(() => isBooleanOrPatternList('a', W)).toThrow(TypeError);
  });
});

describe('isFunction', () => {
  it('takes a function as it is, nothing else', () => {
    const fn = (): null => null;
    expect(isFunction()(fn, W)).toBe(fn);
    for (const v of [null, {}, 'fn', 1]) expect(() => isFunction()(v, W)).toThrow(TypeError);
  });
});

describe('isReferenceDate', () => {
  it.each([
    ['2021-11-02', { year: 2021, month: 11, day: 2 }],
    ['2021-11', { year: 2021, month: 11, day: null }],
    ['2020-02-29', { year: 2020, month: 2, day: 29 }],
    ['1000-01-01', { year: 1000, month: 1, day: 1 }],
    ['9999-12-31', { year: 9999, month: 12, day: 31 }],
  ])('%s → %j', (value, expected) => {
    expect(isReferenceDate(value, W)).toEqual(expected);
  });

  it('throws TypeError for a non-string', () => {
    for (const v of [20211102, new Date(0), null, { year: 2021 }]) expect(() => isReferenceDate(v, W)).toThrow(TypeError);
  });

  it.each(['', '2021', '2021-1', '2021-11-2', '2021-13', '2021-00', '2021-02-29', '2021-11-31', '2021-11-00', '0999-01', ' 2021-11', '2021-11 ', '2021-11-02T00', 'x2021-11-02', '2021/11/02', '21-11-02', '2021-11-022', '12021-11-02'])('throws RangeError for %j', (value) => {
    expect(() => isReferenceDate(value, W)).toThrow(RangeError);
  });
});

describe('isBoilerplateProfile', () => {
  it('reads each host into the set of its line keys', () => {
    const out = isBoilerplateProfile({ version: 1, hosts: { 'ria.ru': { documents: 9, lines: { 'share this': 4, 'read more': 2 } }, 'a.example': { lines: {} } } }, W);
    expect([...out.keys()]).toEqual(['ria.ru', 'a.example']);
    expect([...(out.get('ria.ru') ?? [])]).toEqual(['share this', 'read more']);
    expect(out.get('a.example')?.size).toBe(0);
    expect(isBoilerplateProfile({ version: 1, hosts: {} }, W).size).toBe(0);
  });

  it.each([null, 'profile.json', [], { version: 1 }, { version: 1, hosts: null }, { version: 1, hosts: [] }, { version: 1, hosts: 'x' }])('throws TypeError for %j', (value) => {
    expect(() => isBoilerplateProfile(value, W)).toThrow(TypeError);
  });

  it('throws RangeError for another version number, TypeError for a version of another type', () => {
    expect(() => isBoilerplateProfile({ version: 2, hosts: {} }, W)).toThrow(RangeError);
    expect(() => isBoilerplateProfile({ version: 0, hosts: {} }, W)).toThrow(RangeError);
    expect(() => isBoilerplateProfile({ version: '1', hosts: {} }, W)).toThrow(TypeError);
    expect(() => isBoilerplateProfile({ hosts: {} }, W)).toThrow(TypeError);
  });

  it('throws TypeError for a host without a lines object, or a line count that is no number', () => {
    for (const entry of [null, 'x', [], {}, { lines: null }, { lines: [] }, { lines: 'x' }]) {
      expect(() => isBoilerplateProfile({ version: 1, hosts: { 'a.example': entry } }, W)).toThrow(TypeError);
    }
    expect(() => isBoilerplateProfile({ version: 1, hosts: { 'a.example': { lines: { 'share this': '4' } } } }, W)).toThrow(TypeError);
  });

  it('throws RangeError for a host or a line written otherwise than the parser compares it', () => {
    for (const host of ['A.example', 'www.a.example']) {
      expect(() => isBoilerplateProfile({ version: 1, hosts: { [host]: { lines: {} } } }, W)).toThrow(RangeError);
    }
    for (const line of ['Share this', '12345', 'x'.repeat(501)]) {
      expect(() => isBoilerplateProfile({ version: 1, hosts: { 'a.example': { lines: { [line]: 1 } } } }, W)).toThrow(RangeError);
    }
    expect(isBoilerplateProfile({ version: 1, hosts: { 'wwwx.example': { lines: { ['x'.repeat(500)]: 1 } } } }, W).get('wwwx.example')?.size).toBe(1);
  });
});
