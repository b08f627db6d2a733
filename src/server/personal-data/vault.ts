import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/** One AES-256 key and the id stored with every value it encrypted, so that keys can be rotated. */
export interface PersonalDataKey {
  id: string;
  key: Buffer;
}

const PREFIX = "enc1:";
const HASHED = "h1:";

/**
 * AES-256-GCM for the personal data of complaints and counter exceptions, under keys from the environment
 * (PERSONAL_DATA_KEY, PERSONAL_DATA_OLD_KEYS). Set once at start for the whole process, like the
 * configuration it comes from: the values are sealed where rows are written and opened where they become
 * answers, and threading the keys through every presenter would add a parameter to each for no gain.
 * Without keys, values are written as they are (the behaviour before encryption) and plain values read back
 * as they are, so a database encrypted bit by bit keeps working.
 */
let current: PersonalDataKey | null = null;
const byId = new Map<string, Buffer>();
let hashKey: Buffer | null = null;

export function setPersonalDataKeys(keys: PersonalDataKey[]): void {
  byId.clear();
  for (const k of keys) byId.set(k.id, k.key);
  current = keys[0] ?? null;
  hashKey = current && Buffer.from(hkdfSync("sha256", current.key, "", "bulwark complainant key", 32));
}

export const encryptionOn = () => current !== null;

function isSealed(value: string | null): boolean {
  return value?.startsWith(PREFIX) ?? false;
}

/** The key id a sealed value was encrypted with, null for a plain value. */
export function keyIdOf(value: string | null): string | null {
  return isSealed(value) ? (value as string).slice(PREFIX.length).split(":")[0] : null;
}

export function seal<T extends string | null>(value: T): T {
  if (value === null || !current) return value;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv);
  const body = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return `${PREFIX}${current.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}` as T;
}

export const sealJson = (value: unknown): string => seal(JSON.stringify(value));

export function unseal<T extends string | null>(value: T): T {
  if (value === null || !isSealed(value)) return value;
  const [id, data] = value.slice(PREFIX.length).split(":");
  const key = byId.get(id);
  if (!key)
    throw new Error(`personal data encrypted with key "${id}", which PERSONAL_DATA_KEY(S) do not hold`);
  const raw = Buffer.from(data, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8") as T;
}

/**
 * The repeat-detection key (ID number, or name and phone) as a keyed hash when encryption is on, so that the
 * column that repeats are matched on no longer holds the identity in clear.
 */
export function hashedKey(key: string): string {
  if (!hashKey || key.startsWith(HASHED)) return key;
  return `${HASHED}${createHmac("sha256", hashKey).update(key).digest("hex")}`;
}

/** PERSONAL_DATA_KEY="id:base64" (32 bytes); PERSONAL_DATA_OLD_KEYS the same, comma-separated. */
export function parseKeys(current: string | undefined, old: string | undefined): PersonalDataKey[] {
  if (!current) {
    if (old) throw new Error("PERSONAL_DATA_OLD_KEYS needs PERSONAL_DATA_KEY");
    return [];
  }
  return [current, ...(old ?? "").split(",")]
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, base64, ...rest] = entry.split(":");
      const key = Buffer.from(base64 ?? "", "base64");
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32 || rest.length)
        throw new Error(
          "PERSONAL_DATA_KEY(S) must be id:key with a key of 32 random bytes in base64 (openssl rand -base64 32)",
        );
      return { id, key };
    });
}
