import type { members as en } from '../en/members';

export const members: typeof en = {
  add: '添加节点',
  addTitle: '把 {{node}} 作为投票成员加入：领导者通过日志提出这次变更（一次只变更一个）；{{node}} 从空白开始，靠领导者的快照和日志追上进度。',
  addLearner: '添加学习者',
  addLearnerTitle: '把 {{node}} 作为学习者加入：它接收日志，但在被提升之前从不投票、从不竞选，也不计入多数派。',
  why: {
    ended: '运行已达到场景允许的最长时间：请保存后新建场景。',
    noLeader: '当前没有领导者来提出成员变更。',
    full: '一个集群最多 9 个成员。',
    ids: '这个场景可用的节点编号已经用完（最多 16 个）。',
  },
  menu: {
    title: '成员变更',
    promote: '提升为投票成员',
    remove: '从集群中移除',
    noLeader: '没有领导者来提出变更',
    ended: '运行已达到最长时间',
  },
  config: {
    label: '成员配置',
    voters: '投票成员 {{list}}',
    learners: '学习者 {{list}}',
    noLearners: '没有学习者',
    majority: '多数派 {{count}}/{{voters}}',
    joining: '正在加入 {{list}}',
    title: '领导者当前的成员配置：谁投票并计入多数派，谁只接收日志。成员变更通过日志一次变更一个节点（Raft 博士论文第 4 章）。',
    none: '没有领导者：成员配置未知',
  },
  snapshotMessage: '快照 ≤ {{index}}',
  learner: '学习者',
  incomingShort: '⇣ 快照 ≤ {{index}} 正在到达',
  incoming: 'InstallSnapshot ≤ {{index}} 传输中',
  incomingTitle: '领导者正在发送截至索引 {{index}} 的状态机快照：这个节点需要的日志条目已被压缩（§7）。',
  stepRefused: '{{step}} 步骤没有生效：{{reason}}',
};
