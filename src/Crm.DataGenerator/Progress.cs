using System.Diagnostics;

namespace Crm.DataGenerator;

/// <summary>
/// Rows written to one table, reported on stderr about once a second (on one line when stderr is a terminal, else
/// every 10 s) and once at the end. A <paramref name="quiet"/> one — the timeline written alongside a table — reports
/// only at the end.
/// </summary>
internal sealed class Progress(string table, long expected, bool quiet = false)
{
    private static readonly bool Terminal = !Console.IsErrorRedirected;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _nextReport = Stopwatch.Frequency;

    public long Rows { get; private set; }
    public TimeSpan Elapsed => _clock.Elapsed;

    public void Add(long rows = 1)
    {
        Rows += rows;
        if (quiet || (Rows & 1023) != 0 || _clock.ElapsedTicks < _nextReport) return;
        _nextReport = _clock.ElapsedTicks + Stopwatch.Frequency * (Terminal ? 1 : 10);
        var line = $"  {table,-18} {Rows,12:N0} / ~{expected:N0}  {Rate,9:N0} rows/s";
        if (Terminal) Console.Error.Write($"\r{line}   "); else Console.Error.WriteLine(line);
    }

    public double Rate => Rows / Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);

    public void Done()
    {
        _clock.Stop();
        Console.Error.WriteLine($"{(Terminal ? "\r" : "")}  {table,-18} {Rows,12:N0} rows in {_clock.Elapsed.TotalSeconds,7:N1} s  {Rate,9:N0} rows/s" + new string(' ', 12));
    }
}
