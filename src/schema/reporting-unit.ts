import type { ReportingUnit } from './collection';

const SETTINGS_LIST = '“网站设置 → 信息报送 → 报送单位”';

/**
 * What is wrong with a report's 报送单位 given the units the settings list, in Chinese for editors;
 * undefined when it is listed under the report's 县（市、区）. With no list (settings not yet filled
 * in, which the settings' own check reports) nothing can be said.
 */
export function reportingUnitProblem(
  unit: unknown,
  district: unknown,
  units: readonly ReportingUnit[],
): string | undefined {
  if (typeof unit !== 'string' || typeof district !== 'string' || units.length === 0) return undefined;
  const name = unit.trim();
  const listed = units.find((candidate) => candidate.name === name);
  if (!listed) {
    const nearby = units
      .filter((candidate) => candidate.district === district)
      .map((candidate) => `“${candidate.name}”`);
    const suggestion = nearby.length > 0 ? `${district}的报送单位有：${nearby.join('、')}。` : '';
    return `“报送单位”“${name}”不在${SETTINGS_LIST}名单中。${suggestion}请按名单填写单位名称；新的报送单位请先由市文明办综合科在网站设置中登记。`;
  }
  if (listed.district !== district) {
    return `“报送单位”“${name}”在${SETTINGS_LIST}名单中属于“${listed.district}”，而“县（市、区）”填的是“${district}”。请把“县（市、区）”改为“${listed.district}”，或选择${district}的报送单位。`;
  }
  return undefined;
}

/** The 报送单位 list of the settings as written; what is malformed there the settings' own schema reports. */
export function reportingUnitsOf(reporting: unknown): ReportingUnit[] {
  const units = (reporting as { units?: unknown } | null | undefined)?.units;
  if (!Array.isArray(units)) return [];
  return units
    .filter((unit): unit is Record<string, unknown> => typeof unit === 'object' && unit !== null)
    .map((unit) => ({ name: String(unit.name ?? '').trim(), district: String(unit.district ?? '').trim() }))
    .filter((unit) => unit.name !== '');
}
