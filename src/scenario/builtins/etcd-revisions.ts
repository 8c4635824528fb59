// 11. etcd's MVCC revisions: one counter for the whole store that every change raises by
// one, and per key a create revision, a mod revision and a version (etcd mvcc,
// key_index.go); old revisions stay readable until compacted.

import type { ClientOp } from '../../sim/scenario-types';
import { defineBuiltin, nodeIds, request, say } from './define';

const get = (at: number, revision?: number) => request(at, 'c1', revision === undefined ? { type: 'get', key: 'foo' } : { type: 'get', key: 'foo', revision });
const write = (at: number, op: ClientOp) => request(at, 'c1', op);

/** if version(foo) = 1 then put foo=4 and put bar=x: two writes, one revision. */
const TXN: ClientOp = {
  type: 'txn',
  compare: [{ key: 'foo', target: 'version', result: '=', value: 1 }],
  success: [
    { type: 'put', key: 'foo', value: '4' },
    { type: 'put', key: 'bar', value: 'x' },
  ],
  failure: [],
};

export const etcdRevisions = defineBuiltin('etcd-revisions', {
  name: { en: 'etcd revisions, versions and compaction', 'zh-CN': 'etcd 的修订版本、版本号与压缩' },
  description: {
    en: 'A client puts, puts again, deletes, re-creates and updates a key in a txn, reading it after each step: watch the store revision and the key\'s create revision, mod revision and version. Then it reads the past and compacts it away.',
    'zh-CN': '客户端对一个键依次执行 put、再次 put、删除、重新创建，并在事务中更新它，每一步之后都读取一次：观察存储的修订版本，以及键的创建修订版本、修改修订版本和版本号。随后它读取历史数据，再把历史压缩掉。',
  },
  seed: 1,
  cluster: { nodes: nodeIds(3) },
  until: 2000,
  steps: [
    say(0, 'etcd numbers every change of the whole store with one revision counter; a new store is at revision 1. Watch the header revision of each answer and, for the key foo, its createRevision, modRevision and version.', 'etcd 用一个全局的修订版本计数器为整个存储的每次变更编号；新的存储处于修订版本 1。请观察每个应答头中的修订版本，以及键 foo 的 createRevision、modRevision 和 version。'),
    write(500, { type: 'put', key: 'foo', value: '1' }),
    get(600),
    say(656, 'put foo=1 made revision 2. The get shows foo with create revision 2, mod revision 2, version 1.', 'put foo=1 产生了修订版本 2。get 显示 foo 的创建修订版本为 2，修改修订版本为 2，版本号为 1。'),
    write(700, { type: 'put', key: 'foo', value: '2' }),
    get(800),
    say(855, 'put foo=2 made revision 3. foo keeps create revision 2; its mod revision is now 3 and its version 2.', 'put foo=2 产生了修订版本 3。foo 的创建修订版本仍是 2；修改修订版本变为 3，版本号变为 2。'),
    write(900, { type: 'delete', key: 'foo' }),
    get(1000),
    say(1069, 'delete foo made revision 4: a delete is a change too. The get finds no key, at revision 4.', 'delete foo 产生了修订版本 4：删除也是一次变更。get 在修订版本 4 上找不到这个键。'),
    write(1100, { type: 'put', key: 'foo', value: '3' }),
    get(1200),
    say(1267, 'put foo=3 made revision 5 and created foo anew: create revision 5, mod revision 5, version 1. The version counts changes since the key was last created.', 'put foo=3 产生了修订版本 5，并重新创建了 foo：创建修订版本 5，修改修订版本 5，版本号 1。版本号统计的是该键最近一次创建以来的修改次数。'),
    write(1300, TXN),
    request(1400, 'c1', { type: 'get', key: 'a', rangeEnd: 'z' }),
    say(1461, 'The txn "if version(foo) = 1 then put foo=4, put bar=x" succeeded and made one revision, 6, for both puts. foo: create 5, mod 6, version 2. bar: create 6, mod 6, version 1.', '事务“如果 version(foo) = 1，则 put foo=4、put bar=x”执行成功，两个 put 共用一个修订版本 6。foo：创建 5，修改 6，版本 2。bar：创建 6，修改 6，版本 1。'),
    get(1500, 3),
    say(1561, 'A read at revision 3 sees the past: foo=2, as it was then. The store keeps old revisions (MVCC).', '在修订版本 3 上读取看到的是过去：foo=2，和当时一样。存储会保留旧的修订版本（MVCC）。'),
    write(1600, { type: 'compact', revision: 5 }),
    get(1700, 3),
    say(1762, 'After compacting at revision 5, older revisions are gone: the read at revision 3 fails with "required revision has been compacted". Compaction itself is no change: the store is still at revision 6.', '在修订版本 5 处压缩后，更早的修订版本都被丢弃：在修订版本 3 上读取会失败，错误是“required revision has been compacted”。压缩本身不算变更：存储仍处于修订版本 6。'),
    get(1800, 5),
    say(1850, 'Revision 5 and later are still readable: at revision 5, foo=3.', '修订版本 5 及之后仍可读取：在修订版本 5 上，foo=3。'),
  ],
});
