// Built-in challenges on etcd's key-value store and recipes: reads and writes, leases,
// watches and the election recipe (client/v3/concurrency/election.go).

import { nodeIds } from '../builtins/define';
import { defineChallenge } from './define';

const THREE = { nodes: nodeIds(3) };

export const writeAndRead = defineChallenge('write-and-read', {
  name: { en: 'Write, then read it back', 'zh-CN': '写入，再读回来' },
  description: { en: 'Three etcd nodes. Use the Clients tab.', 'zh-CN': '三个 etcd 节点。使用“客户端”标签页。' },
  task: { en: 'Make a client read greeting = hello (two requests at most).', 'zh-CN': '让客户端读到 greeting = hello（最多两个请求）。' },
  hint: { en: 'A put, then a get: a linearizable read sees every write that finished before it.', 'zh-CN': '先 put 再 get：线性一致读能看到在它之前完成的所有写入。' },
  goal: { answered: { type: 'get', key: 'greeting', value: 'hello' } },
  actions: { allow: ['client'], max: 2 },
  seed: 7,
  cluster: THREE,
  until: 4000,
});

export const leaseExpiry = defineChallenge('lease-expiry', {
  name: { en: 'A key that deletes itself', 'zh-CN': '会自己消失的键' },
  description: { en: 'etcd leases: a key attached to a lease is deleted when the lease expires.', 'zh-CN': 'etcd 租约：绑定到租约的键在租约过期时被删除。' },
  task: { en: 'Make a watcher see the DELETE of key job, without any client sending a delete.', 'zh-CN': '让一个监听者看到键 job 的 DELETE 事件，且没有客户端发送 delete。' },
  hint: { en: 'Grant a short lease with an id, put job with that lease, watch job, and wait.', 'zh-CN': '授予一个带 id 的短租约，用它写入 job，监听 job，然后等待。' },
  goal: { all: [{ watcherSees: { event: 'DELETE', key: 'job' } }, { never: { answered: { type: 'delete' } } }] },
  actions: { allow: ['client'], max: 4 },
  seed: 7,
  cluster: THREE,
  until: 8000,
});

export const watchHolder = defineChallenge('waiter-sees-delete', {
  name: { en: 'Watch the holder go', 'zh-CN': '看着持有者离开' },
  description: { en: 'The election recipe: each campaigner creates a key under the election prefix; the lowest create revision holds (etcd election.go).', 'zh-CN': '选举配方：每个竞选者在选举前缀下创建一个键，创建修订号最小的持有领导权（etcd election.go）。' },
  task: { en: 'Make a client that is not the holder see the DELETE of the holder\'s key.', 'zh-CN': '让一个不是持有者的客户端看到持有者的键被 DELETE。' },
  hint: { en: 'c1 campaigns on /jobs; c2 watches the prefix /jobs/ as a waiter does; then c1 resigns (or its client crashes).', 'zh-CN': 'c1 在 /jobs 上竞选；c2 像等待者那样监听前缀 /jobs/；然后 c1 辞职（或其客户端崩溃）。' },
  goal: { watcherSees: { event: 'DELETE', holder: true } },
  actions: { allow: ['client', 'client-crash'], max: 4 },
  seed: 7,
  cluster: THREE,
  until: 8000,
});

export const failover = defineChallenge('election-failover', {
  name: { en: 'Fail over the election', 'zh-CN': '选举故障转移' },
  description: { en: 'Two campaigners on one election: the second waits until the first is gone.', 'zh-CN': '同一个选举有两个竞选者：第二个要等到第一个离开。' },
  task: { en: 'Make c1 win the /jobs election, then c2 take it over (three actions at most).', 'zh-CN': '先让 c1 赢得 /jobs 选举，再让 c2 接管（最多三个操作）。' },
  hint: { en: 'Campaign with a short ttl. When a client dies, its session lease expires and its key is deleted; the next waiter wins.', 'zh-CN': '竞选时用较短的 ttl。客户端崩溃后，它的会话租约过期、键被删除，下一个等待者获胜。' },
  goal: { all: [{ elected: { client: 'c1', election: '/jobs' } }, { elected: { client: 'c2', election: '/jobs' } }] },
  actions: { allow: ['client', 'client-crash'], max: 3 },
  seed: 7,
  cluster: THREE,
  until: 10000,
});
