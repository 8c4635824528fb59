// 13. A service registry on etcd, as Nacos or RocketMQ name servers do with heartbeats:
// each instance registers a key attached to a lease and keeps the lease alive; a gateway
// watches the prefix. An instance dies, its keep-alives stop, the lease expires, and the
// key is deleted: the watcher sees the DELETE (etcd lessor, watch).

import type { Step } from '../../sim/scenario-types';
import { defineBuiltin, nodeIds, request, say } from './define';

const UNTIL = 5000;
/** svc-b dies at 2000 ms: its keep-alives stop there. */
const CRASH_AT = 2000;
const INSTANCES = [
  { client: 'svc-a', lease: 101, address: '10.0.0.1:8080', until: UNTIL },
  { client: 'svc-b', lease: 102, address: '10.0.0.2:8080', until: CRASH_AT },
  { client: 'svc-c', lease: 103, address: '10.0.0.3:8080', until: UNTIL },
];
const TTL_SECONDS = 2;
const KEEPALIVE_EVERY_MS = 500;

/** One instance: a lease, a key on it, and a keep-alive every 500 ms until `until`. */
function instance(client: string, lease: number, address: string, at: number, until: number): Step[] {
  const steps: Step[] = [
    request(at, client, { type: 'lease-grant', ttl: TTL_SECONDS, id: lease }),
    request(at, client, { type: 'put', key: `services/${client}`, value: address, lease }),
  ];
  for (let t = at + KEEPALIVE_EVERY_MS; t < until; t += KEEPALIVE_EVERY_MS) steps.push(request(t, client, { type: 'lease-keepalive', id: lease }));
  return steps;
}

export const serviceRegistry = defineBuiltin('service-registry', {
  name: { en: 'Service registry: leases, keep-alives and a watch', 'zh-CN': '服务注册：租约、续约与监听' },
  description: {
    en: 'Three service instances register in etcd with leases and keep them alive with heartbeats, as Nacos or RocketMQ name servers keep their instances; a gateway watches the prefix. One instance dies: its lease expires and the gateway sees its key deleted.',
    'zh-CN': '三个服务实例用租约在 etcd 中注册，并通过心跳续约，就像 Nacos 或 RocketMQ 的 NameServer 维护实例那样；网关监听这个前缀。一个实例宕机后，它的租约过期，网关看到它的键被删除。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(3) },
  until: UNTIL,
  steps: [
    say(0, 'Each instance will grant a lease of 2 s, put services/<its name> attached to it, and send a keep-alive every 500 ms. A gateway watches the prefix services/.', '每个实例将申请一个 2 秒的租约，写入绑定该租约的 services/<实例名>，并每 500 毫秒续约一次。网关监听前缀 services/。'),
    request(400, 'gateway', { type: 'watch', key: 'services/', prefix: true }),
    ...INSTANCES.flatMap((s, i) => instance(s.client, s.lease, s.address, 500 + 100 * i, s.until)),
    say(826, 'All three instances are registered, at revisions 2, 3 and 4. The watch of the gateway delivered a PUT for each: it knows every address.', '三个实例都已注册，修订版本分别为 2、3、4。网关的监听为每个实例收到了一个 PUT 事件：它知道了所有地址。'),
    request(1500, 'gateway', { type: 'get', key: 'services/', prefix: true }),
    say(1551, 'A get with the prefix lists the three instances, each attached to its own lease (101, 102, 103).', '带前缀的 get 列出了三个实例，每个都绑定在自己的租约上（101、102、103）。'),
    { at: CRASH_AT, do: 'client-crash', client: 'svc-b' },
    say(2001, 'Instance svc-b dies without a goodbye: no delete, its keep-alives just stop. Its key stays until its lease runs out.', '实例 svc-b 不辞而别：没有删除操作，只是不再续约。它的键会一直保留，直到租约耗尽。'),
    say(3763, 'About two seconds after its last keep-alive, at its next lease check, the leader found lease 102 expired and revoked it through Raft: services/svc-b was deleted at revision 5.', '在最后一次续约约两秒后，领导者在下一次租约检查时发现租约 102 已过期，并通过 Raft 撤销了它：services/svc-b 在修订版本 5 被删除。'),
    say(3786, 'The watch of the gateway delivered the DELETE of services/svc-b: traffic can stop going there. svc-a and svc-c stay registered, because their keep-alives renew their leases.', '网关的监听收到了 services/svc-b 的 DELETE 事件：流量可以不再发往那里。svc-a 和 svc-c 仍然在册，因为它们的续约不断刷新着租约。'),
    request(4000, 'gateway', { type: 'get', key: 'services/', prefix: true }),
    say(4059, 'The registry now lists svc-a and svc-c only.', '注册表现在只列出 svc-a 和 svc-c。'),
  ],
});
