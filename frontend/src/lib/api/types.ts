/** Short names for the generated schema types (src/lib/api/schema.d.ts, from ../openapi.yaml) used across features. */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type LanguageView = Schemas['LanguageView'];
export type TaskList = Schemas['TaskList'];
export type TaskView = Schemas['TaskView'];
export type TaskKind = Schemas['TaskKind'];
export type ClientConfig = Schemas['ClientConfig'];
export type UnitView = Schemas['UnitView'];
export type UnitRequest = Schemas['UnitRequest'];
export type UnitType = Schemas['UnitType'];
export type UnitSummary = Schemas['UnitSummary'];
export type CoordinatorCoverage = Schemas['CoverageView'];
export type ContactPersonView = Schemas['ContactPersonView'];
export type ContactPersonRequest = Schemas['ContactPersonRequest'];
export type ContactRole = Schemas['ContactRole'];
export type RevisionView = Schemas['HistoryEntry'];
export type PersonalDataExport = Schemas['PersonalDataExport'];
export type EmailPersonalData = Schemas['EmailPersonalData'];
export type EmailErasure = Schemas['EmailErasure'];

export type ApplicantType = Schemas['ApplicantType'];
export type CallImportResult = Schemas['ImportResult'];
export type CallRequest = Schemas['CallRequest'];
export type CallStatus = Schemas['CallStatus'];
export type CallView = Schemas['CallView'];
export type CostCategory = Schemas['CostCategory'];
export type CurrencyConversion = Schemas['CurrencyConversion'];
export type FlatRate = Schemas['FlatRateLimit'];
export type FlatRateType = Schemas['FlatRateType'];
export type Fund = Schemas['Fund'];
export type ProgrammeRequest = Schemas['ProgrammeRequest'];
export type ProgrammeView = Schemas['ProgrammeView'];
export type RuleSet = Schemas['RuleSet'];

export type IdeaRequest = Schemas['IdeaRequest'];
export type IdeaStatus = Schemas['IdeaStatus'];
export type IdeaView = Schemas['IdeaView'];
export type ScreeningOutcome = Schemas['ScreeningOutcome'];
export type ScreeningRateRow = Schemas['UnitRate'];
export type ScreeningRateView = Schemas['ScreeningRateView'];
export type ScreeningRequest = Schemas['ScreeningRequest'];
export type ScreeningView = NonNullable<Schemas['IdeaView']['screening']>;

export type ApplicationContent = Schemas['ApplicationContent'];
export type ApplicationRequest = Schemas['ApplicationRequest'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
export type ApplicationView = Schemas['ApplicationView'];
export type ApplicationListItem = Schemas['ApplicationListItem'];
export type AttachmentView = Schemas['AttachmentView'];
export type CommentRequest = Schemas['CommentRequest'];
export type CommentView = Schemas['CommentView'];
export type SubmittedApplication = Schemas['SubmittedApplication'];
export type TeamCandidateView = Schemas['TeamCandidateView'];
export type TeamMemberView = Schemas['TeamMemberView'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type TransitionAction = Schemas['TransitionAction'];
export type TransitionRequest = Schemas['TransitionRequest'];
export type WorkPackage = Schemas['WorkPackage'];

export type Readiness = Schemas['Readiness'];
export type NextStep = Schemas['NextStep'];
export type ReadinessItem = Schemas['ReadinessItem'];

export type NotificationKind = Schemas['NotificationKind'];
export type NotificationView = Schemas['NotificationView'];
export type Delivery = Schemas['Delivery'];
export type PreferenceView = Schemas['PreferenceView'];

export type CooperationView = Schemas['CooperationView'];
export type CooperationApplication = Schemas['CooperationApplication'];
export type CooperationProject = Schemas['CooperationProject'];
export type CooperationSearch = Schemas['CooperationSearch'];
export type NetworkView = Schemas['NetworkView'];
export type OrganisationType = Schemas['OrganisationType'];
export type PartnerContact = Schemas['PartnerContact'];
export type PartnerImportResult = Schemas['PartnerImportResult'];
export type PartnerRequest = Schemas['PartnerRequest'];
export type PartnerView = Schemas['PartnerView'];

export type InterestRequest = Schemas['InterestRequest'];
export type InterestView = Schemas['InterestView'];
export type MatchReason = Schemas['MatchReason'];
export type MatchView = Schemas['MatchView'];
export type PartnerMemberRequest = Schemas['PartnerMemberRequest'];
export type PartnerMemberView = Schemas['PartnerMemberView'];
export type PartnerRole = Schemas['PartnerRole'];
export type PartnerSearchRequest = Schemas['PartnerSearchRequest'];
export type PartnerSearchView = Schemas['PartnerSearchView'];
export type ReasonKind = Schemas['ReasonKind'];
export type SearchStatus = Schemas['SearchStatus'];

export type BudgetComparison = Schemas['BudgetComparison'];
export type BudgetContent = Schemas['BudgetContent'];
export type BudgetLine = Schemas['BudgetLine'];
export type BudgetPreview = Schemas['BudgetPreview'];
export type BudgetSummary = Schemas['BudgetSummary'];
export type BudgetVersionDetail = Schemas['BudgetVersionDetail'];
export type BudgetVersionView = Schemas['BudgetVersionView'];
export type RevisionOutcome = Schemas['RevisionOutcome'];
export type RevisionState = Schemas['RevisionState'];
export type BudgetView = Schemas['BudgetView'];
export type BudgetViolation = Schemas['BudgetViolation'];
export type BudgetCategory = Schemas['BudgetCategory'];
export type ContributionSource = Schemas['ContributionSource'];
export type Currency = Schemas['Currency'];
export type LineKind = Schemas['LineKind'];
export type PartnerPlan = Schemas['PartnerPlan'];

export type ClaimCategoryRow = Schemas['ClaimCategoryRow'];
export type ClaimSummary = Schemas['ClaimSummary'];
export type ExpenditureRequest = Schemas['ExpenditureRequest'];
export type ExpenditureView = Schemas['ExpenditureView'];
export type Indicator = Schemas['Indicator'];
export type IndicatorProgress = Schemas['IndicatorProgress'];
export type IndicatorType = Schemas['IndicatorType'];
export type Overspend = Schemas['Overspend'];
export type PaymentRequest = Schemas['PaymentRequest'];
export type PeriodView = Schemas['PeriodView'];
export type ProjectStatus = Schemas['ProjectStatus'];
export type ProjectView = Schemas['ProjectView'];
export type ReportAction = Schemas['ReportAction'];
export type ReportContent = Schemas['ReportContent'];
export type ReportKind = Schemas['ReportKind'];
export type ReportRequest = Schemas['ReportRequest'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportTimelineEntry = Schemas['ReportTimelineEntry'];
export type ReportTransitionRequest = Schemas['ReportTransitionRequest'];
export type ReportView = Schemas['ReportView'];
export type ScheduleView = Schemas['ScheduleView'];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
  /** True when `total` is the server's estimate (the applications list above 1 000 matches): show it as "cirka". */
  totalEstimated?: boolean;
}

export const UNIT_TYPES = ['MUNICIPAL_DEPARTMENT', 'TELGE_COMPANY', 'INTERNATIONAL_OFFICE'] as const satisfies readonly UnitType[];
export const CONTACT_ROLES = [
  'INTERNATIONAL_COORDINATOR',
  'EU_PROJECT_MANAGER',
  'FINANCE_CONTACT',
  'OTHER',
] as const satisfies readonly ContactRole[];

/** Largest page the API serves. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 20;

export const FUNDS = [
  'ERDF',
  'ESF_PLUS',
  'INTERREG',
  'ERASMUS_PLUS',
  'HORIZON_EUROPE',
  'CERV',
  'AMIF',
  'LIFE',
  'OTHER',
] as const satisfies readonly Fund[];
export const COST_CATEGORIES = [
  'STAFF',
  'OFFICE_ADMINISTRATION',
  'TRAVEL_ACCOMMODATION',
  'EXTERNAL_EXPERTISE',
  'EQUIPMENT',
  'INFRASTRUCTURE_WORKS',
] as const satisfies readonly CostCategory[];
export const FLAT_RATE_TYPES = [
  'INDIRECT_ON_DIRECT_COSTS',
  'INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING',
  'INDIRECT_ON_STAFF_COSTS',
  'STAFF_ON_OTHER_DIRECT_COSTS',
  'OFFICE_ON_STAFF_COSTS',
  'TRAVEL_ON_STAFF_COSTS',
  'OTHER_COSTS_ON_STAFF_COSTS',
] as const satisfies readonly FlatRateType[];
export const CURRENCY_CONVERSIONS = ['INFOREURO_MONTHLY', 'ECB_AVERAGE', 'EUR_ONLY'] as const satisfies readonly CurrencyConversion[];
export const APPLICANT_TYPES = [
  'MUNICIPALITY',
  'REGION',
  'PUBLIC_AUTHORITY',
  'UNIVERSITY',
  'RESEARCH_BODY',
  'SME',
  'LARGE_COMPANY',
  'NGO',
  'OTHER',
] as const satisfies readonly ApplicantType[];
export const CALL_STATUSES = ['FORTHCOMING', 'OPEN', 'CLOSED'] as const satisfies readonly CallStatus[];
export const IDEA_STATUSES = ['OPEN', 'CLOSED'] as const satisfies readonly IdeaStatus[];
export const SCREENING_OUTCOMES = [
  'APPLY',
  'NOT_ELIGIBLE',
  'NOT_WORTH_APPLYING',
  'OTHER_FUNDING',
] as const satisfies readonly ScreeningOutcome[];
export const APPLICATION_STATUSES = [
  'DRAFT',
  'UNIT_APPROVED',
  'IN_REVIEW',
  'READY_TO_SUBMIT',
  'SUBMITTED',
  'GRANTED',
  'REJECTED',
  'WITHDRAWN',
] as const satisfies readonly ApplicationStatus[];
export const TRANSITION_ACTIONS = [
  'APPROVE_FOR_UNIT',
  'RETURN_FOR_CHANGES',
  'START_REVIEW',
  'CLEAR_FOR_SUBMISSION',
  'SUBMIT',
  'RECORD_GRANT',
  'RECORD_REJECTION',
  'WITHDRAW',
] as const satisfies readonly TransitionAction[];
export const ORGANISATION_TYPES = [
  'MUNICIPALITY',
  'REGION',
  'PUBLIC_AUTHORITY',
  'UNIVERSITY',
  'RESEARCH_BODY',
  'SME',
  'LARGE_COMPANY',
  'NGO',
  'OTHER',
] as const satisfies readonly OrganisationType[];
/** Lead partner first, as the partnership lists them. */
export const PARTNER_ROLES = ['LEAD_PARTNER', 'PARTNER', 'ASSOCIATED_PARTNER'] as const satisfies readonly PartnerRole[];
export const SEARCH_STATUSES = ['OPEN', 'CLOSED'] as const satisfies readonly SearchStatus[];
export const CONTRIBUTION_SOURCES = ['OWN_MUNICIPAL_FUNDS', 'COMPANY_FUNDS', 'OTHER_PUBLIC', 'PRIVATE', 'IN_KIND'] as const satisfies readonly ContributionSource[];
export const LINE_KINDS = ['REAL_COST', 'STAFF_HOURLY', 'UNIT_COST', 'LUMP_SUM'] as const satisfies readonly LineKind[];
export const CURRENCIES = ['SEK', 'EUR'] as const satisfies readonly Currency[];
export const PROJECT_STATUSES = ['RUNNING', 'CLOSING', 'CLOSED', 'ARCHIVED'] as const satisfies readonly ProjectStatus[];
/** The report workflow's steps in the order they are offered. */
export const REPORT_ACTIONS = ['SUBMIT', 'RETURN', 'ACCEPT', 'SEND_TO_FUNDER', 'REOPEN'] as const satisfies readonly ReportAction[];
export const INDICATOR_TYPES = ['OUTPUT', 'RESULT'] as const satisfies readonly IndicatorType[];

export type ControlView = Schemas['ControlView'];
export type ControlLineView = Schemas['ControlLineView'];
export type ControlClarificationView = Schemas['ControlClarificationView'];
export type ControlDrawRequest = Schemas['ControlDrawRequest'];
export type ControlDecisionRequest = Schemas['ControlDecisionRequest'];
export type ControlTextRequest = Schemas['ControlTextRequest'];
export type ControlTransitionRequest = Schemas['ControlTransitionRequest'];
export type ControlErrorTypeView = Schemas['ControlErrorTypeView'];
export type ControlErrorTypeRequest = Schemas['ControlErrorTypeRequest'];
export type FunderCorrections = Schemas['FunderCorrections'];
export type FunderCorrectionView = Schemas['FunderCorrectionView'];
export type FunderCorrectionLine = Schemas['FunderCorrectionLine'];
export type ClarificationRequest = Schemas['ClarificationRequest'];
export type ClarificationAnswer = Schemas['ClarificationAnswer'];
export type ProjectControllerView = Schemas['ProjectControllerView'];
export type ControllerCandidate = Schemas['ControllerCandidate'];
export type SampleMethod = Schemas['SampleMethod'];
export type Decision = Schemas['Decision'];

export type ResultListItem = Schemas['ResultListItem'];
export type ResultView = Schemas['ResultView'];
export type ResultPart = Schemas['ResultPart'];
export type TwinTownListItem = Schemas['TwinTownListItem'];
export type TwinTownView = Schemas['TwinTownView'];
export type TwinTownActivityView = Schemas['TwinTownActivityView'];
export type TwinTownActivityRequest = Schemas['TwinTownActivityRequest'];
export type ActivityKind = Schemas['ActivityKind'];
export type AgreementKind = Schemas['AgreementKind'];
export type ExternalNetworkListItem = Schemas['ExternalNetworkListItem'];
export type ExternalNetworkView = Schemas['ExternalNetworkView'];
export type ExternalNetworkMeetingRequest = Schemas['ExternalNetworkMeetingRequest'];
export const RESULT_PARTS = ['RESULTS', 'EVALUATION', 'DISSEMINATION', 'LESSONS_WORKED', 'LESSONS_TO_AVOID', 'ADVICE'] as const satisfies readonly ResultPart[];
export const ACTIVITY_KINDS = ['VISIT', 'JOINT_APPLICATION', 'PROJECT', 'EXCHANGE', 'OTHER'] as const satisfies readonly ActivityKind[];
export const AGREEMENT_KINDS = ['SISTER_CITY', 'TWIN_TOWN', 'FRIENDSHIP', 'COOPERATION'] as const satisfies readonly AgreementKind[];
