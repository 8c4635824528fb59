// A preset dictionary for share links: the compact form (link-compact.ts) of one step of
// every kind, so that even a short link compresses well (deflate looks back into it).
// Changing it breaks old links: a new dictionary needs a new link version.
export const LINK_DICTIONARY =
  '{"D":1,"E":{"F":["n1","n2","n3","n4","n5"]},"M":{},"P":10000,"Q":[{"R":1000,"S":"narrate","ZC":{"en"' +
  ':"x","zh-CN":"y"},"ZD":true},{"R":0,"S":"crash","T":"leader"},{"R":0,"S":"restart","T":"n1"},{"R":0,' +
  '"S":"heal"},{"R":0,"S":"isolate","T":"n2"},{"R":0,"S":"partition","U":[["n1","n2"],["n3","n4","n5"]]' +
  '},{"R":0,"S":"link","V":"n1","W":"n2","X":"down"},{"R":0,"S":"loss","Y":0.1},{"R":0,"S":"transfer","' +
  'W":"n3"},{"R":0,"S":"timeout","T":"n4"},{"R":0,"S":"client-crash","ZA":"c1"},{"R":0,"S":"client","ZA' +
  '":"c1","ZB":{"ZF":"put","ZG":"key","ZH":"value"},"T":"n1"},{"R":0,"S":"client","ZA":"c2","ZB":{"ZF":' +
  '"get","ZG":"k","ZN":true,"ZP":true}},{"R":0,"S":"client","ZA":"c3","ZB":{"ZF":"delete","ZG":"k"}},{"' +
  'R":0,"S":"client","ZA":"c1","ZB":{"ZF":"txn","ZZ":[{"ZG":"k","Za":"version","Zb":"=","ZH":0}],"Zc":[' +
  '{"ZF":"put","ZG":"k","ZH":"v"}],"Zd":[{"ZF":"get","ZG":"k"}]}},{"R":0,"S":"client","ZA":"c1","ZB":{"' +
  'ZF":"lease-grant","Ze":10,"Zf":1}},{"R":0,"S":"client","ZA":"c1","ZB":{"ZF":"lease-keepalive","Zf":1' +
  '}},{"R":0,"S":"client","ZA":"c1","ZB":{"ZF":"watch","ZG":"k","ZN":true}},{"R":0,"S":"client","ZA":"c' +
  '1","ZB":{"ZF":"campaign","Zh":"e","ZH":"v"}},{"R":0,"S":"client","ZA":"c1","ZB":{"ZF":"resign","Zh":' +
  '"e"}},{"R":0,"S":"client","ZA":"c1","ZB":{"ZF":"compact","ZO":5}}]}';
