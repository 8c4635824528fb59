import type { checks as en } from '../en/checks';

export const checks: typeof en = {
  status: {
    ok: '检查通过',
    okTitle: '安全检查器已读取到目前为止的全部 {{count}} 个事件，没有发现问题。客户端历史：{{lin}}',
    violated_one: '{{count}} 处安全性违反',
    violated_other: '{{count}} 处安全性违反',
    show: '查看',
  },
  lin: {
    'not-checked': '尚未检查（每次暂停播放时检查）',
    ok: '可线性化（已判定 {{calls}} 个键值调用中的 {{checked}} 个；超时的写入按集群实际应用的结果判定）',
    violated: '不可线性化',
    inconclusive: '无法判定：搜索用完了步数预算（{{calls}} 个调用）',
  },
  linInconclusive: '历史：无法判定',
  linJudged: '已判定 {{checked}}/{{calls}}',
  linPartial: '{{calls}} 个键值调用中只有 {{checked}} 个能被判定：其余的涉及租约或选举写入的键，或从未得到应答',
  opening: {
    text: '正在打开第 {{time}} 秒的运行：从头重放中…… {{percent}}%',
  },
  diverged: {
    badge: '回放在 {{at}} 毫秒处与原运行不一致：{{detail}}',
    note: '——从那里起，视图显示的可能是没有发生过的过去（这是本工具的缺陷）。',
    title: '回到过去会从检查点重新回放这次运行。在 {{at}} 毫秒（第 {{index}} 个事件）处，回放产生的事件与记录的不同，因此从那里起视图显示的可能是没有发生过的过去。这是本工具的缺陷：请附上分享链接报告。差异：{{detail}}',
  },
  card: {
    title: '一条安全性质被破坏了',
    label: '安全性违反',
    broken: '被破坏的性质：{{property}}',
    rule: '规则',
    events: '破坏它的事件（点击跳转）',
    detail: '检查器的详细说明',
    bugs: '本场景打开了这些缺陷：{{bugs}}。正确的 Raft 绝不会这样。',
    noBugs: '没有打开任何缺陷：这将是引擎中的真实缺陷。',
    hide: '收起',
    ahead: '当前位置在这次违反之前；它发生在 {{t}} 毫秒。',
    more_one: '另有 {{count}} 处违反',
    more_other: '另有 {{count}} 处违反',
    previous: '上一个',
    next: '下一个',
    counter: '第 {{n}} 个，共 {{total}} 个',
  },
  property: {
    'Election Safety': {
      name: '选举安全性',
      rule: '同一任期内最多只能选出一个领导者（§5.2，图 3）。这里有两个节点在同一任期内都成为了领导者。',
    },
    'Leader Append-Only': {
      name: '领导者只追加',
      rule: '领导者从不覆盖或删除自己日志中的条目，只追加新条目（§5.3，图 3）。',
    },
    'Log Matching': {
      name: '日志匹配',
      rule: '如果两份日志在同一索引处有任期相同的条目，那么该处的命令相同，并且之前的所有条目也完全相同（§5.3，图 3）。',
    },
    'Leader Completeness': {
      name: '领导者完整性',
      rule: '某个任期内已提交的条目，一定出现在之后每个任期的领导者日志中（§5.4，图 3）。这里新的领导者缺少一个已提交的条目。',
    },
    'State Machine Safety': {
      name: '状态机安全性',
      rule: '一旦某个节点在某个索引处应用了一个条目，任何节点都不会在该索引处应用不同的条目（§5.4.3，图 3）。这里不同的节点会给客户端不同的答案。',
    },
    'Term Monotonicity': {
      name: '任期只增不减',
      rule: '节点的当前任期从不减小；它保存在磁盘上，宕机也不会丢失（图 2，持久化状态）。',
    },
    'One Vote Per Term': {
      name: '每个任期只投一票',
      rule: '节点在一个任期内最多投票给一个候选人，并在回复前把选票存盘，所以重启也不会忘记（图 2，RequestVote；§5.2）。',
    },
    'Commit Monotonicity': {
      name: '提交索引只增不减',
      rule: '节点运行期间，它的提交索引从不后退：已提交的就一直是已提交的（图 2，commitIndex）。',
    },
    'Apply Committed Only': {
      name: '只应用已提交的条目',
      rule: '节点只有在知道条目已提交之后，才把它应用到状态机（图 2：lastApplied ≤ commitIndex）。',
    },
    Linearizability: {
      name: '线性一致性',
      rule: '每个客户端操作都必须看起来在其调用与应答之间的某一瞬间生效，就像只有一份数据一样（etcd 对除可串行化读以外的操作都保证这一点）。没有任何这样的顺序能解释这些应答。',
    },
  },
};
