import type { classroom as en } from '../en/classroom';

export const classroom: typeof en = {
  projector: {
    label: '投影模式',
    title: '投影模式：大字号、高对比度、更大的节点、更少的小标签',
  },
  embed: {
    open: '在 Raft 探索器中打开',
    openTitle: '在新标签页中用完整的探索器打开这次运行',
  },
};
