// etcdctl parses lease ids with strconv.ParseInt(s, 16, 64): any int64 in hex is a valid id,
// kept exact (no rounding past 2^53), sent to the server, and answered by it. Every expected
// line below is what etcdctl 3.4.23 printed against a real etcd 3.4 for the same command.
// Also the empty key with --prefix / --from-key (clientv3: the whole keyspace).

import { describe, expect, it } from 'vitest';
import { HEADER, transcript } from './helpers';

const NOT_FOUND = 'Error: etcdserver: requested lease not found';

describe('lease ids as etcdctl 3.4 parses them', () => {
  it.each([
    ['put c 1 --lease 7fffabcd12345678', NOT_FOUND],
    ['put c 1 --lease 7FFFABCD12345678', NOT_FOUND],
    ['put c 1 --lease=-1', NOT_FOUND],
    ['lease revoke 7fffabcd12345678', 'Error: failed to revoke lease (etcdserver: requested lease not found)'],
    ['lease revoke 20000000000001', 'Error: failed to revoke lease (etcdserver: requested lease not found)'],
    ['lease revoke 0', 'Error: failed to revoke lease (etcdserver: requested lease not found)'],
    ['lease revoke -- -1', 'Error: failed to revoke lease (etcdserver: requested lease not found)'],
    ['lease timetolive 7fffabcd12345678', 'lease 7fffabcd12345678 already expired'],
    ['lease timetolive 7fffabcd12345678 --keys', 'lease 7fffabcd12345678 already expired'],
    ['lease timetolive 20000000000001', 'lease 0020000000000001 already expired'],
    ['lease timetolive -- -8000000000000000', 'lease -8000000000000000 already expired'],
    ['lease timetolive -- -1', 'lease -000000000000001 already expired'],
    ['lease timetolive 7fffabcd12345678 -w json', `${HEADER},"revision":1,"raft_term":1,"id":9223279459140130424,"ttl":-1,"granted-ttl":0,"keys":null}`],
    ['lease keep-alive --once 7fffabcd12345678', NOT_FOUND],
    ['lease keep-alive 7fffabcd12345678', 'lease 7fffabcd12345678 expired or revoked.'],
    ['lease revoke zz', 'Error: bad lease ID arg (strconv.ParseInt: parsing "zz": invalid syntax), expecting ID in Hex'],
    ['lease revoke 0x10', 'Error: bad lease ID arg (strconv.ParseInt: parsing "0x10": invalid syntax), expecting ID in Hex'],
    ['lease timetolive zz', 'Error: bad lease ID arg (strconv.ParseInt: parsing "zz": invalid syntax), expecting ID in Hex'],
    ['lease keep-alive zz', 'Error: bad lease ID arg (strconv.ParseInt: parsing "zz": invalid syntax), expecting ID in Hex'],
    ['lease revoke ffffffffffffffff', 'Error: bad lease ID arg (strconv.ParseInt: parsing "ffffffffffffffff": value out of range), expecting ID in Hex'],
    ['put c 1 --lease zz', 'Error: bad lease ID (strconv.ParseInt: parsing "zz": invalid syntax), expecting ID in Hex'],
    ['put c 1 --lease 8000000000000000', 'Error: bad lease ID (strconv.ParseInt: parsing "8000000000000000": value out of range), expecting ID in Hex'],
  ])('%s', (command, expected) => {
    expect(transcript([command])[0]?.[1]).toBe(expected);
  });

  it('a granted lease still works by its hex id', () => {
    const out = transcript(['lease grant 100', 'put c 1 --lease f4241', 'lease timetolive f4241 --keys']).map(([, o]) => o);
    expect(out).toEqual(['lease 00000000000f4241 granted with TTL(100s)', 'OK', 'lease 00000000000f4241 granted with TTL(100s), remaining(99s), attached keys([c])']);
  });
});

describe('the empty key with --prefix / --from-key (etcdctl 3.4)', () => {
  it('lists, deletes and refuses as etcdctl does', () => {
    const out = transcript(['put a 1', 'put b 2', 'get "" --prefix', 'get "" --from-key', 'get ""', "txn <<< $'\\nget \"\" --prefix\\ndel \"\" --from-key\\n\\n'", 'del ""']).map(([, o]) => o);
    expect(out.slice(2)).toEqual(['a\n1\nb\n2', 'a\n1\nb\n2', 'Error: etcdserver: key is not provided', 'SUCCESS\n\na\n1\nb\n2\n\n2', 'Error: etcdserver: key is not provided']);
  });
});
