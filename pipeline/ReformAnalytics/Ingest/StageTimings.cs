using System.Diagnostics;

namespace ReformAnalytics.Ingest;

/// <summary>Measures a run stage by stage with a monotonic stopwatch (never the wall clock).</summary>
internal sealed class StageTimings
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<StageTiming> _stages = [];
    private TimeSpan _last;

    public IReadOnlyList<StageTiming> Stages => _stages;

    public void Mark(string stage)
    {
        var now = _watch.Elapsed;
        _stages.Add(new StageTiming(stage, now - _last));
        _last = now;
    }
}
