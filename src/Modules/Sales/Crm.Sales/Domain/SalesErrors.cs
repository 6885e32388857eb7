using Crm.SharedKernel.Results;

namespace Crm.Sales.Domain;

/// <summary>The Sales module's error catalogue; codes are stable API.</summary>
internal static class SalesErrors
{
    public static Error ProductNotFound(Guid id) => Error.NotFound("sales.product_not_found", $"Product {id} was not found.");
    public static Error PriceListNotFound(Guid id) => Error.NotFound("sales.price_list_not_found", $"Price list {id} was not found.");
    public static Error PipelineNotFound(Guid id) => Error.NotFound("sales.pipeline_not_found", $"Pipeline {id} was not found.");
    public static Error LeadNotFound(Guid id) => Error.NotFound("sales.lead_not_found", $"Lead {id} was not found.");
    public static Error OpportunityNotFound(Guid id) => Error.NotFound("sales.opportunity_not_found", $"Opportunity {id} was not found.");
    public static Error QuoteNotFound(Guid id) => Error.NotFound("sales.quote_not_found", $"Quote {id} was not found.");
    public static Error OrderNotFound(Guid id) => Error.NotFound("sales.order_not_found", $"Order {id} was not found.");
    public static Error ExchangeRateNotFound(Guid id) => Error.NotFound("sales.exchange_rate_not_found", $"Exchange rate {id} was not found.");
    public static Error QuotaNotFound(Guid id) => Error.NotFound("sales.quota_not_found", $"Quota {id} was not found.");
    public static Error CommissionRuleNotFound(Guid id) => Error.NotFound("sales.commission_rule_not_found", $"Commission rule {id} was not found.");

    public static Error ProductCodeTaken(string code) => Error.Conflict("sales.product_code_taken", $"A product with code '{code}' already exists.");
    public static Error PipelineNameTaken(string name) => Error.Conflict("sales.pipeline_name_taken", $"A pipeline named '{name}' already exists.");
    public static Error PriceListNameTaken(string name) => Error.Conflict("sales.price_list_name_taken", $"A price list named '{name}' already exists.");
    public static readonly Error NoDefaultPipeline = Error.Rule("sales.no_default_pipeline", "No default pipeline is defined; an administrator must create one.");
    public static readonly Error NoDefaultPriceList = Error.Rule("sales.no_default_price_list", "No default price list is defined; name one.");

    public static Error StageInUse(string stage) =>
        Error.Rule("sales.stage_in_use", $"Stage '{stage}' still holds opportunities; move them before removing it.");
    public static readonly Error PipelineStagesInvalid = Error.Validation("stages",
        "A pipeline needs at least one open stage, one won stage and one lost stage, with unique names.");

    public static readonly Error StageNotInPipeline = Error.Rule("sales.stage_not_in_pipeline", "That stage belongs to another pipeline; an opportunity moves only along its own.");
    public static readonly Error UseWinOrLose = Error.Rule("sales.use_win_or_lose", "Close an opportunity with win or lose, which record the reason.");
    public static readonly Error OpportunityClosed = Error.Rule("sales.opportunity_closed", "The opportunity is closed (won or lost) and cannot change stage.");
    public static readonly Error NoWonStage = Error.Rule("sales.no_won_stage", "The opportunity's pipeline has no won stage.");
    public static readonly Error NoLostStage = Error.Rule("sales.no_lost_stage", "The opportunity's pipeline has no lost stage.");

    public static Error LeadStatusTransition(string from, string to) =>
        Error.Rule("sales.lead_status_transition", $"A lead cannot go from {from} to {to}.");
    public static readonly Error LeadNotQualified = Error.Rule("sales.lead_not_qualified", "Only a qualified lead can be converted; qualify it first.");
    public static readonly Error LeadConverted = Error.Rule("sales.lead_converted", "The lead was converted already and is read-only.");

    public static Error QuoteStatusTransition(string from, string to) =>
        Error.Rule("sales.quote_status_transition", $"A {from} quote cannot become {to}.");
    public static readonly Error QuoteNotDraft = Error.Rule("sales.quote_not_draft", "Only a draft quote can be edited; revise it to change a sent one.");
    public static readonly Error QuoteNotLatest = Error.Rule("sales.quote_not_latest", "A newer revision of this quote exists; work on that one.");
    public static readonly Error QuoteExpired = Error.Rule("sales.quote_expired", "The quote's validity date has passed; revise it.");
    public static readonly Error QuoteHasNoLines = Error.Rule("sales.quote_empty", "A quote needs at least one line before it is sent.");
    public static readonly Error QuoteNotAccepted = Error.Rule("sales.quote_not_accepted", "Orders are placed from accepted quotes only.");
    public static readonly Error QuoteAlreadyOrdered = Error.Conflict("sales.quote_already_ordered", "An order was placed from this quote already.");
    public static Error ProductNotPriced(string code, string priceList) =>
        Error.Rule("sales.product_not_priced", $"Product {code} has no price in price list '{priceList}'; give a unit price or add it to the list.");
    public static Error ProductInactive(string code) => Error.Rule("sales.product_inactive", $"Product {code} is inactive.");
    public static readonly Error PriceListNotValid = Error.Rule("sales.price_list_not_valid", "The price list is not valid today (see its validity dates).");
    public static readonly Error CurrencyMismatch = Error.Rule("sales.currency_mismatch", "The price list's currency differs from the opportunity's.");

    public static Error OrderStatusTransition(string from, string to) =>
        Error.Rule("sales.order_status_transition", $"A {from} order cannot become {to}.");

    public static Error ExchangeRateMissing(string currency) =>
        Error.Rule("sales.exchange_rate_missing", $"No exchange rate from {currency} to the company currency is in force; an administrator must add one.");
    public static readonly Error ExchangeRateForCompanyCurrency =
        Error.Validation("currency", "The company currency always converts at 1; give rates for other currencies.");

    public static readonly Error AssignForbidden =
        Error.Forbidden("sales.assign_forbidden", "Only managers (sales.manage) may give a record to another owner.");
    public static readonly Error OwnerNotAUser = Error.Validation("ownerId", "The owner is not a user.");
    public static readonly Error AccountUnknown = Error.Validation("accountId", "The account does not exist.");
    public static readonly Error ContactUnknown = Error.Validation("contactId", "The contact does not exist.");
    public static readonly Error StatementForbidden =
        Error.Forbidden("sales.statement_forbidden", "Reps see their own commission statement; others' need sales.manage.");
}
