// 8. CheckQuorum (thesis 6.2): a leader that has not heard from a majority within an
// election timeout steps down, so a cut-off leader stops acting as one on its own.

import { defineBuiltin, nodeIds, predict, put, say } from './define';

export const checkQuorum = defineBuiltin('check-quorum', {
  name: { en: 'CheckQuorum: a cut-off leader steps down', 'zh-CN': 'CheckQuorum：被隔离的领导者主动退位' },
  description: {
    en: 'The leader is cut off from every other node. With CheckQuorum on, it notices within an election timeout that no majority hears it and steps down, so clients that reach it are told at once to look elsewhere (thesis 6.2). Compare with stale-leader, where CheckQuorum is off.',
    'zh-CN': '领导者与其他所有节点断开。开启 CheckQuorum 后，它在一个选举超时内发现多数节点已听不到自己，于是主动退位；能连到它的客户端会立即被告知去找别的节点（论文 6.2 节）。可与关闭了 CheckQuorum 的 stale-leader 场景对比。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(5) },
  until: 2500,
  steps: [
    put(500, 'c1', 'x', '1'),
    say(570, 'n1 leads term 1 and x=1 is committed. CheckQuorum is on: every election timeout, the leader checks that a majority of the nodes has answered it since the last check (thesis 6.2).', 'n1 是任期 1 的领导者，x=1 已提交。CheckQuorum 已开启：每经过一个选举超时，领导者都会检查自上次检查以来是否有多数节点回应过它（论文 6.2 节）。'),
    { at: 1000, do: 'partition', groups: [['n1'], ['n2', 'n3', 'n4', 'n5']] },
    predict(say(1001, 'The network cuts n1 off from the other four nodes. Clients can still reach it.', '网络把 n1 与其他四个节点隔开了。客户端仍然可以连到它。'), {
      ask: { en: 'With CheckQuorum on, what will n1 do, alone?', 'zh-CN': '开启 CheckQuorum 后，被孤立的 n1 会怎么做？' },
      choices: [
        { en: 'Keep leading term 1 until the network heals', 'zh-CN': '继续领导任期 1，直到网络恢复' },
        { en: 'Step down to follower by itself within about an election timeout', 'zh-CN': '在大约一个选举超时内自行退为跟随者' },
        { en: 'Start an election for term 2', 'zh-CN': '发起任期 2 的选举' },
      ],
      answer: 1,
      explain: {
        en: 'CheckQuorum makes a leader count who answered it during each election timeout; with no majority it steps down, so it stops accepting requests it could never commit (thesis 6.2).',
        'zh-CN': 'CheckQuorum 让领导者在每个选举超时内统计有哪些节点回应过它；没有多数节点回应时它就退位，从而不再接受永远无法提交的请求（论文 6.2 节）。',
      },
    }),
    say(1141, 'No follower answered n1 during a whole election timeout, so n1 stepped down by itself: it is a follower of term 1 now. Without CheckQuorum it would go on believing it leads (see stale-leader).', '在整整一个选举超时内没有任何跟随者回应 n1，于是 n1 主动退位：它现在是任期 1 的跟随者。如果没有 CheckQuorum，它会一直以为自己是领导者（参见 stale-leader 场景）。'),
    say(1207, 'Meanwhile the other four stopped hearing heartbeats and elected n4 for term 2.', '与此同时，其他四个节点收不到心跳，选出了任期 2 的领导者 n4。'),
    put(1500, 'c1', 'x', '2', 'n1'),
    say(1522, 'A client sent put x=2 to n1. n1 knows it does not lead and at once answers "etcdserver: no leader", so the client tries another node instead of waiting for a timeout.', '客户端把 put x=2 发给 n1。n1 知道自己不是领导者，立即回复“etcdserver: no leader”，于是客户端改试别的节点，而不必等到超时。'),
    say(1651, 'The client retried at n2, which forwarded the write to n4: x=2 is committed in term 2.', '客户端在 n2 上重试，n2 把写请求转发给 n4：x=2 在任期 2 中提交。'),
    { at: 2200, do: 'heal' },
    say(2242, "The network heals. n1 hears n4's heartbeat of term 2, follows it and receives the entries it missed.", '网络恢复。n1 收到 n4 任期 2 的心跳，跟随它，并收到了自己错过的条目。'),
  ],
});
