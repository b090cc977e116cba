using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Sample;

[Collection(SampleCollection.Name)]
public sealed class SampleManifestTests(SampleFixture sample)
{
    [Fact]
    public void Manifest_ListsEveryFileWrittenAndNoOther()
    {
        var onDisk = Directory.EnumerateFiles(sample.Root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(sample.Root, p).Replace('\\', '/'))
            .Where(n => n != SampleManifest.FileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(sample.Manifest.Files.Select(f => f.FileName).Order(StringComparer.Ordinal), onDisk);
    }

    [Fact]
    public void Manifest_TaskRowsOfEveryTable_MatchTheRowsReadBack()
    {
        foreach (var file in sample.Manifest.Files)
        {
            var tables = sample.Tables(file);
            Assert.Equal(file.Sheets.Count, tables.Count);
            for (var i = 0; i < tables.Count; i++)
            {
                Assert.Equal(file.Sheets[i].Name, tables[i].Sheet);
                Assert.True(file.Sheets[i].TaskRows == tables[i].TaskRows.Count(), $"{file.FileName} {tables[i].Sheet}");
            }
        }
    }

    [Fact]
    public void Manifest_RowCounts_AddUpAndDiscountTheReplacedOriginal()
    {
        var written = sample.Manifest.Files.Sum(f => (long)f.TaskRows);
        var replaced = sample.Manifest.Corrections.Sum(c => (long)sample.File(c.OriginalFile).TaskRows);

        Assert.Equal(written, sample.Manifest.RowsWritten);
        Assert.Single(sample.Manifest.Corrections);
        Assert.Equal(written - replaced, sample.Manifest.SnapshotRows);
    }

    [Fact]
    public async Task ReadAsync_ManifestJson_GivesBackTheManifestReturned()
    {
        var read = await SampleManifest.ReadAsync(sample.Root, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(sample.Manifest.Seed, read.Seed);
        Assert.Equal(sample.Manifest.LastMonth, read.LastMonth);
        Assert.Equal(sample.Manifest.SnapshotRows, read.SnapshotRows);
        Assert.Equal(sample.Manifest.Files.Select(f => (f.FileName, f.Month, f.Encoding, f.TaskRows)), read.Files.Select(f => (f.FileName, f.Month, f.Encoding, f.TaskRows)));
        Assert.Equal(sample.Manifest.Rewordings, read.Rewordings);
        Assert.Equal(sample.Manifest.MidYearTasks, read.MidYearTasks);
        Assert.Equal(sample.Manifest.BadCells, read.BadCells);
        Assert.Equal(sample.Manifest.Revisions, read.Revisions);
        Assert.Equal(sample.Manifest.Corrections.Single().Changes, read.Corrections.Single().Changes);
    }

    [Fact]
    public async Task ReadAsync_FolderWithoutManifest_ReturnsNull()
    {
        var empty = Directory.CreateTempSubdirectory("reform-sample-");
        try
        {
            Assert.Null(await SampleManifest.ReadAsync(empty.FullName, CancellationToken.None));
        }
        finally
        {
            empty.Delete();
        }
    }
}
