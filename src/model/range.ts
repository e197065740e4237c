/** A stated range as the text puts it: "300 km", "up to 300 km", "about 1600 km", "200–300 km". */
import type { WeaponSystem } from './types.js';

export function formatRange(range: NonNullable<WeaponSystem['range']>): string {
  const about = range.approximate ? 'about ' : '';
  const unit = range.unit ? ` ${range.unit}` : '';
  if (range.value !== undefined) return `${about}${range.value}${unit}`;
  if (range.min !== undefined && range.max !== undefined) return `${about}${range.min}–${range.max}${unit}`;
  if (range.max !== undefined) return `${about}up to ${range.max}${unit}`;
  if (range.min !== undefined) return `${about}at least ${range.min}${unit}`;
  return `unstated${unit}`;
}
