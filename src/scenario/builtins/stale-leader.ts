// 6. A stale leader (§5.2, §8, thesis 6.4): cut off in a minority with CheckQuorum off, the
// old leader still believes it leads. Its writes never commit; a serializable read there
// returns old data; a linearizable read is not answered until it reaches the real leader.

import { defineBuiltin, nodeIds, predict, put, request, say } from './define';

export const staleLeader = defineBuiltin('stale-leader', {
  name: { en: 'A stale leader in a minority', 'zh-CN': '少数派中的过期领导者' },
  description: {
    en: 'With CheckQuorum off, a leader cut off in a minority goes on believing it leads while the majority elects another. Its writes never commit. A serializable read from it returns an old value; a linearizable read never does, because ReadIndex needs a majority (thesis 6.4).',
    'zh-CN': '关闭 CheckQuorum 后，被隔离在少数派中的领导者仍以为自己在领导，而多数派已经选出了新的领导者。它接受的写入永远不会提交。从它那里进行的串行化读会返回旧值；线性一致读则不会，因为 ReadIndex 需要多数节点确认（论文 6.4 节）。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(5), checkQuorum: false },
  until: 3100,
  steps: [
    put(500, 'c1', 'x', 'old'),
    say(570, 'n1 leads term 1 and x=old is committed. CheckQuorum is off in this run.', 'n1 是任期 1 的领导者，x=old 已提交。本次运行关闭了 CheckQuorum。'),
    { at: 1000, do: 'partition', groups: [['n1', 'n2'], ['n3', 'n4', 'n5']] },
    say(1001, 'The network splits: n1 and n2 on one side, n3, n4 and n5 on the other. Nothing tells n1 that it lost the majority, so it keeps acting as leader of term 1.', '网络分区：n1、n2 在一侧，n3、n4、n5 在另一侧。没有任何机制告诉 n1 它失去了多数派，所以它继续以任期 1 的领导者身份行事。'),
    say(1209, 'The majority side elected n4 for term 2. Two nodes now believe they lead, in different terms. That is allowed: Raft promises at most one leader per term (Election Safety, §5.2).', '多数派一侧选出了任期 2 的领导者 n4。现在有两个节点认为自己是领导者，但任期不同。这是允许的：Raft 保证的是每个任期最多一个领导者（选举安全性，§5.2）。'),
    put(1500, 'c1', 'x', 'new', 'leader'),
    predict(say(1555, 'A client wrote x=new through n4: committed at index 4 by n3, n4 and n5.', '客户端通过 n4 写入 x=new：由 n3、n4、n5 在索引 4 提交。'), {
      ask: { en: 'Next, another client writes y=1 through n1, the old leader. Will y=1 be committed while the network is split?', 'zh-CN': '接下来，另一个客户端通过旧领导者 n1 写入 y=1。在网络分区期间，y=1 会被提交吗？' },
      choices: [
        { en: 'Yes: n1 still thinks it leads', 'zh-CN': '会：n1 仍认为自己是领导者' },
        { en: 'No: n1 can reach only n2', 'zh-CN': '不会：n1 只能联系到 n2' },
      ],
      answer: 1,
      explain: {
        en: 'A leader commits an entry once a majority stores it. n1 and n2 are 2 of 5, so y=1 waits, whatever n1 believes.',
        'zh-CN': '领导者要等多数节点存储了条目才能提交。n1 和 n2 只是 5 个中的 2 个，所以无论 n1 怎么认为，y=1 都只能等待。',
      },
    }),
    put(1600, 'c3', 'y', '1', 'n1'),
    predict(say(1629, 'Another client wrote y=1 through n1. n1 and n2 store it, but 2 of 5 is not a majority: it cannot be committed, and the client waits.', '另一个客户端通过 n1 写入 y=1。n1 和 n2 存储了它，但 5 个中的 2 个不是多数：它无法提交，客户端只能等待。'), {
      ask: { en: 'Now a client reads x at n1 with a serializable read (no ReadIndex). What does it get?', 'zh-CN': '现在一个客户端在 n1 上以串行化读（不经过 ReadIndex）读取 x。它会得到什么？' },
      choices: [
        { en: 'new', 'zh-CN': 'new' },
        { en: 'old', 'zh-CN': 'old' },
        { en: 'No answer until the network heals', 'zh-CN': '网络恢复之前得不到应答' },
      ],
      answer: 1,
      explain: {
        en: "A serializable read is answered from the node's own store, without asking anyone. n1 never heard of x=new.",
        'zh-CN': '串行化读直接由节点自己的存储应答，不询问任何节点。n1 从未得知 x=new。',
      },
    }),
    request(1700, 'c2', { type: 'get', key: 'x', serializable: true }, 'n1'),
    request(1700, 'c4', { type: 'get', key: 'x' }, 'n1'),
    say(1725, 'A serializable read of x at n1 answered at once with old: n1 read its own store without asking anyone (etcdctl get --consistency=s). That value is stale: x=new had already been committed.', '在 n1 上对 x 的串行化读立刻返回了 old：n1 只读了自己的存储，没有询问任何节点（etcdctl get --consistency=s）。这个值已经过期：x=new 此前已经提交。'),
    say(1726, 'The linearizable read at n1 gets no answer: before reading, n1 must confirm it still leads by a heartbeat round acknowledged by a majority (ReadIndex, thesis 6.4), and it never will.', '在 n1 上的线性一致读没有得到应答：读取之前，n1 必须通过一轮得到多数节点确认的心跳来证明自己仍是领导者（ReadIndex，论文 6.4 节），而它永远做不到。'),
    { at: 2300, do: 'heal' },
    say(2349, 'The network heals. n1 saw term 2 and stepped down; n4 replaced index 3 (y=1 of term 1) on n1 and n2 with its own entries. Nothing n1 did alone survives.', '网络恢复。n1 看到任期 2 后退位；n4 用自己的条目替换了 n1、n2 上的索引 3（任期 1 的 y=1）。n1 单独做的事情都没有留下。'),
    say(2966, 'Both clients waiting on n1 timed out and retried at n2. The write y=1 is now committed in term 2, and the linearizable read returns new. It never returned the stale value.', '两个在 n1 上等待的客户端都超时了，并改在 n2 上重试。写入 y=1 现在在任期 2 中提交，线性一致读返回了 new。它从未返回过期的值。'),
  ],
});
