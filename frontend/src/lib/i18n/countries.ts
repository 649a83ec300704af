/** ISO 3166-1 alpha-2 countries and ISO 639-1 languages, named per language by the browser (Intl.DisplayNames). */
import { localeOf } from './format';

export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const namers = new Map<string, Intl.DisplayNames>();

function displayName(code: string, type: 'region' | 'language', language: string): string {
  const key = `${type}:${language}`;
  let namer = namers.get(key);
  if (!namer) {
    namer = new Intl.DisplayNames([localeOf(language)], { type, fallback: 'code' });
    namers.set(key, namer);
  }
  try {
    return namer.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "SE" → "Sverige" (sv) or "Sweden" (en); an unknown code as it is. */
export function countryName(code: string | null | undefined, language: string): string {
  if (!code) return '';
  return displayName(code.toUpperCase(), 'region', language);
}

/** "fi" → "finska" (sv) or "Finnish" (en). */
export function languageName(code: string, language: string): string {
  return displayName(code.toLowerCase(), 'language', language);
}

const optionsByLanguage = new Map<string, { value: string; label: string }[]>();

/** Every country as a choice, by name in the given language (worked out once per language). */
export function countryOptions(language: string): { value: string; label: string }[] {
  let options = optionsByLanguage.get(language);
  if (!options) {
    const collator = new Intl.Collator(localeOf(language));
    options = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, language) })).sort((a, b) => collator.compare(a.label, b.label));
    optionsByLanguage.set(language, options);
  }
  return options;
}
