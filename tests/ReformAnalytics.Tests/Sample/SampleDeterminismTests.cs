using System.Security.Cryptography;
using ReformAnalytics.Model;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Tests.Sample;

[Collection(SampleCollection.Name)]
public sealed class SampleDeterminismTests(SampleFixture sample)
{
    [Fact]
    public async Task WriteAsync_SameSeedTwice_WritesIdenticalBytes()
    {
        var again = Temp();
        try
        {
            await SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = again }, CancellationToken.None);

            var first = HashTree(sample.Root);
            var second = HashTree(again);
            Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
            Assert.Contains("manifest.json", first.Keys);
            foreach (var (name, hash) in first)
            {
                Assert.True(hash == second[name], $"{name} differs between two runs with the same seed");
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_DifferentSeeds_WriteDifferentCounties()
    {
        var a = Temp();
        var b = Temp();
        try
        {
            var options = new SampleOptions { OutputDirectory = a, FirstYear = 2024, LastYear = 2024, LastMonth = new ReportMonth(2024, 2) };
            var first = await SampleCounty.WriteAsync(options, CancellationToken.None);
            var second = await SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = b, Seed = options.Seed + 1, FirstYear = 2024, LastYear = 2024, LastMonth = new ReportMonth(2024, 2) }, CancellationToken.None);

            var firstNames = TaskNames(a, first, Ledger.Overall);
            var secondNames = TaskNames(b, second, Ledger.Overall);
            Assert.NotEqual(firstNames, secondNames);
            var hashesA = HashTree(a);
            var hashesB = HashTree(b);
            Assert.Contains(hashesA.Keys.Intersect(hashesB.Keys), name => hashesA[name] != hashesB[name]);
        }
        finally
        {
            Directory.Delete(a, recursive: true);
            Directory.Delete(b, recursive: true);
        }
    }

    [Fact]
    public async Task Manifest_NamesItsGenerator_AndIsCurrentOnlyForThisBuildAndSeed()
    {
        var saved = await SampleManifest.ReadAsync(sample.Root, CancellationToken.None);

        Assert.NotNull(saved);
        Assert.Equal(SampleCounty.GeneratorFingerprint, saved.Generator);
        Assert.Equal(32, saved.Generator!.Length);
        Assert.True(saved.IsCurrentFor(SampleOptions.DefaultSeed));
        Assert.False(saved.IsCurrentFor(SampleOptions.DefaultSeed + 1));
        Assert.False((saved with { Generator = new string('0', 32) }).IsCurrentFor(SampleOptions.DefaultSeed));
    }

    [Fact]
    public async Task Manifest_WrittenBeforeTheGeneratorWasRecorded_IsNotCurrent()
    {
        var old = Temp();
        Directory.CreateDirectory(old);
        try
        {
            var json = await File.ReadAllTextAsync(Path.Combine(sample.Root, SampleManifest.FileName));
            var withoutGenerator = System.Text.RegularExpressions.Regex.Replace(json, @",\s*""generator"":\s*""[0-9a-f]+""", string.Empty);
            Assert.NotEqual(json, withoutGenerator);
            await File.WriteAllTextAsync(Path.Combine(old, SampleManifest.FileName), withoutGenerator);

            var read = await SampleManifest.ReadAsync(old, CancellationToken.None);

            Assert.NotNull(read);
            Assert.Null(read.Generator);
            Assert.Equal(SampleOptions.DefaultSeed, read.Seed);
            Assert.False(read.IsCurrentFor(SampleOptions.DefaultSeed));
        }
        finally
        {
            Directory.Delete(old, recursive: true);
        }
    }

    private static string[] TaskNames(string root, SampleManifest manifest, Ledger ledger)
    {
        var file = manifest.Files.First(f => f.Ledgers.Contains(ledger));
        var table = SampleReadBack.Read(root, file)[file.Sheets.ToList().FindIndex(s => s.Ledger == ledger)];
        return table.TaskRows.Select(r => ReadTable.Column(r.Cells, LedgerAliases.Task).Text).Order(StringComparer.Ordinal).ToArray();
    }

    private static Dictionary<string, string> HashTree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetRelativePath(root, p).Replace('\\', '/'),
            p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))),
            StringComparer.Ordinal);

    private static string Temp() => Path.Combine(Path.GetTempPath(), "reform-sample-" + Guid.NewGuid().ToString("N"));
}
