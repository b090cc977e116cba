using ReformAnalytics.Sample.Simulation;

namespace ReformAnalytics.Sample;

/// <summary>
/// One generation run. Year by year it builds the counties' tasks; month by month it moves every task on
/// (<see cref="ProgressModel"/>), lets each unit write its row (<see cref="StatusReporter"/>), plants that
/// month's cases, and writes the month's files at once, so only the current month is ever in memory.
/// </summary>
internal sealed class SampleGenerator(SampleOptions options)
{
    private readonly SampleOptions _options = options;
    private readonly string _root = Path.GetFullPath(options.OutputDirectory);
    private readonly ManifestRecorder _record = new();

    public async Task<SampleManifest> RunAsync(IProgress<SampleProgress>? progress, CancellationToken ct)
    {
        // The earlier run's manifest is read (to remove its files this run does not write) and deleted at once,
        // so that a run cut short leaves no manifest claiming files it did not finish.
        var previous = await ReadPreviousAsync(ct).ConfigureAwait(false);
        Directory.CreateDirectory(_root);
        File.Delete(Path.Combine(_root, SampleManifest.FileName));
        var counties = Enumerable.Range(0, _options.Scale).Select(i => CountyBuilder.Build(_options.Seed, i)).ToArray();
        var last = _options.EffectiveLastMonth;
        var monthsTotal = ((_options.LastYear - _options.FirstYear) * 12) + last.Month;
        var monthsDone = 0;
        for (var year = _options.FirstYear; year <= _options.LastYear; year++)
        {
            var months = year == _options.LastYear ? last.Month : 12;
            var yearRun = new YearRun(_options, _root, _record, counties, year, months);
            for (var month = 1; month <= months; month++)
            {
                ct.ThrowIfCancellationRequested();
                yearRun.WriteMonth(month, ct);
                monthsDone++;
                progress?.Report(new SampleProgress(monthsDone, monthsTotal, _record.Rows));
            }
        }

        var manifest = _record.Build(_options, last);
        await manifest.WriteAsync(_root, ct).ConfigureAwait(false);
        RemoveStale(previous);
        return manifest;
    }

    private async Task<SampleManifest?> ReadPreviousAsync(CancellationToken ct)
    {
        try
        {
            return Directory.Exists(_root) ? await SampleManifest.ReadAsync(_root, ct).ConfigureAwait(false) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Deletes the files an earlier run in the same folder wrote and this run did not (only those its manifest lists).</summary>
    private void RemoveStale(SampleManifest? previous)
    {
        if (previous is null)
        {
            return;
        }

        var current = _record.Files.Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in previous.Files.Where(f => !current.Contains(f.FileName)))
        {
            var path = Path.GetFullPath(Path.Combine(_root, file.FileName));
            if (path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
