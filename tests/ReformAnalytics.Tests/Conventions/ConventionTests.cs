using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Conventions;

/// <summary>Rules of the house that matter enough to be checked on every build.</summary>
public sealed partial class ConventionTests
{
    [Fact]
    public void Pipeline_NeverReadsTheClock_StatusDateIsAlwaysAnInput()
    {
        var offenders = SourceFiles("pipeline/ReformAnalytics")
            .Where(f => ClockRead().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void ClockRule_CatchesAnOffendingLine()
    {
        // The rule above must be able to fail: it matches the forms it forbids.
        Assert.Matches(ClockRead(), "var d = DateTime.Now;");
        Assert.Matches(ClockRead(), "DateOnly.FromDateTime(DateTime.Today)");
        Assert.Matches(ClockRead(), "DateTimeOffset.UtcNow");
        Assert.DoesNotMatch(ClockRead(), "var d = options.StatusDate;");
    }

    [Fact]
    public void Packages_AreAllPinnedToExactVersions()
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props"));
        var versions = props.Descendants("PackageVersion").Select(e => (Name: (string?)e.Attribute("Include"), Version: (string?)e.Attribute("Version"))).ToList();

        Assert.NotEmpty(versions);
        Assert.All(versions, v => Assert.Matches(@"^\d+(\.\d+){1,3}$", v.Version ?? string.Empty));
    }

    [Fact]
    public void Projects_TakeVersionsOnlyFromTheCentralFile()
    {
        var projects = Directory.EnumerateFiles(RepositoryRoot.Path, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal));
        var withVersion = projects
            .SelectMany(p => XDocument.Load(p).Descendants("PackageReference").Where(r => r.Attribute("Version") is not null).Select(_ => p))
            .ToList();

        Assert.Empty(withVersion);
    }

    [Fact]
    public void EveryStoredTableAndColumn_IsDocumentedForAnalysts()
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "pipeline/ReformAnalytics/Database/schema.sql"));
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/schema.md"));
        var tables = SchemaTables(schema);

        Assert.Equal(["snapshots", "ingest_log", "ingest_issues", "unit_names"], tables.Select(t => t.Name));
        var missing = tables
            .SelectMany(t => t.Columns.Where(c => !Regex.IsMatch(docs, $@"(?<![A-Za-z_]){c}(?![A-Za-z_])")).Select(c => $"{t.Name}.{c}")
                .Prepend(docs.Contains($"## `{t.Name}`", StringComparison.Ordinal) ? null : t.Name + " (no section)"))
            .OfType<string>()
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void SchemaReading_FindsEachTablesColumns()
    {
        // The rule above must see every column: quoted names and arrays included.
        var tables = SchemaTables("CREATE TABLE IF NOT EXISTS t (\n    a  VARCHAR NOT NULL,  -- x, y\n    \"column\" VARCHAR,\n    c DATE[]\n);");

        var t = Assert.Single(tables);
        Assert.Equal("t", t.Name);
        Assert.Equal(["a", "column", "c"], t.Columns);
    }

    private static List<(string Name, List<string> Columns)> SchemaTables(string sql) =>
        [.. TableDefinition().Matches(sql).Select(m => (m.Groups[1].Value, m.Groups[2].Value.Split('\n')
            .Select(line => ColumnDefinition().Match(line))
            .Where(c => c.Success)
            .Select(c => c.Groups[1].Value)
            .ToList()))];

    [GeneratedRegex(@"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\n\);", RegexOptions.Singleline)]
    private static partial Regex TableDefinition();

    [GeneratedRegex(@"^\s+""?(\w+)""?\s+[A-Z]+")]
    private static partial Regex ColumnDefinition();

    private static IEnumerable<string> SourceFiles(string relative) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, relative), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal));

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|Today|UtcNow)\b")]
    private static partial Regex ClockRead();
}
