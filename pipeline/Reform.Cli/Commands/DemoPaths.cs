namespace ReformAnalytics.Cli.Commands;

/// <summary>Where `reform demo` puts everything, under one folder.</summary>
internal sealed record DemoPaths(string Root)
{
    public string Sample => Path.Combine(Root, "sample");

    public string Lake => Path.Combine(Root, "lake");

    public string Database => Path.Combine(Root, "reform.duckdb");

    public string Reports => Path.Combine(Root, "reports");

    public string Charts => Path.Combine(Root, "charts");

    public string Lists => Path.Combine(Root, "lists");

    public string Risk => Path.Combine(Root, "risk");
}
