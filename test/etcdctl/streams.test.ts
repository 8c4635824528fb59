// Commands that stream until stopped: watch, elect, elect -l, lock, lease keep-alive. Their
// output arrives while later commands run; stop() (Ctrl+C) resigns, unlocks and stops.

import { describe, expect, it } from 'vitest';
import { HEADER, headless } from './helpers';

describe('etcdctl console: streams', () => {
  it('watch prints each event as etcdctl does, with --prev-kv and -w fields', () => {
    const h = headless();
    const out = ['watch w --prefix --prev-kv', 'put w1 a', 'put w1 b', 'del w1'].flatMap((c) => h.run(c));
    out.push(...h.linger());
    // Events reach the watcher over the network, so they interleave with later answers; on
    // one connection the node's watch notify (inside the apply) goes out before its answer.
    expect(out).toEqual(['PUT', 'w1', 'a', 'OK', 'PUT', 'w1', 'a', 'w1', 'b', 'OK', 'DELETE', 'w1', 'b', 'w1', '', '1']);
    h.stop();
    expect(h.run('put w2 c')).toEqual(['OK']);
    expect(h.linger()).toEqual([]);
  });

  it('watch -w json and a watch from a compacted revision', () => {
    const h = headless();
    h.run('watch x -w json');
    expect([...h.run('put x 1'), ...h.linger()]).toEqual([`{"Header":${HEADER},"revision":2,"raft_term":1},"Events":[{"kv":{"key":"eA==","create_revision":2,"mod_revision":2,"version":1,"value":"MQ=="}}],"CompactRevision":0,"Canceled":false,"Created":false}`, 'OK']);
    h.run('put x 2');
    h.run('compaction 3');
    expect(h.run('watch x --rev=2')).toEqual(['watch was canceled (etcdserver: mvcc: required revision has been compacted)', 'Error: watch is canceled by the server']);
  });

  it('elect prints the leader key and proposal; elect -l follows the leader; Ctrl+C resigns', () => {
    const h = headless();
    expect(h.run('elect e1 p1')).toEqual(['e1/f4241', 'p1']);
    expect(h.run('elect -l e1 -w json')).toEqual([`{"header":${HEADER},"revision":2,"raft_term":1},"kvs":[{"key":"ZTEvZjQyNDE=","create_revision":2,"mod_revision":2,"version":1,"value":"cDE=","lease":1000001}]}`]);
    h.stop();
    h.linger(2000);
    expect(h.run('get e1 --prefix')).toEqual([]);
  });

  it('lock prints its key; a second lock waits until the first is released', () => {
    const h = headless();
    expect(h.run('lock l1')).toEqual(['l1/f4241', '']);
    h.stop();
    expect([...h.run('lock l1'), ...h.linger()]).toEqual(['l1/f4242', '']);
  });

  it('lease keep-alive renews every ttl/3 until stopped, and reports a lease that is gone', () => {
    const h = headless();
    h.run('lease grant 9');
    const line = 'lease 00000000000f4241 keepalived with TTL(9)';
    expect(h.run('lease keep-alive f4241')).toEqual([line]);
    expect(h.linger(7000)).toEqual([line, line]);
    h.stop();
    expect(h.run('lease keep-alive 99')).toEqual(['lease 0000000000000099 expired or revoked.']);
  });
});
