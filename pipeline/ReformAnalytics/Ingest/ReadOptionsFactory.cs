using ReformAnalytics.Reading;

namespace ReformAnalytics.Ingest;

/// <summary>Builds the reading options of a run: the user's column map (--map) when given.</summary>
internal static class ReadOptionsFactory
{
    public static async Task<ReadOptions> CreateAsync(IngestOptions options, CancellationToken ct) =>
        options.MapFile is null
            ? ReadOptions.Default
            : new ReadOptions { ColumnMap = await ColumnMap.LoadAsync(options.MapFile, ct).ConfigureAwait(false) };
}
