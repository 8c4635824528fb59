// 9. Leadership transfer (thesis 3.10, etcdctl move-leader): the leader stops taking writes,
// brings the chosen node up to date, then tells it to start an election at once (TimeoutNow).

import { defineBuiltin, nodeIds, put, say } from './define';

export const leadershipTransfer = defineBuiltin('leadership-transfer', {
  name: { en: 'Leadership transfer', 'zh-CN': '领导权转移' },
  description: {
    en: 'The leader hands its role to a chosen node, as etcdctl move-leader does before maintenance: it pauses new writes, brings the target up to date, and sends it TimeoutNow so that it wins the next term at once (thesis 3.10).',
    'zh-CN': '领导者把领导权交给指定的节点，就像维护前执行 etcdctl move-leader 那样：它暂停接受新的写入，让目标节点追上日志，然后发送 TimeoutNow，使目标节点立即赢得下一个任期（论文 3.10 节）。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(5) },
  until: 1500,
  steps: [
    put(500, 'c1', 'x', '1'),
    { at: 600, do: 'link', from: 'n1', to: 'n5', state: 'down' },
    put(650, 'c1', 'x', '2'),
    say(715, 'n1 leads term 1. While the link n1→n5 was down, x=2 was committed at index 3 without n5: n5 is one entry behind.', 'n1 是任期 1 的领导者。在 n1→n5 链路断开期间，x=2 在没有 n5 的情况下于索引 3 提交：n5 落后了一个条目。'),
    { at: 750, do: 'link', from: 'n1', to: 'n5', state: 'up' },
    { at: 750, do: 'transfer', to: 'n5' },
    say(751, 'The link is back, and the operator asks n1 to hand leadership to n5. n1 stops accepting new writes and first brings n5 up to date (thesis 3.10).', '链路恢复，运维人员要求 n1 把领导权交给 n5。n1 停止接受新的写入，并先让 n5 追上日志（论文 3.10 节）。'),
    put(755, 'c2', 'y', '1', 'n1'),
    say(779, 'A write sent to n1 meanwhile was refused with "leadership transfer in progress". The client will retry elsewhere.', '这期间发给 n1 的写入被拒绝，错误是“leadership transfer in progress”。客户端会到别的节点重试。'),
    say(795, 'n5 now holds every entry of n1, so n1 sends it TimeoutNow: "start an election now".', 'n5 现在拥有 n1 的全部条目，于是 n1 向它发送 TimeoutNow：“立即发起选举”。'),
    say(810, 'n5 campaigns for term 2 at once, skipping PreVote. Its vote requests are marked as a transfer, so the followers vote even though they heard from a leader moments ago.', 'n5 立即竞选任期 2，跳过预投票。它的投票请求带有“领导权转移”标记，因此跟随者即使刚刚收到过领导者的消息也会投票。'),
    say(824, 'n5 leads term 2 with the votes of n1, n3 and n4. The handover took about 70 ms, far less than an election after a crash.', 'n5 凭 n1、n3、n4 的选票成为任期 2 的领导者。整个交接只用了约 70 毫秒，远少于宕机后重新选举所需的时间。'),
    say(904, 'The refused client retried, and the new leader n5 committed y=1.', '被拒绝的客户端重试后，新的领导者 n5 提交了 y=1。'),
  ],
});
