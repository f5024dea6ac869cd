/**
 * The one place that checks the options of every public function: an options argument
 * is `undefined` or a plain object; only its own properties are read (a key set on
 * `Object.prototype` changes nothing); an unknown key is a `TypeError` naming it, so a
 * misspelt option (`Repair`, `forcehttps`) is never silently ignored; a value of the wrong
 * type is a `TypeError`, a value of the right type out of its range a `RangeError`.
 */
import { isValidDay, type Ymd } from './calendar.js';
import { boilerplateKey, type BoilerplateLines } from '../parse/boilerplate.js';

// A reference date as an option takes it: `2021-11-02` or `2021-11`.
const REFERENCE_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Checks one option's value and returns it as the function reads it. */
export type OptionCheck<T> = (value: unknown, where: string) => T;

/** The checked options: each key present only when the caller gave it (and not as `undefined`). */
export type CheckedOptions<S extends Record<string, OptionCheck<unknown>>> = { readonly [K in keyof S]?: ReturnType<S[K]> };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  // Stryker disable next-line StringLiteral,MethodExpression: how a long value is shortened in an error message, whose wording no test reads
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' || typeof value === 'function' ? typeof value : `${typeof value} ${String(value)}`;
}

/**
 * Reads `options` of the public function `fn` against `schema`.
 *
 * @throws TypeError when `options` is not an object, has an unknown key or a value of the wrong type.
 * @throws RangeError when a value has the right type but is not allowed.
 */
export function readOptions<S extends Record<string, OptionCheck<unknown>>>(fn: string, options: unknown, schema: S): CheckedOptions<S> {
  // No prototype: reading an option that was not given must not find one on Object.prototype.
  const out = Object.create(null) as Record<string, unknown>;
  if (options === undefined) return out as CheckedOptions<S>;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    const check = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (check === undefined) {
      const known = Object.keys(schema);
      throw new TypeError(`${fn}: unknown option ${JSON.stringify(key)}${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}`);
    }
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = check(value, `${fn}: options.${key}`);
  }
  return out as CheckedOptions<S>;
}

/** A boolean. */
export const isBoolean: OptionCheck<boolean> = (value, where) => {
  if (typeof value !== 'boolean') throw new TypeError(`${where} must be a boolean, got ${describe(value)}`);
  return value;
};

/** One of the given strings. */
export function oneOf<const T extends string>(...allowed: readonly T[]): OptionCheck<T> {
  return (value, where) => {
    if (typeof value !== 'string') throw new TypeError(`${where} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describe(value)}`);
    if (!(allowed as readonly string[]).includes(value)) throw new RangeError(`${where} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describe(value)}`);
    return value as T;
  };
}

/** A number of at least `min` and at most `max` (`Infinity` allowed when `allowInfinity`), or an integer when `integer`. */
export function numberAtLeast(min: number, { integer = false, allowInfinity = true, max = Infinity } = {}): OptionCheck<number> {
  return (value, where) => {
    if (typeof value !== 'number' || Number.isNaN(value)) throw new TypeError(`${where} must be a number, got ${describe(value)}`);
    if (value < min || value > max || (!allowInfinity && !Number.isFinite(value)) || (integer && Number.isFinite(value) && !Number.isInteger(value))) {
      throw new RangeError(
        `${where} must be ${integer ? 'an integer' : 'a number'} of at least ${min}${max < Infinity ? ` and at most ${max}` : ''}${allowInfinity ? '' : ', finite'}, got ${value}`,
      );
    }
    return value;
  };
}

/** A list of strings and regular expressions. */
export const isPatternList: OptionCheck<ReadonlyArray<string | RegExp>> = (value, where) => {
  if (!Array.isArray(value)) throw new TypeError(`${where} must be an array of strings and RegExps, got ${describe(value)}`);
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string' && !(item instanceof RegExp)) throw new TypeError(`${where}[${i}] must be a string or a RegExp, got ${describe(item)}`);
  });
  return [...(value as ReadonlyArray<string | RegExp>)];
};

/** A boolean, or a list of strings and regular expressions. */
export const isBooleanOrPatternList: OptionCheck<boolean | ReadonlyArray<string | RegExp>> = (value, where) =>
  typeof value === 'boolean' ? value : isPatternList(value, where);

/** A function. */
export function isFunction<T extends (...args: never[]) => unknown>(): OptionCheck<T> {
  return (value, where) => {
    if (typeof value !== 'function') throw new TypeError(`${where} must be a function, got ${describe(value)}`);
    return value as T;
  };
}

/** A reference date: a string `YYYY-MM-DD` or `YYYY-MM` naming a real day or month. */
export const isReferenceDate: OptionCheck<Ymd> = (value, where) => {
  if (typeof value !== 'string') throw new TypeError(`${where} must be a YYYY-MM-DD or YYYY-MM date string, got ${describe(value)}`);
  const match = REFERENCE_DATE.exec(value);
  const ymd = match ? { year: Number(match[1]), month: Number(match[2]), day: match[3] === undefined ? null : Number(match[3]) } : null;
  if (ymd === null || !isValidDay(ymd.year, ymd.month, ymd.day ?? 1)) {
    throw new RangeError(`${where} must be a real YYYY-MM-DD or YYYY-MM date, got ${describe(value)}`);
  }
  return ymd;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A boilerplate profile (`{ version: 1, hosts: { host: { lines: { key: documents } } } }`),
 * read into a look-up of each host's line keys. Only what the parser reads is checked; a
 * host or line written otherwise than the parser compares it (`www.`, capitals) is a
 * RangeError, as it would never match.
 */
export const isBoilerplateProfile: OptionCheck<BoilerplateLines> = (value, where) => {
  const hosts = isRecord(value) ? value['hosts'] : undefined;
  if (!isRecord(hosts)) throw new TypeError(`${where} must be a boilerplate profile { version: 1, hosts }, got ${describe(value)}`);
  const version = (value as Record<string, unknown>)['version'];
  if (version !== 1) throw new (typeof version === 'number' ? RangeError : TypeError)(`${where}.version must be 1, got ${describe(version)}`);
  const out = new Map<string, Set<string>>();
  for (const [host, entry] of Object.entries(hosts)) {
    const at = `${where}.hosts[${JSON.stringify(host)}]`;
    const lines = isRecord(entry) ? entry['lines'] : undefined;
    if (!isRecord(lines)) throw new TypeError(`${at}.lines must be an object, got ${describe(lines)}`);
    if (host !== host.toLowerCase() || host.startsWith('www.')) throw new RangeError(`${at}: write the host as source.host has it (lower case, no www.)`);
    for (const [line, documents] of Object.entries(lines)) {
      if (typeof documents !== 'number') throw new TypeError(`${at}.lines[${JSON.stringify(line)}] must be a number, got ${describe(documents)}`);
      if (boilerplateKey(line) !== line) throw new RangeError(`${at}.lines[${JSON.stringify(line)}] is no line key (lower case, a letter, at most 500 characters)`);
    }
    out.set(host, new Set(Object.keys(lines)));
  }
  return out;
};
