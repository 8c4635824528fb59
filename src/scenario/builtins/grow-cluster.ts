// Growing a cluster from three nodes to five, one server at a time (Raft thesis chapter 4,
// etcd's member add / promote): a learner catches up from the leader's snapshot and log
// without counting for the majority, then is promoted; a fifth node joins as a voter.

import { defineBuiltin, nodeIds, put, say } from './define';

export const growCluster = defineBuiltin('grow-cluster', {
  name: { en: 'Growing a cluster from 3 to 5 nodes', 'zh-CN': '把集群从 3 个节点扩到 5 个' },
  description: {
    en: 'A three-node cluster grows to five, one change at a time through the log. n4 joins as a learner: it catches up from the leader’s snapshot and log but never votes, then it is promoted. n5 joins directly as a voter.',
    'zh-CN': '三节点集群通过日志一次变更一个节点，扩到五个节点。n4 先以学习者身份加入：它靠领导者的快照和日志追上进度，但从不投票，之后被提升为投票成员。n5 直接以投票成员身份加入。',
  },
  seed: 3,
  cluster: { nodes: nodeIds(3), snapshotEntries: 5 },
  until: 4000,
  steps: [
    say(
      237,
      'n1 leads term 1. The configuration has three voters, n1, n2 and n3: a majority is 2. Each node compacts its log into a snapshot every 5 applied entries.',
      'n1 成为任期 1 的领导者。当前配置有三个投票成员 n1、n2、n3：多数派是 2。每个节点每应用 5 个条目就把日志压缩成一次快照。',
    ),
    put(400, 'c1', 'a', '1'),
    put(500, 'c2', 'b', '2'),
    put(600, 'c3', 'c', '3'),
    put(700, 'c1', 'd', '4'),
    put(800, 'c2', 'e', '5'),
    put(900, 'c3', 'f', '6'),
    say(1000, 'Six writes are committed. Every node has compacted entries 1 to 5 into a snapshot: the block at the start of each log row.', '六次写入都已提交。每个节点都把条目 1 到 5 压缩成了快照：就是每行日志开头的那个块。'),
    { at: 1200, do: 'add-node', node: 'n4', learner: true },
    say(
      1201,
      'The operator adds n4 as a learner (etcdctl member add --learner). The leader appends the change to its log as a conf entry; it takes effect on each node when that node applies it. n4 starts empty: no log and no configuration.',
      '运维人员把 n4 作为学习者加入（etcdctl member add --learner）。领导者把这次变更作为配置条目追加到日志中；每个节点应用这个条目时，变更才在该节点上生效。n4 从空白开始：没有日志，也没有配置。',
    ),
    say(
      1250,
      'The change was committed and applied on the leader: n4 is a learner, drawn with a dashed outline. Knowing no configuration, n4 asked for the leader’s snapshot: InstallSnapshot up to index 5 is on its way.',
      '变更已提交并在领导者上生效：n4 成为学习者，用虚线轮廓表示。n4 不知道任何配置，于是向领导者索要快照：截至索引 5 的 InstallSnapshot 正在路上。',
    ),
    say(
      1300,
      'n4 installed the snapshot (the store, leases and client sessions up to index 5), then received entries 6 to 8. A learner gets the log but never votes, never campaigns and does not count for the majority: still 2 of 3.',
      'n4 安装了快照（截至索引 5 的存储、租约和客户端会话），然后收到了条目 6 到 8。学习者接收日志，但从不投票、从不竞选，也不计入多数派：多数派仍是 3 个中的 2 个。',
    ),
    { at: 2000, do: 'promote', node: 'n4' },
    say(
      2001,
      'n4 has caught up, so it may be promoted (etcd refuses to promote a learner whose log is not within 90% of the leader’s). The leader proposes the promotion: one change at a time, never a second before the first is applied.',
      'n4 已经追上，因此可以被提升（如果学习者的日志不到领导者的 90%，etcd 会拒绝提升）。领导者提出这次提升：一次只做一个变更，前一个变更应用之前绝不提出第二个。',
    ),
    say(
      2030,
      'n4 is a voter: four voters, a majority is 3. Each change adds or removes one voter, so every majority of the old configuration overlaps every majority of the new one, and two leaders can never be elected in one term (thesis 4.1).',
      'n4 成为投票成员：共有四个投票成员，多数派是 3。每次变更只增加或移除一个投票成员，所以旧配置的任何多数派都与新配置的任何多数派有交集，同一任期内不可能选出两个领导者（博士论文 4.1 节）。',
    ),
    { at: 2600, do: 'add-node', node: 'n5' },
    say(
      2601,
      'n5 joins directly as a voter. As soon as the change applies it counts for the majority while it still holds nothing; had two nodes been down, the cluster would stall until n5 caught up. That is why etcd advises adding a learner first.',
      'n5 直接以投票成员身份加入。变更一生效，它就计入多数派，尽管它还什么都没有；如果此时有两个节点宕机，集群就会停顿，直到 n5 追上为止。这就是 etcd 建议先以学习者身份加入的原因。',
    ),
    say(2650, 'n5 caught up from the leader’s newest snapshot, up to index 10: the leader compacted again when it applied the change.', 'n5 依靠领导者最新的快照（截至索引 10）追上了进度：领导者在应用这次变更时又做了一次压缩。'),
    put(3200, 'c1', 'g', '7'),
    say(3260, 'Five voters, a majority of 3: the write g=7 is committed at index 11 and applied on all five nodes.', '五个投票成员，多数派为 3：写入 g=7 在索引 11 上提交，并在全部五个节点上应用。'),
  ],
});
