// etcdctl when the connection under a request breaks (clientv3's retry interceptor): a put
// fails at once with gRPC's Unavailable (nonRepeatable: it may have been applied), as
// etcdctl prints it; a get is sent again to another endpoint and answered.

import { describe, expect, it } from 'vitest';
import { defaultEtcdctlScenario, HeadlessConsole } from '../../src/cli/etcdctl';

/** A console whose endpoint n2 (a follower) crashes `delay` ms after the next line is typed (the run is deterministic). */
function consoleCrashingAfter(delay: number): HeadlessConsole {
  const probe = new HeadlessConsole({ ...defaultEtcdctlScenario(), until: 86_400_000 });
  const typedAt = probe.sim.now + 1;
  return new HeadlessConsole({ ...defaultEtcdctlScenario(), until: 86_400_000, steps: [{ at: typedAt + delay, do: 'crash', node: 'n2' }] });
}

describe('etcdctl on a connection that breaks under a request', () => {
  it('put: "Error: rpc error: code = Unavailable desc = error reading from server: EOF" at once', () => {
    const h = consoleCrashingAfter(2);
    const start = h.sim.now;
    expect(h.run('put color red --endpoints=n2,n3,n1')).toEqual(['Error: rpc error: code = Unavailable desc = error reading from server: EOF']);
    // At the crash, not after the command timeout.
    expect(h.sim.now - start).toBeLessThan(1000);
  });

  it('get: retried on the next endpoint at once and answered (no key: no output, no error)', () => {
    const h = consoleCrashingAfter(2);
    const start = h.sim.now;
    expect(h.run('get color --endpoints=n2,n3,n1')).toEqual([]);
    expect(h.sim.now - start).toBeLessThan(1000);
  });
});
