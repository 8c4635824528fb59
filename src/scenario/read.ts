// Small readers that check one JSON value each and fail with a one-line error naming the
// field by its path ("steps[3].op.key: ..."). Validation throws ScenarioError internally;
// parseScenario turns it into { ok: false, error }.

export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

export function fail(path: string, message: string): never {
  throw new ScenarioError(`${path}: ${message}`);
}

/** A value for an error message: JSON, shortened, so that a message stays one short line. */
export function quote(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short);
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** The path of a field: `a.b` for ordinary names, `a["odd key"]` for anything else. */
export function fieldPath(base: string, key: string): string {
  if (PLAIN_KEY.test(key) && key.length <= 40) return base ? `${base}.${key}` : key;
  return `${base}[${quote(key)}]`;
}

export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** Checks one value; returns it typed, or fails with the path. */
export type Reader<T> = (value: unknown, path: string) => T;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys whose value is not undefined: the keys JSON.stringify would write. */
export function presentKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

/**
 * The fields of one JSON object. Only own properties count, so inherited names such as
 * "constructor" or "__proto__" are never read as fields; an own "__proto__" (JSON.parse
 * makes one) is just an unknown field.
 */
export class Fields {
  private constructor(
    private readonly record: Record<string, unknown>,
    readonly path: string,
  ) {}

  static open(value: unknown, path: string): Fields {
    if (!isRecord(value)) fail(path || 'scenario', path ? 'expected an object' : 'expected a JSON object');
    return new Fields(value, path);
  }

  /** Fails on the first field not in `allowed`: a misspelled field is never ignored. */
  rejectUnknown(allowed: readonly string[]): this {
    for (const key of presentKeys(this.record)) {
      if (!allowed.includes(key)) fail(this.pathOf(key), 'unknown field');
    }
    return this;
  }

  pathOf(key: string): string {
    return fieldPath(this.path, key);
  }

  /** The field's value; undefined (as JSON.stringify would drop it) counts as absent. */
  raw(key: string): unknown {
    return Object.hasOwn(this.record, key) ? this.record[key] : undefined;
  }

  required<T>(key: string, read: Reader<T>): T {
    const value = this.raw(key);
    if (value === undefined) fail(this.pathOf(key), 'missing');
    return read(value, this.pathOf(key));
  }

  optional<T>(key: string, read: Reader<T>): T | undefined {
    const value = this.raw(key);
    return value === undefined ? undefined : read(value, this.pathOf(key));
  }

  withDefault<T>(key: string, read: Reader<T>, fallback: T): T {
    return this.optional(key, read) ?? fallback;
  }
}

/** An integer in [min, max]. `what` replaces the default description in the error. */
export function integer(min: number, max: number, what?: string): Reader<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      fail(path, `expected ${what ?? `an integer from ${min} to ${max}`}`);
    }
    return value + 0; // turns -0 into 0, so that a round trip through JSON is exact
  };
}

/** Any integer JSON numbers carry exactly; ranges are left to the store (etcd semantics). */
export const safeInteger = integer(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 'an integer');

/** A finite number in [min, max]. */
export function decimal(min: number, max: number): Reader<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      fail(path, `expected a number from ${min} to ${max}`);
    }
    return value + 0;
  };
}

export const boolean: Reader<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'expected true or false');
  return value;
};

/** Length in characters (code points), so that a Chinese or emoji text counts as people see it. */
function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function string(maxChars: number): Reader<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'expected a string');
    // UTF-16 length bounds the code point count from above and from below (by half).
    if (value.length > maxChars && (value.length > 2 * maxChars || characterCount(value) > maxChars)) {
      fail(path, `longer than ${maxChars} characters`);
    }
    return value;
  };
}

function quotedList(names: readonly string[]): string {
  const quoted = names.map((n) => JSON.stringify(n));
  if (quoted.length <= 2) return quoted.join(' or ');
  return `one of ${quoted.join(', ')}`;
}

/**
 * One of a fixed set of names. With `noun`, an unknown name reads `unknown step "crsh"`;
 * without, `expected "up" or "down"`.
 */
export function oneOf<const T extends string>(names: readonly T[], noun?: string): Reader<T> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, `expected ${quotedList(names)}`);
    if (!(names as readonly string[]).includes(value)) {
      fail(path, noun ? `unknown ${noun} ${quote(value)}` : `expected ${quotedList(names)}`);
    }
    return value as T;
  };
}

/** A JSON array of at most `max` items (checked before any item is read). */
export function list<T>(max: number, readItem: Reader<T>, what = 'a list'): Reader<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, `expected ${what}`);
    if (value.length > max) fail(path, `more than ${max} items`);
    return Array.from(value, (item, i) => readItem(item, indexPath(path, i)));
  };
}
