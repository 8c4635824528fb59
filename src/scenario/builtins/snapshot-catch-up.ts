// A follower cut off while the others go on writing and compacting their logs (§7): when it
// comes back, the entries it lacks are gone from the leader's log, so the leader sends its
// snapshot (InstallSnapshot, Figure 13) and then the entries after it.

import { defineBuiltin, nodeIds, put, say } from './define';

const WRITES = Array.from({ length: 16 }, (_, i) => put(900 + i * 70, `c${(i % 3) + 1}`, `k${i + 1}`, `v${i + 1}`));

export const snapshotCatchUp = defineBuiltin('snapshot-catch-up', {
  name: { en: 'A lagging follower caught up by a snapshot', 'zh-CN': '落后的跟随者靠快照追上' },
  description: {
    en: 'n1 is cut off while the others commit sixteen writes and compact their logs every ten entries. When n1 returns, the entries it lacks are gone: the leader sends InstallSnapshot with its whole state machine, then the rest of the log.',
    'zh-CN': 'n1 被隔离期间，其他节点提交了十六次写入，并且每十个条目压缩一次日志。n1 回来时，它缺少的条目已经不在了：领导者通过 InstallSnapshot 发送整个状态机，然后发送剩余的日志。',
  },
  seed: 5,
  cluster: { nodes: nodeIds(3), snapshotEntries: 10 },
  until: 4000,
  steps: [
    say(
      257,
      'n3 leads term 1. Every node will snapshot its state machine and drop the log entries the snapshot covers once 10 applied entries follow its last snapshot (the scenario’s snapshotEntries, §7).',
      'n3 成为任期 1 的领导者。每个节点在上次快照之后又应用了 10 个条目时，就会给状态机拍快照，并丢弃快照已覆盖的日志条目（场景的 snapshotEntries，§7）。',
    ),
    put(400, 'c1', 'k0', 'v0'),
    { at: 700, do: 'isolate', node: 'n1' },
    say(701, 'n1 is cut off from the others. Its log ends at index 2. n3 and n2 are still a majority of three: they go on committing.', 'n1 与其他节点断开了。它的日志停在索引 2。n3 和 n2 仍是三个节点中的多数，会继续提交。'),
    ...WRITES,
    say(
      1430,
      'n3 and n2 have applied 10 entries: each took a snapshot of its whole state machine (the MVCC store, leases and client sessions) up to index 10 and dropped entries 1 to 10 from its log. See the snapshot block at the start of their log rows.',
      'n3 和 n2 已经应用了 10 个条目：它们各自给整个状态机（MVCC 存储、租约和客户端会话）拍了截至索引 10 的快照，并从日志中删除了条目 1 到 10。请看它们日志行开头的快照块。',
    ),
    say(2100, 'All sixteen writes are committed, up to index 18, without n1. n1 still holds only index 2; the entries 3 to 10 it lacks no longer exist in any log.', '十六次写入都已提交，直到索引 18，n1 没有参与。n1 仍然只有索引 2；它缺少的条目 3 到 10 已经不在任何日志里了。'),
    { at: 2400, do: 'heal' },
    say(
      2446,
      'The network heals. The leader probed n1 and learned that its log ends at 2; it cannot send entry 3, compacted away, so it sends InstallSnapshot: its snapshot up to index 10 (Figure 13). The message is on its way, drawn as a star, and the log view shows it arriving at n1.',
      '网络恢复。领导者探测 n1 后得知它的日志停在索引 2；条目 3 已被压缩，无法发送，于是领导者发送 InstallSnapshot：它截至索引 10 的快照（图 13）。这条消息正在路上，画成星形，日志视图显示它正在到达 n1。',
    ),
    say(
      2452,
      'n1 installed the snapshot: its store now holds every key up to index 10, and the entries it had (1 and 2) were discarded, as the snapshot covers them. Its log starts after index 10.',
      'n1 安装了快照：它的存储现在拥有截至索引 10 的所有键，原有的条目（1 和 2）被丢弃，因为快照已经覆盖了它们。它的日志从索引 10 之后开始。',
    ),
    say(2500, 'Then the leader sent the entries after the snapshot, 11 to 18, by ordinary AppendEntries. n1 applied them: its store is the same as the leader’s.', '随后领导者用普通的 AppendEntries 发送快照之后的条目 11 到 18。n1 应用了它们：它的存储与领导者的完全相同。'),
  ],
});
