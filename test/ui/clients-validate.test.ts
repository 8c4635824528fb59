import { describe, expect, it } from 'vitest';
import { initialForm, NEW_CLIENT, type FormState } from '../../src/ui/views/clients/form-state';
import { checkForm } from '../../src/ui/views/clients/validate';

const ctx = { nodes: ['n1', 'n2', 'n3'] };
const form = (over: Partial<FormState>): FormState => ({ ...initialForm(), ...over });

describe('checkForm: what goes through', () => {
  it('builds a put as the chosen client to the chosen node', () => {
    expect(checkForm(form({ client: 'c2', node: 'n2', key: 'a', value: '1' }), ctx)).toEqual({ ok: true, action: { do: 'client', client: 'c2', op: { type: 'put', key: 'a', value: '1' }, node: 'n2' } });
  });

  it('leaves node out for "any" and keeps "leader"', () => {
    const any = checkForm(form({}), ctx);
    expect(any.ok && 'node' in any.action).toBe(false);
    const leader = checkForm(form({ node: 'leader' }), ctx);
    expect(leader.ok && leader.action.do === 'client' && leader.action.node).toBe('leader');
  });

  it('lets an empty key through: etcd answers "key is not provided" and the learner should see it', () => {
    const r = checkForm(form({ key: '' }), ctx);
    expect(r.ok).toBe(true);
  });

  it('builds a get with prefix, revision and serializable, and a delete with prefix', () => {
    const get = checkForm(form({ type: 'get', key: 'a', prefix: true, revision: ' 3 ', serializable: true }), ctx);
    expect(get.ok && get.action.do === 'client' && get.action.op).toEqual({ type: 'get', key: 'a', prefix: true, revision: 3, serializable: true });
    const del = checkForm(form({ type: 'delete', key: 'a', prefix: true }), ctx);
    expect(del.ok && del.action.do === 'client' && del.action.op).toEqual({ type: 'delete', key: 'a', prefix: true });
  });

  it('reads lease ids in hex, as etcdctl prints them', () => {
    const put = checkForm(form({ lease: 'f4241' }), ctx);
    expect(put.ok && put.action.do === 'client' && put.action.op).toEqual({ type: 'put', key: 'a', value: '1', lease: 1000001 });
    const revoke = checkForm(form({ type: 'lease-revoke', lease: '0xFF' }), ctx);
    expect(revoke.ok && revoke.action.do === 'client' && revoke.action.op).toEqual({ type: 'lease-revoke', id: 255 });
  });

  it('builds a txn with number and value compares, success and failure ops', () => {
    const r = checkForm(
      form({
        type: 'txn',
        compares: [
          { key: 'a', target: 'mod', result: '>', value: '0' },
          { key: 'b', target: 'value', result: '!=', value: 'x' },
        ],
        success: [{ type: 'put', key: 'a', value: '2', prefix: false }],
        failure: [{ type: 'delete', key: 'p/', value: '', prefix: true }],
      }),
      ctx,
    );
    expect(r.ok && r.action.do === 'client' && r.action.op).toEqual({
      type: 'txn',
      compare: [
        { key: 'a', target: 'mod', result: '>', value: 0 },
        { key: 'b', target: 'value', result: '!=', value: 'x' },
      ],
      success: [{ type: 'put', key: 'a', value: '2' }],
      failure: [{ type: 'delete', key: 'p/', prefix: true }],
    });
  });

  it('builds the election and lock ops, with an optional session TTL', () => {
    const op = (over: Partial<FormState>) => {
      const r = checkForm(form(over), ctx);
      return r.ok && r.action.do === 'client' ? r.action.op : r;
    };
    expect(op({ type: 'campaign', election: 'e', value: 'v', sessionTtl: '' })).toEqual({ type: 'campaign', election: 'e', value: 'v' });
    expect(op({ type: 'campaign', election: 'e', value: 'v', sessionTtl: '5' })).toEqual({ type: 'campaign', election: 'e', value: 'v', ttl: 5 });
    expect(op({ type: 'resign', election: 'e' })).toEqual({ type: 'resign', election: 'e' });
    expect(op({ type: 'observe', election: 'e' })).toEqual({ type: 'observe', election: 'e' });
    expect(op({ type: 'lock', lockName: 'm' })).toEqual({ type: 'lock', name: 'm' });
    expect(op({ type: 'unlock', lockName: 'm' })).toEqual({ type: 'unlock', name: 'm' });
    expect(op({ type: 'lease-leases' })).toEqual({ type: 'lease-leases' });
  });

  it('sends as a new client by its typed name', () => {
    const r = checkForm(form({ client: NEW_CLIENT, newClient: ' worker-2 ' }), ctx);
    expect(r.ok && r.action.do === 'client' && r.action.client).toBe('worker-2');
  });
});

describe('checkForm: what is stopped, naming the field and the problem', () => {
  const problems = (over: Partial<FormState>) => {
    const r = checkForm(form(over), ctx);
    return r.ok ? {} : r.problems;
  };

  it('a TTL that is not a whole number', () => {
    expect(problems({ type: 'lease-grant', ttl: '1.5' })).toEqual({ ttl: { code: 'whole-number', params: { value: '1.5' } } });
    expect(problems({ type: 'lease-grant', ttl: 'ten' }).ttl?.code).toBe('whole-number');
    expect(problems({ type: 'lease-grant', ttl: '' }).ttl?.code).toBe('required');
    expect(problems({ type: 'campaign', sessionTtl: '0' }).sessionTtl?.code).toBe('ttl-positive');
    expect(problems({ type: 'campaign', ttl: '1.5', sessionTtl: '' })).toEqual({});
  });

  it('a negative revision', () => {
    expect(problems({ type: 'get', revision: '-1' })).toEqual({ revision: { code: 'negative', params: { value: -1 } } });
    expect(problems({ type: 'compact', revision: '-5' }).revision?.code).toBe('negative');
    expect(problems({ type: 'compact', revision: '' }).revision?.code).toBe('required');
    expect(problems({ type: 'watch', revision: '2.5' }).revision?.code).toBe('whole-number');
    expect(problems({ type: 'get', revision: '99999999999999999999' }).revision?.code).toBe('too-large');
  });

  it('an unknown node', () => {
    expect(problems({ node: 'n9' })).toEqual({ node: { code: 'unknown-node', params: { node: 'n9', nodes: 'n1, n2, n3' } } });
  });

  it('strings over 256 characters, in every field that takes one', () => {
    const long = 'k'.repeat(257);
    expect(problems({ key: long })).toEqual({ key: { code: 'too-long', params: { length: 257, max: 256 } } });
    expect(problems({ value: long }).value?.code).toBe('too-long');
    expect(problems({ type: 'campaign', election: long }).election?.code).toBe('too-long');
    expect(problems({ type: 'lock', lockName: long }).lockName?.code).toBe('too-long');
    expect(problems({ key: 'k'.repeat(256) })).toEqual({});
    const txn = problems({ type: 'txn', compares: [{ key: long, target: 'value', result: '=', value: long }], success: [{ type: 'put', key: 'a', value: long, prefix: false }], failure: [] });
    expect(Object.keys(txn).sort()).toEqual(['compares.0.key', 'compares.0.value', 'success.0.value']);
  });

  it('a bad client name', () => {
    expect(problems({ client: NEW_CLIENT, newClient: 'Client 1' }).client?.code).toBe('client-name');
    expect(problems({ client: NEW_CLIENT, newClient: '' }).client?.code).toBe('client-name');
  });

  it('lease ids that are not hex or out of range', () => {
    expect(problems({ type: 'lease-keepalive', lease: 'xyz' }).lease?.code).toBe('lease-hex');
    expect(problems({ type: 'lease-keepalive', lease: '' }).lease?.code).toBe('required');
    expect(problems({ type: 'lease-keepalive', lease: '0' }).lease?.code).toBe('lease-range');
    expect(problems({ type: 'lease-grant', ttl: '5', grantId: 'fffffffffffffffff' }).grantId?.code).toBe('lease-range');
  });

  it('a number compare with a value that is not a whole number', () => {
    expect(problems({ type: 'txn', compares: [{ key: 'a', target: 'version', result: '=', value: 'one' }] })['compares.0.value']?.code).toBe('whole-number');
  });
});

describe('checkForm: lease ids as etcd takes them (int64 in hex)', () => {
  it('sends an id past 2^53 exactly, as its decimal string, for the server to answer', () => {
    const put = checkForm(form({ lease: '7fffabcd12345678' }), ctx);
    expect(put.ok && put.action.do === 'client' && put.action.op).toEqual({ type: 'put', key: 'a', value: '1', lease: '9223279459140130424' });
    const ttl = checkForm(form({ type: 'lease-timetolive', lease: '7fffabcd12345678' }), ctx);
    expect(ttl.ok && ttl.action.do === 'client' && ttl.action.op).toEqual({ type: 'lease-timetolive', id: '9223279459140130424' });
  });

  it('lets an empty key with prefix through: the whole keyspace, as clientv3', () => {
    const get = checkForm(form({ type: 'get', key: '', prefix: true }), ctx);
    expect(get.ok && get.action.do === 'client' && get.action.op).toEqual({ type: 'get', key: '', prefix: true });
  });

  it('still refuses what no int64 is', () => {
    const bad = checkForm(form({ type: 'lease-revoke', lease: '8000000000000000' }), ctx);
    expect(!bad.ok && bad.problems.lease?.code).toBe('lease-range');
  });
});
