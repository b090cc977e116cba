using ReformAnalytics.Ingest;
using ReformAnalytics.Sample;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>The default sample county (seed, 2022–2024), generated and ingested once for a test class.</summary>
public sealed class SampleCountyFixture : IAsyncLifetime
{
    private readonly TempFolder _temp = new("reform-sample-ingest");

    public string SampleDir => _temp.File("sample");

    public string Db => _temp.File("reform.duckdb");

    public string Lake => _temp.File("lake");

    public SampleManifest Manifest { get; private set; } = null!;

    public IngestSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Manifest = await SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = SampleDir }, CancellationToken.None);
        Summary = await IngestRunner.RunAsync([SampleDir], new IngestOptions { DatabasePath = Db, LakeRoot = Lake }, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
