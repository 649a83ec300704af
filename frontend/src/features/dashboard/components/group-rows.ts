/** A portfolio grouping (by unit, fund, programme or year) as labelled rows for its chart and table. */
import type { TFunction } from 'i18next';
import type { PortfolioFigures, PortfolioView } from '../api/get-portfolio';

export interface GroupRow {
  key: string;
  label: string;
  figures: PortfolioFigures;
}

export function unitRows(view: PortfolioView): GroupRow[] {
  return view.byUnit.map((unit) => ({ key: unit.unitId, label: unit.unitName, figures: unit.figures }));
}

export function fundRows(view: PortfolioView, t: TFunction): GroupRow[] {
  return view.byFund.map((group) => ({
    key: group.fund ?? 'none',
    label: group.fund ? t(`fund.${group.fund}`) : t('dashboard.noCall'),
    figures: group.figures,
  }));
}

export function programmeRows(view: PortfolioView, t: TFunction): GroupRow[] {
  return view.byProgramme.map((group) => ({
    key: group.programmeId ?? 'none',
    label: group.programmeName ?? t('dashboard.noCall'),
    figures: group.figures,
  }));
}

export function yearRows(view: PortfolioView): GroupRow[] {
  return view.byYear.map((group) => ({ key: String(group.year), label: String(group.year), figures: group.figures }));
}
