/** File sizes for readers on metered connections: "850 kB", "2.4 MB", in their language's number format. */
import { intlLocale, type Locale } from '../core/locales.ts';
import { memoize } from '../core/memo.ts';

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** One formatter per language, unit and precision for the whole build. */
const sizeFormat = memoize((key: `${Locale} ${number} ${number}`) => {
  const [locale, unit, digits] = key.split(' ') as [Locale, string, string];
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit: units[Number(unit)],
    unitDisplay: 'short',
    maximumFractionDigits: Number(digits),
  });
});

export function formatBytes(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return sizeFormat(`${locale} ${unit} ${value < 10 && unit > 0 ? 1 : 0}`).format(value);
}
