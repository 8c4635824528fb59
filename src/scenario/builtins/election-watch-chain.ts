// 12. etcd's election recipe (client/v3/concurrency/election.go): each campaigner puts a
// key under the election prefix with its session lease, then watches only the key created
// just before its own (no herd effect). A crashed waiter's lease expires, its key is
// deleted, and the chain re-links; the holder resigns and the next in line is elected.

import type { ClientOp } from '../../sim/scenario-types';
import { defineBuiltin, nodeIds, request, say } from './define';

const ELECTION = '/election';
const campaign = (at: number, client: string) => request(at, client, { type: 'campaign', election: ELECTION, value: client, ttl: 2 });
const call = (at: number, client: string, op: ClientOp) => request(at, client, op);

export const electionWatchChain = defineBuiltin('election-watch-chain', {
  name: { en: 'etcd election: the watch chain', 'zh-CN': 'etcd 选举：监听链' },
  description: {
    en: "Three clients campaign with etcd's election recipe. Each one's key is kept alive by a session lease, and each waiter watches only the key just ahead of its own. A waiter crashes, its lease expires and the chain re-links; the holder resigns and the next in line is elected; Observe follows the holder.",
    'zh-CN': '三个客户端使用 etcd 的选举方案参与竞选。每个客户端的键由会话租约维持存活，每个等待者只监听排在自己前面的那个键。一个等待者崩溃后，它的租约过期，监听链重新连接；持有者辞任后，下一个等待者当选；Observe 持续跟踪持有者。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(3) },
  until: 7500,
  steps: [
    say(0, 'Three clients will campaign for /election with the recipe of etcd (concurrency.Election). Each first opens a session: a lease of 2 s that the client keeps alive.', '三个客户端将使用 etcd 的选举方案（concurrency.Election）竞选 /election。每个客户端先打开一个会话：一个 2 秒的租约，由客户端负责续约。'),
    campaign(500, 'c1'),
    say(691, 'c1 created its key under /election, with its lease, at revision 2. No key under the prefix has a lower create revision, so c1 is elected.', 'c1 在 /election 下用自己的租约创建了键，修订版本为 2。该前缀下没有创建修订版本更小的键，因此 c1 当选。'),
    campaign(700, 'c2'),
    call(800, 'obs', { type: 'observe', election: ELECTION }),
    say(852, 'obs calls Observe: it reads the current holder (the key with the lowest create revision) and its value, c1, then watches that one key.', 'obs 调用 Observe：它读到当前持有者（创建修订版本最小的键）及其值 c1，然后只监听这一个键。'),
    campaign(900, 'c3'),
    say(1042, 'c2 (revision 3) and c3 (revision 4) created their keys too. Each asked for the key created just before its own and watches only that one: c2 watches the key of c1, c3 watches the key of c2. A deletion wakes one waiter, not all (no herd effect).', 'c2（修订版本 3）和 c3（修订版本 4）也创建了自己的键。每个客户端查询排在自己之前创建的那个键，并只监听它：c2 监听 c1 的键，c3 监听 c2 的键。一次删除只会唤醒一个等待者，而不是全部（没有惊群效应）。'),
    { at: 1500, do: 'client-crash', client: 'c2' },
    say(1501, 'The process of c2 crashes. Its key stays for now: it is attached to its lease, which lives until 2 s pass without a keep-alive.', 'c2 的进程崩溃了。它的键暂时还在：键绑定在租约上，而租约要在 2 秒内没有续约之后才会失效。'),
    say(3760, 'The lease of c2 expired. Only the leader expires leases, and it does so through Raft: the revocation deleted the key of c2 at revision 5.', 'c2 的租约过期了。只有领导者会让租约过期，而且要通过 Raft 完成：撤销租约删除了 c2 的键，修订版本为 5。'),
    say(3810, 'The watch of c3 saw the DELETE. c3 asked again which key is just ahead of its own, found the key of c1, and now watches it: the chain re-linked.', 'c3 的监听收到了 DELETE 事件。c3 重新查询排在自己前面的键，找到了 c1 的键，现在改为监听它：监听链重新连接上了。'),
    call(6000, 'c1', { type: 'resign', election: ELECTION }),
    say(6110, 'c1 resigned: it deleted its key (revision 6) and revoked its lease. c3 saw the DELETE, found no key ahead of its own, and is elected; Observe reported the new holder, c3.', 'c1 辞任：它删除了自己的键（修订版本 6）并撤销了租约。c3 收到 DELETE 事件，发现自己前面已没有键，于是当选；Observe 报告了新的持有者 c3。'),
    call(7000, 'c3', { type: 'proclaim', election: ELECTION, value: 'c3-v2' }),
    say(7037, 'c3 proclaimed a new value, c3-v2, on its key while holding the election, and Observe delivered it to obs.', 'c3 在持有选举期间通过 Proclaim 把自己键的值改为 c3-v2，Observe 把它推送给了 obs。'),
  ],
});
