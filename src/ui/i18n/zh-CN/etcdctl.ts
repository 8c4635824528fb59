import type { etcdctl as en } from '../en/etcdctl';

export const etcdctl: typeof en = {
  intro: '像操作真实的 etcd 一样输入 etcdctl 命令：put、get --prefix、watch、lease grant、elect、member list、endpoint status。Tab 补全，↑ ↓ 翻阅历史，Ctrl+C 停止正在持续输出的命令。每条命令都按其发生的时刻记录在场景中，因此分享链接会完整重放整个控制台会话。',
  client: '客户端',
  endpoint: '端点',
  endpointTitle: 'etcdctl 连接的节点（命令中给出 --endpoints 时以它为准）',
  input: 'etcdctl 命令',
  placeholder: '例如 put greeting hello，然后 get greeting -w json',
  run: '运行',
  stop: '停止',
  stopTitle: '停止监听、选举、锁和租约续期（Ctrl+C）',
  clear: '清空',
  clearTitle: '清空输出记录（命令仍保留在场景中）',
  transcript: 'etcdctl 输出',
  empty: '试试：put foo bar、get foo -w json、member list -w table、help',
  waiting: '正在等待应答……',
  streaming: '正在持续输出：点击“停止”或按 Ctrl+C 结束。',
  completions: '补全候选',
  badClient: '客户端 id 为 1 到 16 个字符：以小写字母开头，其后为小写字母、数字或“-”。',
  endpointDown: '{{node}} 已宕机。etcdctl 只与给定的端点通信，发往 {{node}} 的命令会在 5 秒后超时：请换一个端点，或用 --endpoints={{others}} 指定多个端点。',
};
