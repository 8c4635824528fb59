// 4. Log repair (§5.3, Figure 7): a follower that missed entries and followers holding
// entries nobody committed are brought in line by the new leader's consistency check,
// with etcd's conflict hint to skip a whole term in one round trip.

import type { Step } from '../../sim/scenario-types';
import { defineBuiltin, nodeIds, put, say } from './define';

/** Four writes accepted by a leader cut off with n2 only: they can never commit. */
function staleWrites(at: number): Step[] {
  return ['c2', 'c3', 'c4', 'c5'].map((client, i) => put(at, client, 'c', `${i + 1}`, 'n1'));
}

export const logRepair = defineBuiltin('log-repair', {
  name: { en: 'Log repair: missing and conflicting entries', 'zh-CN': '日志修复：缺失与冲突的条目' },
  description: {
    en: 'Crashes and a partition leave followers with missing entries and with entries nobody committed, as in Figure 7 of the Raft paper. Watch the new leader find where each log matches its own, using the AppendEntries consistency check and the conflict hint, and overwrite the rest (§5.3).',
    'zh-CN': '宕机和网络分区让一些跟随者缺少条目，另一些则持有从未提交的条目，正如 Raft 论文图 7 所示。观察新的领导者如何借助 AppendEntries 的一致性检查和冲突提示，找到每个日志与自己一致的位置，并覆盖其余部分（§5.3）。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(5), checkQuorum: false },
  until: 2500,
  steps: [
    put(500, 'c1', 'a', '1'),
    { at: 700, do: 'crash', node: 'n5' },
    put(800, 'c1', 'b', '2'),
    say(865, 'n1 leads term 1. n5 crashed before b=2, so its log lacks index 3, like followers (a) and (b) of Figure 7.', 'n1 是任期 1 的领导者。n5 在 b=2 之前宕机，因此它的日志缺少索引 3，就像图 7 中的跟随者 (a) 和 (b)。'),
    { at: 1000, do: 'partition', groups: [['n1', 'n2'], ['n3', 'n4', 'n5']] },
    { at: 1000, do: 'restart', node: 'n5' },
    ...staleWrites(1050),
    say(1100, 'The network splits. n1 still believes it leads (CheckQuorum is off here) and accepts four writes. Only n2 stores them: indexes 4 to 7 of term 1 can never be committed, like the extra entries of followers (c) and (d).', '网络分区了。n1 仍认为自己是领导者（这里关闭了 CheckQuorum），并接受了四次写入。只有 n2 存储了它们：任期 1 的索引 4 到 7 永远无法提交，就像跟随者 (c) 和 (d) 多出来的条目。'),
    say(1234, 'n3 won term 2 on the majority side. Its first AppendEntries to n5 said "the entry before these is index 3 of term 1". n5 has no index 3, so it refused and hinted at its last index, 2. n3 resent from index 3, and n5 caught up: the consistency check (§5.3).', 'n3 在多数派一侧赢得任期 2。它发给 n5 的第一条 AppendEntries 说明“前一个条目是任期 1 的索引 3”。n5 没有索引 3，于是拒绝并提示自己的最后索引是 2。n3 从索引 3 开始重发，n5 就追上了：这就是一致性检查（§5.3）。'),
    put(1500, 'c1', 'd', '4', 'leader'),
    say(1550, 'n3 committed d=4 at index 5 with n4 and n5. Index 4 holds its term-2 no-op. So index 4 now has term 1 on n1 and n2, but term 2 on n3, n4 and n5.', 'n3 与 n4、n5 一起在索引 5 提交了 d=4。索引 4 是它任期 2 的空操作。于是索引 4 在 n1、n2 上是任期 1，而在 n3、n4、n5 上是任期 2。'),
    { at: 1800, do: 'crash', node: 'n3' },
    { at: 1800, do: 'heal' },
    say(1801, 'The network heals and n3 crashes. n1 will learn of term 2 and step down. Who can lead next? Only n4 or n5: n1 and n2 end their logs with term 1, which is older (§5.4.1).', '网络恢复，n3 宕机。n1 会得知任期 2 并退位。接下来谁能当领导者？只有 n4 或 n5：n1 和 n2 日志的最后一条是任期 1，更旧（§5.4.1）。'),
    say(2041, 'n5 leads term 3. Like a new leader in Figure 7, it assumes every follower has its whole log, and sends its no-op "after index 5 of term 2".', 'n5 成为任期 3 的领导者。和图 7 中新的领导者一样，它先假定每个跟随者都拥有自己的全部日志，发送空操作时说明“前一个条目是任期 2 的索引 5”。'),
    say(2055, 'n1 refused: its index 5 has term 1. Its answer carries a hint: "my entries up to index 5 have term 1 or older". The leader skips back to its own last entry of term 1, index 3, in one step instead of one index per round trip.', 'n1 拒绝了：它的索引 5 是任期 1。它的回复带有提示：“我直到索引 5 的条目任期都不超过 1”。领导者一步退回到自己最后一条任期 1 的条目，即索引 3，而不是每次往返只退一个索引。'),
    say(2067, 'Index 3 matches, so n1 and n2 deleted their entries from index 4 on and took the leader\'s (Figure 2, AppendEntries rule 3). The four term-1 writes are gone from every log: they were never committed, and their clients have had no answer.', '索引 3 一致，于是 n1 和 n2 删除了从索引 4 开始的条目，换成领导者的条目（图 2，AppendEntries 规则 3）。那四次任期 1 的写入从所有日志中消失了：它们从未提交，客户端也还没有得到任何应答。'),
    { at: 2100, do: 'restart', node: 'n3' },
    say(2330, 'The four clients waited in vain for n1, timed out and retried at another node. Their writes are now committed in term 3, each exactly once: the servers remember which requests they applied (§8).', '四个客户端在 n1 上白白等待，超时后改向另一个节点重试。它们的写入现在在任期 3 中提交，而且每个只执行一次：服务器会记住已经应用过哪些请求（§8）。'),
  ],
});
