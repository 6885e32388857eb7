using System.Diagnostics.CodeAnalysis;

namespace Crm.SharedKernel.Results;

/// <summary>Lets generic code (the validation behaviour) build a failed result of any <c>Result&lt;T&gt;</c>.</summary>
public interface IResultFactory<out TSelf>
{
    static abstract TSelf Fail(Error error);
}

/// <summary>What code that does not know <c>T</c> can ask of a result.</summary>
public interface IOutcome
{
    bool IsSuccess { get; }
    Error? Error { get; }
}

/// <summary>The outcome of a use case: a value, or an expected <see cref="Error"/>.</summary>
public sealed class Result<T> : IResultFactory<Result<T>>, IOutcome
{
    private readonly T? _value;

    private Result(T value) { _value = value; IsSuccess = true; }
    private Result(Error error) { Error = error; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    public Error? Error { get; }

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error.Code}");

    public static Result<T> Ok(T value) => new(value);
    public static Result<T> Fail(Error error) => new(error);

    public static implicit operator Result<T>(T value) => new(value);
    public static implicit operator Result<T>(Error error) => new(error);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? map(Value) : Error;
}
