// The limits of the scenario format (SCENARIO.md), in one place. Some come from the
// contract itself; the rest exist because DESIGN.md asks for a limit on everything,
// and are set far above anything a teaching scenario or a fuzzer needs.

/** Node and client ids (SCENARIO.md, `nodes`). Client ids follow the same rule. */
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,15}$/;
export const ID_PATTERN_TEXT = '^[a-z][a-z0-9-]{0,15}$';

/** The step reference meaning "whichever node leads the highest term"; never a node id. */
export const LEADER = 'leader';

export const MIN_NODES = 1;
export const MAX_NODES = 9;
/** Initial nodes plus every node an add-node step introduces (ids are never reused). */
export const MAX_KNOWN_NODES = 16;

export const MAX_STEPS = 10_000;
/** Strings in general, and each language of a `name`. */
export const MAX_STRING = 256;
/** `description` and a narration's `text`, per language. */
export const MAX_LONG_TEXT = 2_000;
/** Languages in one localized text object. */
export const MAX_LANGUAGES = 16;
/** A BCP 47 style language tag such as "en" or "zh-CN". */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;

export const MAX_SEED = 0xffff_ffff;
/** Virtual milliseconds: `until`, `at`, timeouts and latencies (one virtual day). */
export const MAX_TIME = 86_400_000;
export const MAX_SNAPSHOT_ENTRIES = 1_000_000;
/** Lease ids are positive integers below 2^53 (SCENARIO.md). */
export const MAX_LEASE_ID = Number.MAX_SAFE_INTEGER;

/**
 * Ops in one list of a txn. etcd refuses more than 128 (--max-txn-ops) with "etcdserver: too
 * many operations in txn request", an answer the store gives at run time; this is only the
 * format's ceiling.
 */
export const MAX_TXN_OPS = 1_000;
/** Nested txn depth; bounds recursion so that no input can exhaust the stack. */
export const MAX_TXN_DEPTH = 8;

/** Characters of JSON text parseScenarioJson reads before giving up. */
export const MAX_JSON_CHARS = 10_000_000;
