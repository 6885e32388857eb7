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
    public const int MaxTags = 50;
    public const int MaxTagLength = 50;

    /// <summary>A phone number as people write it: digits, spaces, +, -, (, ), dots; 6 to 50 characters.</summary>
    public static IRuleBuilderOptions<T, string?> Phone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(@"^\+?[0-9 ()\-.]{6,50}$").WithMessage("Enter a phone number: 6 to 50 digits, spaces, + - ( ) and dots.");

    /// <summary>A web address as people type it ("example.cn" or "https://example.cn/about"); only http(s).</summary>
    public static IRuleBuilderOptions<T, string?> Website<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(300)
            .Must(w => string.IsNullOrEmpty(w) || IsWebAddress(w))
            .WithMessage("Enter a web address such as example.com or https://example.com.");

    /// <summary>At most 50 tags of 1 to 50 characters (blank ones are not tags).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> Tags<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(tags => tags is null || (tags.Count <= MaxTags && tags.All(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= MaxTagLength)))
            .WithMessage($"Give at most {MaxTags} tags, each 1 to {MaxTagLength} characters.");

    /// <summary>The version the client read (PostgreSQL never hands out 0), so a write can be checked against it.</summary>
    public static IRuleBuilderOptions<T, uint> Version<T>(this IRuleBuilder<T, uint> rule) =>
        rule.NotEmpty().WithMessage("Send the version of the record you read.");

    private static bool IsWebAddress(string text) =>
        !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Contains('.', StringComparison.Ordinal);
}
