using ReformAnalytics.Model;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Sample;

public sealed class SampleScaleTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reform-sample-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_ScaleTwo_WritesTwoCountiesWithDistinctTasks()
    {
        var single = Path.Combine(_root, "one");
        var one = await SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = single, FirstYear = 2024, LastYear = 2024, LastMonth = new ReportMonth(2024, 2) }, CancellationToken.None);

        var manifest = await SampleCounty.WriteAsync(
            new SampleOptions { OutputDirectory = Path.Combine(_root, "two"), Scale = 2, FirstYear = 2024, LastYear = 2024, LastMonth = new ReportMonth(2024, 2) },
            CancellationToken.None);

        // county 0 is the same county as in a run of scale 1; the second county adds its own 140–160 tasks
        Assert.InRange(manifest.Years[0].OverallTasks - one.Years[0].OverallTasks, 140, 160);
        var file = manifest.Files.First(f => f.Ledgers.Contains(Ledger.Overall));
        var table = SampleReadBack.Read(Path.Combine(_root, "two"), file)[file.Sheets.ToList().FindIndex(s => s.Ledger == Ledger.Overall)];
        var names = table.TaskRowsUnderHeadings.Select(r => ReadTable.Label(r.Heading, r.Cells)).ToArray(); // sub-tasks share a name, not a heading
        var leads = table.TaskRows.Select(r => ReadTable.Column(r.Cells, LedgerAliases.Lead).Text).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(leads, l => l.StartsWith("县", StringComparison.Ordinal));
        Assert.Contains(leads, l => !l.StartsWith("县", StringComparison.Ordinal) && l.Contains("县", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith("县）", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_EachMonthsFiles_AreOnDiskBeforeTheNextMonthIsGenerated()
    {
        var seen = new List<(int Month, int FilesOnDisk)>();
        var progress = new Synchronous(p => seen.Add((p.MonthsDone, Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Count())));

        var manifest = await SampleCounty.WriteAsync(
            new SampleOptions { OutputDirectory = _root, Scale = 2, FirstYear = 2024, LastYear = 2024, LastMonth = new ReportMonth(2024, 3) },
            progress,
            CancellationToken.None);

        Assert.Equal([1, 2, 3], seen.Select(s => s.Month));
        for (var i = 0; i < seen.Count; i++)
        {
            var month = new ReportMonth(2024, i + 1);
            Assert.Equal(manifest.Files.Count(f => f.Month <= month), seen[i].FilesOnDisk);
        }
    }

    [Fact]
    public async Task WriteAsync_PlainCsvAndXlsx_WritesTheSameRowsInBothFormsWithoutPlants()
    {
        var manifest = await SampleCounty.WriteAsync(
            new SampleOptions { OutputDirectory = _root, Shape = SampleShape.PlainCsvAndXlsx, FirstYear = 2024, LastYear = 2024, LastMonth = new ReportMonth(2024, 2) },
            CancellationToken.None);

        // 2 months x 3 ledgers, each as csv/….csv and xlsx/….xlsx
        Assert.Equal(6, manifest.Files.Count(f => f.FileName.StartsWith("csv/", StringComparison.Ordinal) && f.Encoding == "utf-8"));
        Assert.Equal(6, manifest.Files.Count(f => f.FileName.StartsWith("xlsx/", StringComparison.Ordinal) && f.Encoding == "xlsx"));
        Assert.Equal(manifest.RowsWritten / 2, manifest.SnapshotRows);
        Assert.Empty(manifest.Corrections);
        Assert.Empty(manifest.BadCells);
        Assert.Empty(manifest.MissingReturns);
        foreach (var csv in manifest.Files.Where(f => f.Encoding == "utf-8"))
        {
            var xlsx = manifest.Files.Single(f => f.FileName == "xlsx/" + Path.GetFileNameWithoutExtension(csv.FileName) + ".xlsx");
            var csvTable = SampleReadBack.Read(_root, csv)[0];
            var xlsxTable = SampleReadBack.Read(_root, xlsx)[0];

            Assert.Equal(csvTable.Rows.Count, csv.TaskRows + 1);
            Assert.Equal(csvTable.Rows.Select(r => r.Cells.Select(c => c.Shown)), xlsxTable.Rows.Select(r => r.Cells.Select(c => c.Shown)));
        }
    }

    [Fact]
    public async Task WriteAsync_SameFolderAgainWithFewerMonths_RemovesTheFilesOfTheEarlierRun()
    {
        await SampleCounty.WriteAsync(Options(3), CancellationToken.None);
        var stranger = Path.Combine(_root, "说明.docx");
        await File.WriteAllTextAsync(stranger, "not ours");

        var manifest = await SampleCounty.WriteAsync(Options(1), CancellationToken.None);

        var onDisk = Directory.EnumerateFiles(_root).Select(Path.GetFileName).Where(n => n is not ("manifest.json" or "说明.docx"));
        Assert.Equal(manifest.Files.Select(f => f.FileName).Order(StringComparer.Ordinal), onDisk.Order(StringComparer.Ordinal));
        Assert.True(File.Exists(stranger));
    }

    private SampleOptions Options(int lastMonth) =>
        new() { OutputDirectory = _root, FirstYear = 2024, LastYear = 2024, LastMonth = new ReportMonth(2024, lastMonth) };

    private sealed class Synchronous(Action<SampleProgress> report) : IProgress<SampleProgress>
    {
        public void Report(SampleProgress value) => report(value);
    }
}
