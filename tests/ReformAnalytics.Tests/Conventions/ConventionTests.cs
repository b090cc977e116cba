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

    private static IEnumerable<string> SourceFiles(string relative) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, relative), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal));

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|Today|UtcNow)\b")]
    private static partial Regex ClockRead();
}
