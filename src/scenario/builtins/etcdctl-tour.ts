// 17. etcd through etcdctl: the story is typed at the etcdctl console (etcdctl steps, a
// scenario extension), so a learner sees the commands etcd users type and etcd's own
// answers, while the views show what each one does inside Raft: a write is a log entry,
// a watch event leaves the store when the entry is applied, a lease expires through the
// log (etcd lessor.go), and etcdctl waits its 5 s command timeout for a dead endpoint.

import type { Step } from '../../sim/scenario-types';
import { defineBuiltin, nodeIds, predict, say } from './define';

/** A line typed at the console, on endpoint `node` (default: the console's first node). */
function typed(at: number, line: string, node?: string): Step {
  return node === undefined ? { at, do: 'etcdctl', client: 'etcdctl', line } : { at, do: 'etcdctl', client: 'etcdctl', line, node };
}

export const etcdctlTour = defineBuiltin('etcdctl-tour', {
  name: { en: 'etcd through etcdctl: put, watch, lease, endpoint status', 'zh-CN': '用 etcdctl 认识 etcd：put、watch、租约与 endpoint status' },
  description: {
    en: 'The commands of this story are typed at the etcdctl console, exactly as you would type them against a real etcd: a put, a get in JSON, a watch on a prefix, a key on a lease that expires, member list and endpoint status, before and after the leader crashes. The etcdctl tab prints etcd\'s answers; the logs and the store show what each command does inside Raft.',
    'zh-CN': '这个故事里的命令都是在 etcdctl 控制台中输入的，和你对真实 etcd 输入的一模一样：一次 put、一次 JSON 格式的 get、对前缀的 watch、绑定在会过期的租约上的键、member list 和 endpoint status（领导者宕机前后各一次）。etcdctl 标签页显示 etcd 的应答；日志和存储视图显示每条命令在 Raft 内部做了什么。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(3) },
  until: 15000,
  steps: [
    say(0, 'Everything in this story is typed at the etcdctl console (the etcdctl tab). Each line runs when the run reaches it, as etcdctl would run it against a three-node etcd.', '这个故事的所有操作都是在 etcdctl 控制台（etcdctl 标签页）中输入的。每一行在运行到它的时刻执行，就像 etcdctl 对一个三节点 etcd 执行一样。'),
    typed(500, 'put app/greeting hello'),
    say(536, 'put printed OK only after the leader n1 had the entry in a majority of logs, committed it and applied it: see entry 2 in every log. In etcd a write is a Raft log entry; it made store revision 2.', 'put 只有在领导者 n1 把这个条目写入多数节点的日志、提交并应用之后才打印 OK：请看每个日志中的条目 2。在 etcd 中，一次写入就是一条 Raft 日志条目；它产生了存储修订版本 2。'),
    typed(700, 'get app/greeting -w json'),
    say(742, '-w json prints etcd\'s own response: a header with cluster_id, member_id, revision 2 and raft_term 1, and the key and value in base64 (YXBwL2dyZWV0aW5n is app/greeting). create_revision 2, mod_revision 2, version 1.', '-w json 打印 etcd 自己的应答：包含 cluster_id、member_id、修订版本 2 和 raft_term 1 的响应头，以及 base64 编码的键和值（YXBwL2dyZWV0aW5n 就是 app/greeting）。create_revision 2，mod_revision 2，version 1。'),
    typed(900, 'watch --prefix app/'),
    typed(1000, 'put app/greeting 你好'),
    say(1043, 'The watch on the prefix app/ streams: it printed PUT app/greeting and the new value even before the put\'s own OK, because the event leaves the store when the leader applies the entry. Values are bytes; UTF-8 text is fine. Revision 3.', '对前缀 app/ 的 watch 会持续输出：它甚至在 put 自己的 OK 之前就打印了 PUT app/greeting 你好，因为领导者应用该条目时事件就从存储发出了。值是字节串，UTF-8 文本没有问题。修订版本 3。'),
    typed(1200, 'lease grant 5'),
    typed(1300, 'put app/session alive --lease=f4241'),
    predict(say(1342, 'A lease of 5 seconds (id f4241) now holds app/session, created at revision 4. Nobody sends keep-alives for it.', '一个 5 秒的租约（id 为 f4241）现在绑定着 app/session，它创建于修订版本 4。没有人为这个租约发送续约。'), {
      ask: { en: 'What happens to app/session about 5 seconds after the lease was granted?', 'zh-CN': '租约授予大约 5 秒之后，app/session 会怎样？' },
      choices: [
        { en: 'Nothing: it stays until a client deletes it', 'zh-CN': '什么也不会发生：它会一直存在，直到有客户端删除它' },
        { en: 'The leader revokes the lease through the log: every node deletes the key and the watch prints DELETE', 'zh-CN': '领导者通过日志撤销租约：每个节点都删除这个键，watch 打印 DELETE' },
        { en: 'Each node deletes it by its own clock, at slightly different moments', 'zh-CN': '每个节点按自己的时钟删除它，时刻略有不同' },
      ],
      answer: 1,
      explain: {
        en: 'Only the leader\'s lessor counts lease time. When a lease runs out it proposes a revoke, which is committed and applied like any write, so every node deletes the key at the same log index, and the delete is a new revision (etcd lessor.go).',
        'zh-CN': '只有领导者上的 lessor 计算租约时间。租约到期时，它提议一次撤销，这次撤销像任何写入一样被提交和应用，所以每个节点都在同一个日志索引处删除该键，而且这次删除是一个新的修订版本（etcd lessor.go）。',
      },
    }),
    typed(2000, 'member list -w table'),
    say(2001, 'member list -w table: the three members, all started, with their peer and client URLs. Member ids are hashes of the node names here.', 'member list -w table：三个成员都已启动，带有各自的 peer URL 和 client URL。这里的成员 id 是节点名的哈希值。'),
    say(6277, 'The lease expired: n1 revoked it through the log, app/session is gone at revision 5, and the watch printed DELETE app/session.', '租约到期了：n1 通过日志撤销了它，app/session 在修订版本 5 被删除，watch 打印了 DELETE app/session。'),
    typed(7500, 'get app/ --prefix --keys-only'),
    typed(8000, 'endpoint status --cluster -w table'),
    say(8001, 'endpoint status asks every member for its state: n1 leads term 1; RAFT INDEX is the commit index and RAFT APPLIED INDEX what the store has applied (the lease revoke was entry 6).', 'endpoint status 向每个成员询问它的状态：n1 领导任期 1；RAFT INDEX 是提交索引，RAFT APPLIED INDEX 是存储已应用到的位置（租约撤销是条目 6）。'),
    { at: 8200, do: 'crash', node: 'leader' },
    say(8900, 'The leader n1 crashed, and n3 won the election of term 2. Now the console asks again, through n2, since n1 no longer answers.', '领导者 n1 宕机了，n3 赢得了任期 2 的选举。现在控制台通过 n2 再问一次，因为 n1 已经不再应答。'),
    typed(9000, 'endpoint status --cluster -w table', 'n2'),
    say(14002, 'etcdctl waited its 5 s command timeout for n1, printed "Failed to get the status of endpoint http://n1:2379", then the others: n3 leads term 2, and n2 follows it; both have applied entry 7, the new leader\'s no-op.', 'etcdctl 为 n1 等满了 5 秒的命令超时，打印了“Failed to get the status of endpoint http://n1:2379”，然后显示其他成员：n3 领导任期 2，n2 跟随它；两者都已应用条目 7，即新领导者的空操作。'),
  ],
});
