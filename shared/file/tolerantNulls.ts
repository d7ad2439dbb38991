import type { z } from 'zod';

/**
 * Tolerant loading: another tool may write `null` for a field it leaves empty. Wherever the validator
 * has a field as optional (and `null` is no value of its own there), `null` means absent and the field
 * is dropped before validation. Walks the value along the validator, so every optional field of every
 * record is covered as the model grows; fields the validator does not know are left as they are.
 * Changes `value` in place: the importer's own freshly parsed copy of the file.
 */
export function dropNullOptionals(schema: z.core.$ZodType, value: unknown): void {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return dropNullOptionals(def.innerType, value);
    case 'pipe':
      return dropNullOptionals(def.in, value);
    case 'array':
      if (Array.isArray(value)) for (const item of value) dropNullOptionals(def.element, item);
      return;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      const record = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(def.shape)) {
        if (!Object.hasOwn(record, key)) continue;
        if (record[key] === null && field._zod.optin === 'optional' && !acceptsNull(field)) delete record[key];
        else dropNullOptionals(field, record[key]);
      }
      return;
    }
    default:
      return;
  }
}

/** Whether `null` is a value of the field itself (`owner: null`, an unscored `maturity`). */
function acceptsNull(schema: z.core.$ZodType): boolean {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  if (def.type === 'nullable') return true;
  if (def.type === 'optional') return acceptsNull(def.innerType);
  if (def.type === 'pipe') return acceptsNull(def.in);
  return false;
}
