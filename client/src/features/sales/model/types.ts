import type { components } from '@/api/generated/schema';

/** Names for the generated contract's Sales shapes (never hand-written: these are aliases of the OpenAPI types). */
type S = components['schemas'];

export type PipelineDetails = S['PipelineDetails'];
export type PipelineStageDetails = S['PipelineStageDetails'];
export type PipelineStageInput = S['PipelineStageInput'];
export type StageCategory = S['StageCategory'];
export type CreatePipelineBody = S['CreatePipeline'];
export type UpdatePipelineBody = S['UpdatePipeline'];

export type ProductDetails = S['ProductDetails'];
export type CreateProductBody = S['CreateProduct'];
export type UpdateProductBody = S['UpdateProduct'];

export type PriceListDetails = S['PriceListDetails'];
export type PriceListPrice = S['PriceListPrice'];
export type CreatePriceListBody = S['CreatePriceList'];
export type UpdatePriceListBody = S['UpdatePriceList'];

export type ExchangeRateDetails = S['ExchangeRateDetails'];
export type SetExchangeRateBody = S['SetExchangeRate'];

export type LeadSummary = S['LeadSummary'];
export type LeadDetails = S['LeadDetails'];
export type LeadStatus = S['LeadStatus'];
export type CreateLeadBody = S['CreateLead'];
export type UpdateLeadBody = S['UpdateLead'];
export type ConvertLeadBody = S['ConvertLead'];
export type LeadConversion = S['LeadConversion'];

export type OpportunitySummary = S['OpportunitySummary'];
export type OpportunityDetails = S['OpportunityDetails'];
export type OpportunityStatus = S['OpportunityStatus'];
export type ForecastCategory = S['ForecastCategory'];
export type OpportunityLineInput = S['OpportunityLineInput'];
export type OpportunityStageStay = S['OpportunityStageStay'];
export type CreateOpportunityBody = S['CreateOpportunity'];
export type UpdateOpportunityBody = S['UpdateOpportunity'];
export type PipelineBoard = S['PipelineBoard'];
export type PipelineBoardStage = S['PipelineBoardStage'];

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export const leadStatuses: LeadStatus[] = ['New', 'Working', 'Qualified', 'Disqualified', 'Converted'];
export const stageCategories: StageCategory[] = ['Open', 'Won', 'Lost'];
export const opportunityStatuses: OpportunityStatus[] = ['Open', 'Won', 'Lost'];
export const forecastCategories: ForecastCategory[] = ['Pipeline', 'BestCase', 'Commit', 'Omitted'];

export type QuoteDetails = S['QuoteDetails'];
export type QuoteLineDetails = S['QuoteLineDetails'];
export type QuoteSummary = S['QuoteSummary'];
export type QuoteStatus = S['QuoteStatus'];
export type CreateQuoteBody = S['CreateQuote'];
export type UpdateQuoteBody = S['UpdateQuote'];
export type SalesLineInput = S['SalesLineInput'];

export type OrderDetails = S['OrderDetails'];
export type OrderLineDetails = S['OrderLineDetails'];
export type OrderSummary = S['OrderSummary'];
export type OrderStatus = S['OrderStatus'];
export type PlaceOrderBody = S['PlaceOrder'];

export const quoteStatuses: QuoteStatus[] = ['Draft', 'Sent', 'Accepted', 'Rejected', 'Expired'];
export const orderStatuses: OrderStatus[] = ['Placed', 'Fulfilled', 'Cancelled'];

export type SalesGrouping = S['SalesGrouping'];
export type SalesForecast = S['SalesForecast'];
export type ForecastRow = S['ForecastRow'];
export type QuotaAttainment = S['QuotaAttainment'];
export type AttainmentRow = S['AttainmentRow'];
export type QuotaDetails = S['QuotaDetails'];
export type SetQuotaBody = S['SetQuota'];
export type CommissionStatement = S['CommissionStatement'];
export type CommissionLine = S['CommissionLine'];
export type CommissionRuleDetails = S['CommissionRuleDetails'];
export type CommissionTierInput = S['CommissionTierInput'];
export type CreateCommissionRuleBody = S['CreateCommissionRule'];
export type UpdateCommissionRuleBody = S['UpdateCommissionRule'];
export type SalesPerformance = S['SalesPerformance'];
export type RepPerformance = S['RepPerformance'];
