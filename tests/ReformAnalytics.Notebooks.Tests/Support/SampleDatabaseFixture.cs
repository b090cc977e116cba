using System.Collections.Concurrent;
using ReformAnalytics.Ingest;
using ReformAnalytics.Notebooks.Tests.Harness;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Notebooks.Tests.Support;

/// <summary>
/// The sample county (default options: seed 20240601, 2022–2024), generated and ingested once into a temporary
/// folder, as <c>reform demo</c> does into <c>.demo/</c>. Each notebook is executed at most once against it, with
/// <c>REFORM_DB</c> pointing at the database, and its run shared by the tests that look at it.
/// </summary>
public sealed class SampleDatabaseFixture : IAsyncLifetime
{
    public const string DatabaseVariable = "REFORM_DB";

    private readonly ConcurrentDictionary<string, Lazy<Task<NotebookRun>>> _runs = new(StringComparer.Ordinal);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "reform-notebooks-" + Guid.NewGuid().ToString("N")[..12]);

    public string DatabasePath => Path.Combine(Folder, "reform.duckdb");

    public SampleManifest Manifest { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var sample = Path.Combine(Folder, "sample");
        Manifest = await SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = sample }, CancellationToken.None);
        var summary = await IngestRunner.RunAsync(
            [sample],
            new IngestOptions { DatabasePath = DatabasePath, LakeRoot = Path.Combine(Folder, "lake") },
            CancellationToken.None);
        if (summary.Refused || summary.RowsStored == 0)
        {
            throw new InvalidOperationException("示例县入库失败：" + string.Join("；", summary.Files.Select(f => f.Message)));
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: a test must not fail on cleanup.
        }

        return Task.CompletedTask;
    }

    /// <summary>The run of <c>notebooks/<paramref name="fileName"/></c> against the sample database (executed on first request).</summary>
    internal Task<NotebookRun> RunAsync(string fileName) =>
        _runs.GetOrAdd(fileName, name => new Lazy<Task<NotebookRun>>(() => NotebookRunner.RunAsync(
            NotebookDocument.Load(RepositoryPaths.Notebook(name)),
            RepositoryPaths.Root,
            new Dictionary<string, string> { [DatabaseVariable] = DatabasePath },
            CancellationToken.None))).Value;
}

[CollectionDefinition(Name)]
public sealed class SampleDatabaseCollection : ICollectionFixture<SampleDatabaseFixture>
{
    public const string Name = "Sample county database";
}
