using ReformAnalytics.Cli.Infrastructure;

namespace ReformAnalytics.Cli.Commands;

/// <summary>Every `reform` command, in the order the help lists them (the program and its tests use this one list).</summary>
internal static class CommandCatalog
{
    public static ICommand[] All() =>
    [
        new DemoCommand(),
        new IngestCommand(),
        new ValidateCommand(),
        new RemoveCommand(),
        new UnitsCommand(),
        new SampleCommand(),
        new MetricsCommand(),
        new ListsCommand(),
        new RiskCommand(),
        new ChartsCommand(),
        new ReportCommand(),
        new NoticesCommand(),
        new SqlCommand(),
        new ServeCommand(),
        new BenchCommand(),
        new RebuildCommand(),
    ];
}
