// 简体中文 strings, one namespace per view (same keys as English; the types make sure of it).
import { common } from './zh-CN/common';
import { cluster } from './zh-CN/cluster';
import { faults } from './zh-CN/faults';
import { logs } from './zh-CN/logs';
import { terms } from './zh-CN/terms';
import { playback } from './zh-CN/playback';
import { side } from './zh-CN/side';
import { kv } from './zh-CN/kv';
import { clients } from './zh-CN/clients';
import { scenarios } from './zh-CN/scenarios';
import { classroom } from './zh-CN/classroom';
import { checks } from './zh-CN/checks';
import { events } from './zh-CN/events';
import { provenance } from './zh-CN/provenance';
import { bugs } from './zh-CN/bugs';
import { spacetime } from './zh-CN/spacetime';
import { members } from './zh-CN/members';

import { etcdctl } from './zh-CN/etcdctl';
import { challenges } from './zh-CN/challenges';
import { nodestate } from './zh-CN/nodestate';

import { live } from './zh-CN/live';
export const zhCN = { common, cluster, faults, logs, terms, playback, side, kv, clients, scenarios, classroom, checks, events, provenance, bugs, spacetime, etcdctl, members, challenges, nodestate, live };
