// Bad input never crashes the store: validate() and apply() answer an error for anything that
// is not a well-formed request, and apply() of such an entry changes nothing.

import { describe, expect, it } from 'vitest';
import { ErrEmptyKey, ErrLeaseProvided, ErrRequestTooLarge, ErrValueProvided, type KvRequest } from '../../src/kv';
import { newKv, prng } from './helpers';

describe('request validation (etcd API layer)', () => {
  it.each<[string, unknown, string]>([
    ['empty put key (etcd 3.4)', { type: 'put', key: '', value: 'v' }, ErrEmptyKey],
    ['empty delete key', { type: 'delete', key: '' }, ErrEmptyKey],
    ['ignore_value with a value', { type: 'put', key: 'k', value: 'v', ignoreValue: true }, ErrValueProvided],
    ['ignore_lease with a lease', { type: 'put', key: 'k', value: 'v', lease: 3, ignoreLease: true }, ErrLeaseProvided],
    ['a huge value', { type: 'put', key: 'k', value: 'x'.repeat(2 * 1024 * 1024) }, ErrRequestTooLarge],
  ])('%s', (_label, req, error) => {
    const kv = newKv();
    expect(kv.validate(req as KvRequest)).toBe(error);
    expect(kv.apply(req as KvRequest, 0).outcome).toEqual({ ok: false, error });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 42],
    ['no type', {}],
    ['an unknown type', { type: 'frobnicate' }],
    ['a put without value', { type: 'put', key: 'k' }],
    ['a numeric key', { type: 'get', key: 5 }],
    ['a fractional revision', { type: 'get', key: 'k', revision: 1.5 }],
    ['a NaN limit', { type: 'get', key: 'k', limit: Number.NaN }],
    ['an unknown sort target', { type: 'get', key: 'k', sortTarget: 'size' }],
    ['a negative lease id', { type: 'put', key: 'k', value: 'v', lease: -1 }],
    ['a lease id beyond 2^53', { type: 'lease-grant', ttl: 5, id: 2 ** 60 }],
    ['a fractional TTL', { type: 'lease-grant', ttl: 0.5 }],
    ['a txn without lists', { type: 'txn', compare: [] }],
    ['a compare with a string revision', { type: 'txn', compare: [{ key: 'k', target: 'mod', result: '=', value: '3' }], success: [], failure: [] }],
    ['a value compare with a number', { type: 'txn', compare: [{ key: 'k', target: 'value', result: '=', value: 3 }], success: [], failure: [] }],
    ['an unknown compare result', { type: 'txn', compare: [{ key: 'k', target: 'mod', result: '>=', value: 3 }], success: [], failure: [] }],
    ['a null op in a txn', { type: 'txn', compare: [], success: [null], failure: [] }],
    ['an unknown op in a txn', { type: 'txn', compare: [], success: [{ type: 'compact', revision: 1 }], failure: [] }],
    ['checkpoints that are not a list', { type: 'lease-checkpoint', checkpoints: 3 }],
    ['a string compaction revision', { type: 'compact', revision: '3' }],
  ])('refuses %s without throwing', (_label, req) => {
    const kv = newKv();
    const error = kv.validate(req as KvRequest);
    expect(typeof error).toBe('string');
    const applied = kv.apply(req as KvRequest, 0);
    expect(applied.outcome).toEqual({ ok: false, error });
    expect(kv.revision).toBe(1);
  });

  it('refuses txns nested deeper than the op budget allows', () => {
    let req: KvRequest = { type: 'txn', compare: [], success: [{ type: 'put', key: 'k', value: 'v' }], failure: [] };
    for (let i = 0; i < 200; i++) req = { type: 'txn', compare: [], success: [req], failure: [] };
    expect(newKv().validate(req)).not.toBeNull();
  });

  it('survives random junk', () => {
    const rand = prng(7);
    const atoms: unknown[] = [null, undefined, 0, -1, 1.5, Number.NaN, '', 'k', '\0', true, [], {}];
    const fields = ['type', 'key', 'value', 'rangeEnd', 'prefix', 'revision', 'limit', 'lease', 'ttl', 'id', 'compare', 'success', 'failure', 'target', 'result', 'sortTarget', 'ignoreValue', 'checkpoints'];
    const types = ['get', 'put', 'delete', 'txn', 'compact', 'lease-grant', 'lease-revoke', 'lease-checkpoint', 'nope'];
    const junk = (depth: number): unknown => {
      if (depth > 2 || rand(3) === 0) return atoms[rand(atoms.length)];
      if (rand(4) === 0) return Array.from({ length: rand(3) }, () => junk(depth + 1));
      const obj: Record<string, unknown> = { type: types[rand(types.length)] };
      for (let i = rand(5); i > 0; i--) obj[fields[rand(fields.length)] as string] = junk(depth + 1);
      return obj;
    };
    const kv = newKv();
    for (let i = 0; i < 3000; i++) {
      const req = junk(0) as KvRequest;
      expect(() => kv.apply(req, 0)).not.toThrow();
    }
  });
});
