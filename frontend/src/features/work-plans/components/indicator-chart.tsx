/** The bound indicators of a goal as bars: the result (blue), the previous tertial (grey) and the target (a red tick). */
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../api/work-plans';
import { formatValue } from './format';

type Result = FollowUp['content']['goals'][number]['indicators'][number];

export function IndicatorChart({ indicators, title }: { indicators: Result[]; title: string }) {
  const { t, i18n } = useTranslation();
  const bars = indicators.filter((i) => i.binding && i.value !== null && i.value !== undefined);
  if (bars.length === 0) return null;
  const row = 34;
  const width = 640;
  const labelWidth = 230;
  const chartWidth = 280;
  return (
    <figure className="work-plan-chart">
      <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${row * bars.length + 8}`} width="100%">
        {bars.map((bar, index) => {
          const value = Number(bar.value);
          const previous = bar.previous === null || bar.previous === undefined ? null : Number(bar.previous);
          const target = bar.target === null || bar.target === undefined ? null : Number(bar.target);
          const max = Math.max(value, previous ?? 0, target ?? 0) || 1;
          const top = 4 + index * row;
          return (
            <g key={bar.indicatorId}>
              <text x={0} y={top + 18} fontSize={13} fill="currentColor">{bar.name}</text>
              {previous !== null && <rect x={labelWidth} y={top + 23} height={4} width={(chartWidth * previous) / max} fill="#767676" />}
              <rect x={labelWidth} y={top + 8} height={13} width={(chartWidth * value) / max} fill="#1f549e" />
              {target !== null && (
                <line x1={labelWidth + (chartWidth * target) / max} x2={labelWidth + (chartWidth * target) / max} y1={top + 3} y2={top + 29}
                  stroke="#b01c1c" strokeWidth={2} />
              )}
              <text x={labelWidth + chartWidth + 10} y={top + 18} fontSize={13} fill="currentColor">
                {formatValue(bar.value, bar.measure, i18n.language)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('workPlans.chartLegend')}</figcaption>
    </figure>
  );
}
