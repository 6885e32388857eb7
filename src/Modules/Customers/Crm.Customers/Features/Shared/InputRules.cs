using Crm.Customers.Domain;
using FluentValidation;

namespace Crm.Customers.Features.Shared;

internal sealed class AddressValidator : AbstractValidator<Address>
{
    public AddressValidator()
    {
        RuleFor(a => a.Line1).MaximumLength(200);
        RuleFor(a => a.Line2).MaximumLength(200);
        RuleFor(a => a.City).MaximumLength(100);
        RuleFor(a => a.Region).MaximumLength(100);
        RuleFor(a => a.PostalCode).MaximumLength(20);
        RuleFor(a => a.Country).Length(2).Matches("^[A-Z]{2}$").WithMessage("Use an ISO 3166-1 alpha-2 country code, e.g. CN or US.")
            .When(a => a.Country is not null);
    }
}

internal static class InputRules
{
    /// <summary>A phone number as people write it: digits, spaces, +, -, (, ), dots; 6 to 50 characters.</summary>
    public static IRuleBuilderOptions<T, string?> Phone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(@"^\+?[0-9 ()\-.]{6,50}$").WithMessage("Enter a phone number: 6 to 50 digits, spaces, + - ( ) and dots.");
}
