/** A portfolio answer for the dashboard's tests: two units, two funds, two years (figures as the server computes them). */
import { SOC_ID, UTB_ID } from '@/testing/fixtures';
import type { PortfolioFigures, PortfolioView } from './api/get-portfolio';

const STATUSES = ['DRAFT', 'UNIT_APPROVED', 'IN_REVIEW', 'READY_TO_SUBMIT', 'SUBMITTED', 'GRANTED', 'REJECTED', 'WITHDRAWN'] as const;

export function figures(counts: Partial<Record<(typeof STATUSES)[number], number>>, money: number[], rate: number | null): PortfolioFigures {
  const statuses = STATUSES.map((status) => ({ status, count: counts[status] ?? 0 }));
  const [euAppliedFor, euGranted, coFinancing, euClaimed, euReceived] = money;
  return {
    applications: statuses.reduce((sum, status) => sum + status.count, 0),
    statuses,
    granted: counts.GRANTED ?? 0,
    rejected: counts.REJECTED ?? 0,
    successRatePercent: rate,
    euAppliedFor,
    euGranted,
    coFinancing,
    euClaimed,
    euReceived,
  };
}

export const PROGRAMME_ERDF = '77777777-7777-4777-8777-777777777777';

export function portfolioView(): PortfolioView {
  const soc = figures({ GRANTED: 2 }, [132000, 126250, 83000, 63333.3, 46500], 100);
  const utb = figures({ SUBMITTED: 1, REJECTED: 1 }, [35000.37, 0, 0, 0, 0], 0);
  return {
    filter: { unitIds: [], funds: [], programmeIds: [], yearFrom: null, yearTo: null },
    currency: 'SEK',
    total: figures({ SUBMITTED: 1, GRANTED: 2, REJECTED: 1 }, [167000.37, 126250, 83000, 63333.3, 46500], 66.67),
    byUnit: [
      { unitId: SOC_ID, unitCode: 'SOC', unitName: 'Socialförvaltningen', figures: soc },
      { unitId: UTB_ID, unitCode: 'UTB', unitName: 'Utbildningsförvaltningen', figures: utb },
    ],
    byFund: [
      { fund: 'ERDF', figures: figures({ GRANTED: 1, REJECTED: 1 }, [60000, 40000, 60000, 25000, 12000], 50) },
      { fund: 'INTERREG', figures: figures({ GRANTED: 1, SUBMITTED: 1 }, [107000.37, 86250, 23000, 38333.3, 34500], 100) },
    ],
    byProgramme: [
      { programmeId: PROGRAMME_ERDF, programmeCode: 'ERUF-OMS', programmeName: 'Regionalfondsprogram Östra Mellansverige', fund: 'ERDF', figures: soc },
    ],
    byYear: [
      { year: 2024, figures: figures({ GRANTED: 1, SUBMITTED: 1 }, [55000.37, 40000, 60000, 25000, 12000], 100) },
      { year: 2025, figures: figures({ GRANTED: 1, REJECTED: 1 }, [112000, 86250, 23000, 38333.3, 34500], 50) },
    ],
    screening: {
      years: [2026],
      units: [{ unitId: SOC_ID, unitCode: 'SOC', unitName: 'Socialförvaltningen', ideas: 3, screened: 2, ratePercent: 66.67 }],
      total: { ideas: 3, screened: 2, ratePercent: 66.67 },
    },
    coordinatorCoverage: {
      date: '2026-11-26',
      activeUnits: 2,
      unitsWithCoordinator: 1,
      unitsWithoutCoordinator: [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen', type: 'MUNICIPAL_DEPARTMENT' }],
    },
    unconverted: [],
  };
}
