using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Sample;

/// <summary>The default sample (seed 20240601, 2022–2024, scale 1), generated once for the tests that read it.</summary>
public sealed class SampleFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "reform-sample-" + Guid.NewGuid().ToString("N"));

    public SampleManifest Manifest { get; private set; } = null!;

    private readonly Dictionary<string, IReadOnlyList<ReadTable>> _tables = new(StringComparer.Ordinal);

    public async Task InitializeAsync() =>
        Manifest = await SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = Root }, CancellationToken.None);

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The tables of a file of the manifest, read back once.</summary>
    public IReadOnlyList<ReadTable> Tables(SampleFile file)
    {
        lock (_tables)
        {
            if (!_tables.TryGetValue(file.FileName, out var tables))
            {
                tables = SampleReadBack.Read(Root, file);
                _tables[file.FileName] = tables;
            }

            return tables;
        }
    }

    public SampleFile File(string name) => Manifest.Files.Single(f => f.FileName == name);

    /// <summary>
    /// The table of <paramref name="ledger"/> in the file of that month as the office keeps it: in a month sent twice,
    /// the corrected re-send (it replaces the first file, as ingest does); in the month the ledger came as the units' own
    /// returns, the table of each return. A month with no file of the ledger fails the test that asked for it.
    /// </summary>
    public IReadOnlyList<ReadTable> LedgerTables(ReformAnalytics.Model.Ledger ledger, ReformAnalytics.Model.ReportMonth month)
    {
        var files = Manifest.Files.Where(f => f.Month == month && f.Ledgers.Contains(ledger)
            && !Manifest.Corrections.Any(c => c.OriginalFile == f.FileName)).ToArray();
        Assert.True(files.Length == 1 || (files.Length > 1 && files.All(f => f.LeadUnit is not null)), $"{month} {ledger}: {files.Length} files");
        return files.Select(file => Tables(file)[file.Sheets.ToList().FindIndex(s => s.Ledger == ledger)]).ToArray();
    }
}

[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleFixture>
{
    public const string Name = "Default sample";
}
