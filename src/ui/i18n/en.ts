// English strings, one namespace per view.
import { common } from './en/common';
import { cluster } from './en/cluster';
import { faults } from './en/faults';
import { logs } from './en/logs';
import { terms } from './en/terms';
import { playback } from './en/playback';
import { side } from './en/side';
import { kv } from './en/kv';
import { clients } from './en/clients';
import { scenarios } from './en/scenarios';
import { classroom } from './en/classroom';
import { checks } from './en/checks';
import { events } from './en/events';
import { provenance } from './en/provenance';
import { bugs } from './en/bugs';
import { spacetime } from './en/spacetime';
import { members } from './en/members';

import { etcdctl } from './en/etcdctl';
import { challenges } from './en/challenges';
import { nodestate } from './en/nodestate';

import { live } from './en/live';
export const en = { common, cluster, faults, logs, terms, playback, side, kv, clients, scenarios, classroom, checks, events, provenance, bugs, spacetime, etcdctl, members, challenges, nodestate, live };
