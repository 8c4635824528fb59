import type { common as en } from '../en/common';

export const common: typeof en = {
  title: 'Raft 探索器',
  language: '语言',
  loading: '正在启动模拟…',
  error: {
    title: '有内容无法使用',
    dismiss: '关闭',
    view: '这个视图出错了：{{message}}。页面的其他部分仍然可用。',
    retry: '重试',
  },
  link: { copy: '复制链接', copied: '链接已复制：打开它会在此刻重现这次运行。', inAddressBar: '链接已放在地址栏中。' },
  roles: { follower: '跟随者', precandidate: '预候选人', candidate: '候选人', leader: '领导者' },
  node: '节点',
  term: '任期',
  time: '时间',
  ms: '{{value}} 毫秒',
};
