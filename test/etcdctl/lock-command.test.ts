// `lock NAME COMMAND...`: the command runs while the lock is held, its output alone is
// printed (as a real etcdctl 3.4 prints nothing of its own around it), then the lock is
// released; $ETCD_LOCK_KEY and $ETCD_LOCK_REV expand to the held key and its revision.

import { describe, expect, it } from 'vitest';
import { echoLine, lockedCommand, withLockEnv } from '../../src/etcdctl/lock-command';
import { flagError, transcript } from './helpers';

const RUNS: [string, string][] = [
  ['put x 1', 'OK'],
  // The lock key is created at revision 3 (the put was 2); then unlocked (deleted) at 4.
  ['lock mylock echo held $ETCD_LOCK_KEY at ${ETCD_LOCK_REV}', 'held mylock/f4241 at 3'],
  ['get --prefix mylock --count-only -w fields', '"ClusterID" : 5570946364341419013\n"MemberID" : 14447065367186880760\n"Revision" : 4\n"RaftTerm" : 1\n"More" : false\n"Count" : 0'],
  ['lock mylock -- etcdctl put foo bar', 'OK'],
  // The child etcdctl reads while the lock is held: it sees the lock's own key.
  ['lock mylock -- etcdctl get --prefix mylock --keys-only', 'mylock/f4243\n'],
  ['lock mylock -- etcdctl get foo -w json', '{"header":{"cluster_id":5570946364341419013,"member_id":14447065367186880760,"revision":10,"raft_term":1},"kvs":[{"key":"Zm9v","create_revision":6,"mod_revision":6,"version":1,"value":"YmFy"}],"count":1}'],
  // Without `--`, cobra reads the child's flags as lock's own, as a real etcdctl does.
  ['lock mylock etcdctl get foo --print-value-only', flagError('unknown flag: --print-value-only', 'lock')],
  ['lock mylock -- etcdctl get $ETCD_LOCK_KEY --print-value-only', ''],
  // The lock's session lease is alive while the command runs.
  ['lock mylock -- etcdctl lease list', 'found 1 leases\n00000000000f4246'],
  // Errors: the program, a command that never finishes, the child's own errors; the lock is released each time.
  ["lock mylock -- sh -c 'echo $ETCD_LOCK_KEY'", 'Error: exec: "sh": the simulator cannot run programs; only echo and etcdctl can run inside lock'],
  ['lock mylock etcdctl watch foo', 'Error: etcdctl watch does not finish by itself; inside lock the simulator runs only etcdctl commands that finish'],
  ['lock mylock etcdctl lease keep-alive 1', 'Error: etcdctl lease does not finish by itself; inside lock the simulator runs only etcdctl commands that finish'],
  ['lock mylock etcdctl get', 'Error: get command needs one argument as key and an optional argument as range_end'],
  ['get --prefix mylock --count-only -w fields', '"ClusterID" : 5570946364341419013\n"MemberID" : 14447065367186880760\n"Revision" : 23\n"RaftTerm" : 1\n"More" : false\n"Count" : 0'],
];

describe('etcdctl console: lock NAME COMMAND', () => {
  it('runs the command while holding the lock, prints its output, then unlocks', () => {
    expect(transcript(RUNS.map((r) => r[0]))).toEqual(RUNS);
  });

  it('expands the lock’s variables as a shell would in the child, and picks what can run', () => {
    expect(withLockEnv(['$ETCD_LOCK_KEY', 'rev=${ETCD_LOCK_REV}', '$ETCD_LOCK_KEYS', '$HOME'], 'm/f4241', 7)).toEqual(['m/f4241', 'rev=7', '$ETCD_LOCK_KEYS', '$HOME']);
    expect(lockedCommand(['echo', 'a', 'b'])).toEqual({ kind: 'echo', words: ['a', 'b'] });
    expect(lockedCommand(['etcdctl', 'get', 'a'])).toEqual({ kind: 'etcdctl', words: ['get', 'a'] });
    expect(lockedCommand(['/bin/echo', 'a'])).toEqual({ kind: 'unsupported', program: '/bin/echo' });
    expect(echoLine(['a', '', 'b'])).toBe('a  b');
  });
});

describe('lock clients', () => {
  it('each lock is its own client, with an id SCENARIO.md accepts however many locks a session takes', async () => {
    const { lockClientId } = await import('../../src/etcdctl/console-streams');
    expect(lockClientId('etcdctl', 1)).toBe('etcdctl-lock-1');
    for (const n of [1, 99, 1000, 123456]) {
      for (const client of ['etcdctl', 'averyverylongname']) expect(lockClientId(client, n)).toMatch(/^[a-z][a-z0-9-]{0,15}$/);
    }
    expect(lockClientId('etcdctl', 1000)).not.toBe(lockClientId('etcdctl', 100));
  });
});
