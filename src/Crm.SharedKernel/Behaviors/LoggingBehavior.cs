using System.Diagnostics;
using Crm.SharedKernel.Results;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Crm.SharedKernel.Behaviors;

/// <summary>Logs each request's name, duration and — for expected failures — the error code.</summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> log)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, ct);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response is IOutcome { IsSuccess: false, Error: { } error })
            log.LogInformation("{Request} failed with {Code} in {Elapsed:0.0} ms", typeof(TMessage).Name, error.Code, elapsed);
        else if (log.IsEnabled(LogLevel.Debug))
            log.LogDebug("{Request} handled in {Elapsed:0.0} ms", typeof(TMessage).Name, elapsed);
        return response;
    }

}
