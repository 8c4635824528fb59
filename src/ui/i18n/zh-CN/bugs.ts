import type { bugs as en } from '../en/bugs';

export const bugs: typeof en = {
  open: '破坏规则…',
  openTitle: '打开一个破坏 Raft 某条规则的缺陷，并搜索一次出错的运行',
  title: '故意破坏一条规则',
  intro: '每个开关让引擎破坏一条规则，让你看到这条规则防止了什么。“应用”会以同样的步骤从 0 毫秒重新开始运行。打开开关后，“寻找反例”会尝试许多生成的运行，直到检查器发现被破坏的规则，并载入最短的出错运行。',
  rule: '被破坏的规则：',
  danger: '可能出现的问题：',
  apply: '应用并重新开始',
  close: '关闭',
  find: '寻找反例',
  findOff: '请先打开这个缺陷',
  searching: '正在为 {{bug}} 寻找反例',
  progress: '种子 {{tried}} / {{seeds}}',
  shrinking: '已找到；正在把它缩减为简短的运行（第 {{runs}} 次运行）',
  cancel: '取消搜索',
  cancelled: '搜索已在尝试 {{tried}} 个种子后取消。',
  none: '在 {{tried}} 个种子中没有发现违反。',
  failed: '搜索失败：{{message}}',
  loaded: '已载入反例：{{property}} 被破坏。',
  items: {
    'commit-old-term': {
      rule: '领导者通过统计副本数提交更早任期的条目（§5.4.2，图 8）。',
      danger: '已提交的条目被后来的领导者覆盖：领导者完整性、状态机安全性。',
    },
    'forget-vote': {
      rule: 'votedFor 没有持久化：重启的节点会忘记自己投票给了谁（图 2）。',
      danger: '同一任期内投出两票，同一任期出现两个领导者。',
    },
    'skip-vote-log-check': {
      rule: '投票时不检查候选人的日志是否至少一样新（§5.4.1）。',
      danger: '领导者缺少已提交的条目：领导者完整性。',
    },
    'skip-append-check': {
      rule: '跟随者追加条目时不核对 prevLogIndex 和 prevLogTerm（图 2，AppendEntries 第 2 步）。',
      danger: '相同的条目之下日志却不同：日志匹配性。',
    },
    'stale-leader-read': {
      rule: '领导者不确认自己仍是领导者，就用自己的状态回答线性一致读（§8，ReadIndex）。',
      danger: '已被取代的领导者返回过期的值：客户端历史不可线性化。',
    },
    'keep-commit-on-restart': {
      rule: '没有：提交索引在崩溃后得以保留。',
      danger: '没有问题。搜索找不到违反，因为根本不存在违反。',
    },
  },
  safe: 'keep-commit-on-restart 没有破坏任何规则，所以不存在反例。etcd 本身就把提交索引保存在 HardState 中，重启后依然保留。提交索引只表示它之前的条目都已提交，而已提交的条目会一直留在之后每个领导者的日志中（领导者完整性）：记住它永远不会出错。论文的模型之所以忘掉它，只是因为总能从领导者那里重新得知。',
  banner: {
    label: '故意破坏',
    bugs: '本次运行故意破坏了 Raft 的一条规则：{{bugs}}。',
    found: '来自种子 {{seed}} 的反例（尝试了 {{tried}} 个种子，从 {{from}} 步缩减到 {{to}} 步）：{{property}} 被违反。',
    hint: '播放或单步查看；“复制链接”可以分享它。',
    change: '修改…',
  },
};
