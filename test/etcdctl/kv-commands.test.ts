// put / get / del / txn / compaction through the console, every output format, against the
// outputs of etcdctl (checked with a real etcd 3.4 and etcd 3.5's printers). Each table runs
// in order on one cluster, so revisions follow from the rows above.

import { describe, expect, it } from 'vitest';
import { fields, HEADER, transcript } from './helpers';

const KV_TABLE: [string, string][] = [
  ['put foo bar', 'OK'],
  ['get foo', 'foo\nbar'],
  ['get foo -w json', `{"header":${HEADER},"revision":2,"raft_term":1},"kvs":[{"key":"Zm9v","create_revision":2,"mod_revision":2,"version":1,"value":"YmFy"}],"count":1}`],
  ['get foo -w fields', `${fields(2)}\n"Key" : "foo"\n"CreateRevision" : 2\n"ModRevision" : 2\n"Version" : 1\n"Value" : "bar"\n"Lease" : 0\n"More" : false\n"Count" : 1`],
  // etcdctl runs the put, then finds it cannot print it as a table.
  ['put foo bar -w table', 'Error: table not supported as output format'],
  ['get foo --print-value-only', 'bar'],
  ['get f --prefix --keys-only', 'foo\n'],
  ['get f --prefix --count-only -w fields', `${fields(3)}\n"More" : false\n"Count" : 1`],
  ['get f --prefix --count-only', 'Error: --count-only is only for `--write-out=fields`'],
  ['get f --prefix --print-value-only -w json', 'Error: print-value-only is only for `--write-out=simple`'],
  ['put foo baz --prev-kv', 'OK\nfoo\nbar'],
  ['put foo2 x --prev-kv -w json', `{"header":${HEADER},"revision":5,"raft_term":1}}`],
  ['get foo --from-key -w json --limit 1', `{"header":${HEADER},"revision":5,"raft_term":1},"kvs":[{"key":"Zm9v","create_revision":2,"mod_revision":4,"version":3,"value":"YmF6"}],"more":true,"count":2}`],
  ['get a z --sort-by=MODIFY --order=DESCEND', 'foo2\nx\nfoo\nbaz'],
  ['del foo --prev-kv -w json', `{"header":${HEADER},"revision":6,"raft_term":1},"deleted":1,"prev_kvs":[{"key":"Zm9v","create_revision":2,"mod_revision":4,"version":3,"value":"YmF6"}]}`],
  ['del nothing', '0'],
  ['del nothing -w fields', `${fields(6)}\n"Deleted" : 0`],
  ['get foo --consistency=s', ''],
  ['etcdctl get foo2 --endpoints=n2:2379 --print-value-only', 'x'],
];

const TXN_TABLE: [string, string][] = [
  ['put k1 v1', 'OK'],
  [`txn <<< $'create("k9") = "0"\\nversion("k1") != "3"\\n\\nput k9 "hello world"\\nget k --prefix --limit=1\\ndel k1 --prev-kv\\n\\nput k1 no\\n\\n'`, 'SUCCESS\n\nOK\n\nk1\nv1\n\n1\nk1\nv1'],
  [`txn -w fields <<< $'val("k9") = "hello world"\\n\\nget k9\\n\\n\\n'`, `${fields(3)}\n"Succeeded" : true\n"ClusterID" : 0\n"MemberID" : 0\n"Revision" : 3\n"RaftTerm" : 0\n"Key" : "k9"\n"CreateRevision" : 3\n"ModRevision" : 3\n"Version" : 1\n"Value" : "hello world"\n"Lease" : 0\n"More" : false\n"Count" : 1`],
  [`txn -w json <<< $'c("zz") > "0"\\n\\n\\nget k9\\n\\n'`, `{"header":${HEADER},"revision":3,"raft_term":1},"responses":[{"Response":{"ResponseRange":{"header":{"revision":3},"kvs":[{"key":"azk=","create_revision":3,"mod_revision":3,"version":1,"value":"aGVsbG8gd29ybGQ="}],"count":1}}}]}`],
  // The interactive form: the compares, the success and the failure requests, each ended by an empty line.
  ['txn -i', 'compares:'],
  ['mod("k9") > "0"', ''],
  ['', 'success requests (get, put, del):'],
  ['put k9 again', ''],
  ['', 'failure requests (get, put, del):'],
  ['', 'SUCCESS\n\nOK'],
  ['compaction 3 -w json', 'compacted revision 3'],
  ['compaction 2', 'Error: etcdserver: mvcc: required revision has been compacted'],
  ['compaction 99', 'Error: etcdserver: mvcc: required revision is a future revision'],
  ['get k9 --rev=1', 'Error: etcdserver: mvcc: required revision has been compacted'],
];

describe('etcdctl console: key-value commands', () => {
  it('put, get and del print as etcdctl prints them, in every format', () => {
    expect(transcript(KV_TABLE.map((r) => r[0]))).toEqual(KV_TABLE);
  });

  it('txn (here-string and interactive forms) and compaction', () => {
    expect(transcript(TXN_TABLE.map((r) => r[0]))).toEqual(TXN_TABLE);
  });
});
