/** Reading `INFO` replies (the Redis view and the doctor show memory and persistence from them). */

/** One `field:value` line of an `INFO` reply, trimmed; undefined when the field is absent. */
export function infoField(info: string, field: string): string | undefined {
  return new RegExp(`^${field}:(.*)$`, 'm').exec(info)?.[1]?.trim();
}
