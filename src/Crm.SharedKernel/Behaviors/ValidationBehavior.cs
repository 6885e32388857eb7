using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;

namespace Crm.SharedKernel.Behaviors;

/// <summary>
/// Runs the request's FluentValidation validators before its handler. Failures come back as a failed
/// <see cref="Result{T}"/> with per-field messages (camelCase field names, as the JSON the client sent).
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
    where TResponse : IResultFactory<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
            failures.AddRange((await validator.ValidateAsync(message, ct)).Errors);
        if (failures.Count == 0) return await next(message, ct);

        var errors = failures
            .GroupBy(f => CamelCase(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        return TResponse.Fail(Error.Validation(errors));
    }

    // "Address.PostalCode" -> "address.postalCode"; "Lines[0].Qty" -> "lines[0].qty"
    private static string CamelCase(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
