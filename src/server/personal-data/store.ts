import { complainantKey } from "../../domain/complaints/personal-data.ts";
import { applyFigures, figureSource } from "../complaints/figures/rollup.ts";
import type { Db } from "../db/database.ts";
import { ERASED_KEY } from "../retention/retention.ts";
import {
  encryptionOn,
  hashedKey,
  keyIdOf,
  type PersonalDataKey,
  seal,
  setPersonalDataKeys,
  unseal,
} from "./vault.ts";

const BATCH = 500;

/** The setting that says this database has been served with a key, so may hold ciphertext (migration 201). */
const SEALED = "personal_data.sealed";

/**
 * Sets the process's keys, and refuses to go on without one when the database has been served with one: the
 * server would otherwise answer every complaint with ciphertext, or fail on each, and write the new ones in
 * clear. A start with a key marks the database, so the check is one row, however many records it holds.
 */
export async function openVault(db: Db, keys: PersonalDataKey[]): Promise<void> {
  setPersonalDataKeys(keys);
  if (keys.length) {
    await db
      .insertInto("settings")
      .values({ key: SEALED, value_json: "true", updated_at: new Date().toISOString() })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    return;
  }
  const sealed = await db.selectFrom("settings").select("key").where("key", "=", SEALED).executeTakeFirst();
  if (sealed)
    throw new Error(
      "This database has been served with PERSONAL_DATA_KEY and may hold encrypted personal data, but the key is not set: start with the key (README, Personal data at rest)",
    );
}

const stale = (current: string, v: string | null) => v !== null && keyIdOf(v) !== current;

/**
 * Encrypts what is still in clear and re-encrypts what an older key holds, under the current key, and
 * re-keys each complaint's repeat key (moved in the statistics rollup through applyFigures, as any change
 * is). Run after setting PERSONAL_DATA_KEY the first time and after each rotation. Answers the rows changed.
 */
export async function reencryptPersonalData(
  db: Db,
  currentKeyId: string,
  timeZone: string,
): Promise<{ complaints: number; counterExceptions: number }> {
  if (!encryptionOn()) throw new Error("PERSONAL_DATA_KEY is not set");
  const changed = { complaints: 0, counterExceptions: 0 };
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("complaints")
      .select([
        "id",
        "complainant_name",
        "complainant_phone",
        "complainant_id_number",
        "complainant_extra_json",
      ])
      .select("complainant_key")
      .where("id", ">", after)
      .orderBy("id")
      .limit(BATCH)
      .execute();
    for (const r of rows) {
      const fields = [
        r.complainant_name,
        r.complainant_phone,
        r.complainant_id_number,
        r.complainant_extra_json,
      ];
      const name = unseal(r.complainant_name);
      const erased = r.complainant_key.startsWith(ERASED_KEY);
      const key = erased
        ? r.complainant_key
        : hashedKey(
            complainantKey({
              name,
              phone: unseal(r.complainant_phone),
              idNumber: unseal(r.complainant_id_number),
            }),
          );
      if (!fields.some((v) => stale(currentKeyId, v) && v !== "") && key === r.complainant_key) continue;
      await db.transaction().execute(async (trx) => {
        const before = await figureSource(trx, r.id);
        await trx
          .updateTable("complaints")
          .set({
            complainant_name: name === "" ? "" : seal(name),
            complainant_phone: seal(unseal(r.complainant_phone)),
            complainant_id_number: seal(unseal(r.complainant_id_number)),
            complainant_extra_json: seal(unseal(r.complainant_extra_json)),
            complainant_key: key,
          })
          .where("id", "=", r.id)
          .execute();
        await applyFigures(trx, before, await figureSource(trx, r.id), timeZone);
      });
      changed.complaints++;
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1].id;
  }
  after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("counter_exceptions")
      .select(["id", "customer_name", "customer_phone", "customer_id_number", "customer_account_no"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(BATCH)
      .execute();
    for (const r of rows) {
      const fields = [r.customer_name, r.customer_phone, r.customer_id_number, r.customer_account_no];
      if (!fields.some((v) => stale(currentKeyId, v))) continue;
      await db
        .updateTable("counter_exceptions")
        .set({
          customer_name: seal(unseal(r.customer_name)),
          customer_phone: seal(unseal(r.customer_phone)),
          customer_id_number: seal(unseal(r.customer_id_number)),
          customer_account_no: seal(unseal(r.customer_account_no)),
        })
        .where("id", "=", r.id)
        .execute();
      changed.counterExceptions++;
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1].id;
  }
  return changed;
}
