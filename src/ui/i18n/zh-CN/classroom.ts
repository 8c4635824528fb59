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
  quiz: {
    label: '先预测，再观看',
    predict: '预测',
    hint: '选出你认为接下来会发生的事；然后运行会揭晓。',
    right: '答对了！',
    wrong: '这次没猜中：答案是“{{answer}}”。',
    watch: '点击“继续”观看它发生。',
    score: '你的预测：{{asked}} 题中答对 {{right}} 题。',
    reset: '重置',
    resetTitle: '清除所有预测，重新计分',
    skip: '跳过这道题',
    skipTitle: '不预测直接继续（不计分）',
  },
};
