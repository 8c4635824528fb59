// 7b. The prevote scenario with PreVote off: the returning node's inflated term deposes
// the leader (the disruption thesis 9.6 describes and PreVote prevents).

import type { Builtin } from './define';
import { defineBuiltin, predict, say } from './define';
import { rejoiningNode, sharedStart } from './prevote';

export const prevoteOff: Builtin = defineBuiltin('prevote-off', {
  name: { en: 'Without PreVote: a returning node disrupts the leader', 'zh-CN': '没有预投票：重新加入的节点扰乱领导者' },
  description: {
    en: 'The prevote scenario with PreVote off. The cut-off follower raises its term at every timeout; when it comes back, its high term makes the healthy leader step down and the cluster spends several hundred milliseconds without a leader (thesis 9.6).',
    'zh-CN': '关闭预投票的 prevote 场景。被隔离的跟随者每次超时都会提升任期；它回来时，过高的任期迫使健康的领导者退位，集群有几百毫秒没有领导者（论文 9.6 节）。',
  },
  ...rejoiningNode(false, [
    ...sharedStart(false),
    say(697, 'n3 timed out and became a candidate of term 2. Nobody can hear it, so it will time out again and again, one term higher each time.', 'n3 超时后成为任期 2 的候选人。没有节点能收到它的请求，所以它会一次又一次地超时，每次任期加一。'),
    say(1069, 'The other four commit x=1 at index 2 without n3.', '其他四个节点在没有 n3 的情况下于索引 2 提交了 x=1。'),
    predict(say(2226, 'n3 has reached term 9, while the rest of the cluster is still in term 1.', 'n3 的任期已经到了 9，而集群其他节点仍处于任期 1。'), {
      ask: { en: 'The network heals at 2.5 s. Will n1 still be the leader afterwards?', 'zh-CN': '网络在 2.5 秒时恢复。之后 n1 还会是领导者吗？' },
      choices: [
        { en: 'Yes, n1 keeps leading term 1', 'zh-CN': '会，n1 继续领导任期 1' },
        { en: 'No, n3 takes over', 'zh-CN': '不会，n3 接管' },
        { en: 'No, there is a new election and someone else wins', 'zh-CN': '不会，重新选举后由别的节点获胜' },
      ],
      answer: 2,
      explain: {
        en: "n3's higher term makes n1 step down (Figure 2: a higher term always wins), but n3's log lacks x=1, so nobody votes for it (§5.4.1). Another node wins a term above n3's.",
        'zh-CN': 'n3 更高的任期迫使 n1 退位（图 2：更高的任期总是优先），但 n3 的日志缺少 x=1，没有节点投票给它（§5.4.1）。最终由另一个节点在比 n3 更高的任期中获胜。',
      },
    }),
    say(2523, 'The network heals. The vote request of n3 for term 10 reaches the others. A higher term makes every node step down to follower (Figure 2), so n1 stops leading. Yet nobody votes for n3: its log lacks x=1 (§5.4.1).', '网络恢复。n3 在任期 10 的投票请求到达其他节点。更高的任期使所有节点退为跟随者（图 2），于是 n1 不再是领导者。但没有节点投票给 n3：它的日志缺少 x=1（§5.4.1）。'),
    say(2933, 'After two terms without a leader, n4 wins term 12. The cluster had no leader for about 400 ms, only because one node came back. PreVote prevents exactly this (see the prevote scenario).', '经过两个没有领导者的任期后，n4 赢得了任期 12。仅仅因为一个节点回来，集群就有约 400 毫秒没有领导者。预投票正是为了避免这种情况（参见 prevote 场景）。'),
    say(3042, 'x=2 is committed, in term 12.', 'x=2 在任期 12 中提交。'),
  ]),
});
