using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using FluentValidation;

namespace Crm.Customers.Features.Contacts;

/// <summary>
/// The editable fields a contact is created and updated with. Tags are checked by the requests themselves with
/// <see cref="InputRules.Tags{T}"/>, as for accounts.
/// </summary>
internal interface IContactFields
{
    string FullName { get; }
    string? AlternateName { get; }
    string? JobTitle { get; }
    string? Email { get; }
    string? Phone { get; }
    string? Mobile { get; }
    Address? Address { get; }
    string? Source { get; }
    string? Notes { get; }
}

/// <summary>One set of rules for those fields, so a create and an update accept the same contact.</summary>
internal sealed class ContactFieldsValidator : AbstractValidator<IContactFields>
{
    public ContactFieldsValidator()
    {
        RuleFor(c => c.FullName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.AlternateName).MaximumLength(200);
        RuleFor(c => c.JobTitle).MaximumLength(100);
        RuleFor(c => c.Email).EmailAddress().MaximumLength(254).When(c => !string.IsNullOrEmpty(c.Email));
        RuleFor(c => c.Phone).Phone();
        RuleFor(c => c.Mobile).Phone();
        RuleFor(c => c.Address!).SetValidator(new AddressValidator()).When(c => c.Address is not null);
        RuleFor(c => c.Source).MaximumLength(100);
        RuleFor(c => c.Notes).MaximumLength(10_000);
    }
}
