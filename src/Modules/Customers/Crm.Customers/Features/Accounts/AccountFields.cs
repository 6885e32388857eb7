using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using FluentValidation;

namespace Crm.Customers.Features.Accounts;

/// <summary>The editable fields an account is created and updated with.</summary>
internal interface IAccountFields
{
    string Name { get; }
    string? AlternateName { get; }
    string? Industry { get; }
    string? Website { get; }
    string? Email { get; }
    string? Phone { get; }
    Address? Address { get; }
    string? Source { get; }
    string? Notes { get; }
    IReadOnlyList<string>? Tags { get; }
}

/// <summary>One set of rules for those fields, so a create and an update accept the same account.</summary>
internal sealed class AccountFieldsValidator : AbstractValidator<IAccountFields>
{
    public AccountFieldsValidator()
    {
        RuleFor(a => a.Name).NotEmpty().MaximumLength(200);
        RuleFor(a => a.AlternateName).MaximumLength(200);
        RuleFor(a => a.Industry).MaximumLength(100);
        RuleFor(a => a.Website).Website();
        RuleFor(a => a.Email).EmailAddress().MaximumLength(254).When(a => !string.IsNullOrEmpty(a.Email));
        RuleFor(a => a.Phone).Phone();
        RuleFor(a => a.Address!).SetValidator(new AddressValidator()).When(a => a.Address is not null);
        RuleFor(a => a.Source).MaximumLength(100);
        RuleFor(a => a.Notes).MaximumLength(10_000);
        RuleFor(a => a.Tags).Tags();
    }
}
