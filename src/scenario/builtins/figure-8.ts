// 5. Figure 8 of the Raft paper (§5.4.2), made to really happen: an entry of an earlier
// term is stored on a majority, its leader knows it and still does not commit it, and a
// later leader overwrites it. The steps follow the figure's (a)-(d) with n1..n5 as S1..S5.
//
// One detail of this engine (and etcd) makes the danger rare: a new leader appends a no-op
// of its own term (§8) and sends it together with the old entries, which then commit with
// it. The no-op can only be held back when the old entries fill a whole append message
// (16 entries here). So n3 is kept exactly 16 entries behind, and the link n1 -> n3 breaks
// right after that message: the old entry arrives, the no-op does not.

import type { Step } from '../../sim/scenario-types';
import { defineBuiltin, nodeIds, predict, put, say } from './define';

/** Fifteen writes committed while n3 is down (indexes 2 to 16), so it lags by exactly 16 entries. */
function fillerWrites(at: number): Step[] {
  return Array.from({ length: 15 }, (_, i) => put(at, 'c1', `k${i + 1}`, `${i + 1}`, 'n1'));
}

/** (a) and (b): x=E reaches only n1 and n2; n5 wins term 2 and keeps its own index 17 to itself. */
const oldTermEntry: Step[] = [
  { at: 1500, do: 'restart', node: 'n3' },
  { at: 1500, do: 'partition', groups: [['n1', 'n2'], ['n3', 'n4', 'n5']] },
  put(1500, 'c2', 'x', 'E', 'n1'),
  say(1519, '(a) The network splits. A client writes x=E through n1: index 17, term 1. Only n1 and n2 store it, so it is not committed. Then the client goes away, so nobody retries it.', '(a) 网络分区。客户端通过 n1 写入 x=E：索引 17，任期 1。只有 n1 和 n2 存了它，因此它没有被提交。随后客户端离开，没有人会重试这次写入。'),
  { at: 1530, do: 'client-crash', client: 'c2' },
  { at: 1550, do: 'crash', node: 'n1' },
  { at: 1560, do: 'timeout', node: 'n5' },
  { at: 1617, do: 'isolate', node: 'n5' },
  { at: 1618, do: 'crash', node: 'n5' },
  say(1619, '(b) n1 crashed. n5 won term 2 with votes from n3 and n4 and wrote its own entry at index 17 (its term-2 no-op). It was cut off and crashed before sending it to anyone.', '(b) n1 宕机。n5 凭 n3、n4 的选票赢得任期 2，并在索引 17 写入了自己的条目（任期 2 的空操作）。它在发送给任何节点之前就被隔离并宕机了。'),
];

/** (c): n1 leads term 3 and brings n3 up to index 17; its own no-op stays on n1 and n2. */
const majorityNotCommitted: Step[] = [
  { at: 1700, do: 'crash', node: 'n4' },
  { at: 1700, do: 'heal' },
  { at: 1700, do: 'restart', node: 'n1' },
  { at: 1710, do: 'timeout', node: 'n1' },
  predict(say(1976, '(c) n1 restarted and won term 3 with votes from n2 and n3 (n4 is down). It appended its no-op at index 18 and is repairing n3, which is missing indexes 2 to 17.', '(c) n1 重启后凭 n2、n3 的选票赢得任期 3（n4 已宕机）。它在索引 18 追加了自己的空操作，并开始修复缺少索引 2 到 17 的 n3。'), {
    ask: { en: 'n1 will now copy x=E (index 17, term 1) to n3, so that a majority stores it. Will n1 then commit x=E?', 'zh-CN': 'n1 接下来会把 x=E（索引 17，任期 1）复制到 n3，使多数节点存有它。之后 n1 会提交 x=E 吗？' },
    choices: [
      { en: 'Yes: a majority stores it', 'zh-CN': '会：多数节点已存有它' },
      { en: 'No: it is an entry of an older term', 'zh-CN': '不会：它是旧任期的条目' },
    ],
    answer: 1,
    explain: {
      en: 'A leader commits by counting replicas only entries of its own term (§5.4.2). An older entry commits only under a later entry of the current term, here the term-3 no-op, which has not reached a majority.',
      'zh-CN': '领导者只对自己任期的条目通过统计副本数来提交（§5.4.2）。旧任期的条目只能随着当前任期的后续条目一起提交，这里就是任期 3 的空操作，而它还没有到达多数节点。',
    },
  }),
  { at: 2017, do: 'link', from: 'n1', to: 'n3', state: 'down' },
  say(2031, 'x=E (index 17, term 1) is now on n1, n2 and n3: a majority, and n1 knows it. Still n1 does not commit it: a leader commits by counting replicas only entries of its own term (§5.4.2). Its term-3 no-op reached only n2 before the link n1→n3 broke.', 'x=E（索引 17，任期 1）现在存在于 n1、n2、n3 上，已是多数派，n1 也知道这一点。但 n1 仍然不提交它：领导者只通过统计副本数来提交自己任期的条目（§5.4.2）。它任期 3 的空操作在 n1→n3 链路断开前只到达了 n2。'),
];

/** (d): n5 wins term 4 and overwrites index 17 everywhere; nothing committed is lost. */
const overwritten: Step[] = [
  { at: 2050, do: 'crash', node: 'n1' },
  { at: 2050, do: 'restart', node: 'n4' },
  { at: 2050, do: 'restart', node: 'n5' },
  { at: 2055, do: 'timeout', node: 'n5' },
  { at: 2100, do: 'timeout', node: 'n5' },
  say(2147, '(d) n1 crashed again. n5 won term 4 with votes from n3 and n4: its last entry has term 2, newer than their term 1 (§5.4.1). n2 refused: its last entry has term 3.', '(d) n1 再次宕机。n5 凭 n3、n4 的选票赢得任期 4：它最后一条日志的任期是 2，比它们的任期 1 更新（§5.4.1）。n2 拒绝了：它最后一条日志的任期是 3。'),
  say(2181, 'n5 overwrote index 17 on n2 and n3 with its own term-2 entry. x=E was on a majority; now only the crashed n1 still has it. Had n1 committed it in (c), a committed entry would now be lost; because it was not, nothing committed is lost.', 'n5 用自己任期 2 的条目覆盖了 n2、n3 上的索引 17。x=E 曾存在于多数节点上，现在只有已宕机的 n1 还保留着它。如果 n1 在 (c) 中提交了它，一个已提交的条目就会丢失；正因为没有提交，没有任何已提交的数据丢失。'),
  say(2186, 'n5 committed its term-4 no-op by counting, and with it every entry before it, including its term-2 entry at index 17. Older entries commit only this way: indirectly, under an entry of the current term.', 'n5 通过统计副本数提交了任期 4 的空操作，同时也提交了它之前的所有条目，包括索引 17 上任期 2 的条目。旧任期的条目只能这样间接提交：随当前任期的条目一起提交。'),
  { at: 2300, do: 'heal' },
  { at: 2300, do: 'restart', node: 'n1' },
  put(2500, 'c1', 'x', 'F'),
];

export const figure8 = defineBuiltin('figure-8', {
  name: { en: 'Figure 8: why old-term entries are not committed by counting', 'zh-CN': '图 8：为什么不能靠计数提交旧任期的条目' },
  description: {
    en: 'The situation of Figure 8 in the Raft paper, step by step: an entry of term 1 reaches a majority under the leader of term 3, is not committed, and is then overwritten by the leader of term 4. Try it again with the bug commit-old-term in cluster.bugs: n1 commits it, and the checker reports the lost committed entry.',
    'zh-CN': '一步步重现 Raft 论文图 8 的情形：任期 1 的条目在任期 3 的领导者手中到达了多数节点，但没有被提交，随后被任期 4 的领导者覆盖。在 cluster.bugs 中打开 commit-old-term 再试一次：n1 会提交它，检查器会报告这个丢失的已提交条目。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(5), checkQuorum: false },
  until: 3000,
  steps: [
    say(0, 'Five nodes, n1 to n5, play S1 to S5 of Figure 8. Watch index 17 of every log.', '五个节点 n1 到 n5 扮演图 8 中的 S1 到 S5。请关注每个日志的索引 17。'),
    { at: 300, do: 'crash', node: 'n3' },
    ...fillerWrites(400),
    say(301, 'n1 leads term 1. n3 crashes; while it is down, n1 will commit 15 writes (indexes 2 to 16) with n2, n4 and n5.', 'n1 是任期 1 的领导者。n3 宕机；在它宕机期间，n1 将与 n2、n4、n5 一起提交 15 次写入（索引 2 到 16）。'),
    ...oldTermEntry,
    ...majorityNotCommitted,
    ...overwritten,
    say(2342, 'n1 rejoins as a follower and its index 17 is replaced too. With the bug commit-old-term on, n1 would have committed x=E in (c), and the checker would report State Machine Safety broken here.', 'n1 以跟随者身份重新加入，它的索引 17 也被替换。若打开 commit-old-term 缺陷，n1 会在 (c) 中提交 x=E，检查器会在这里报告状态机安全性被破坏。'),
  ],
});
