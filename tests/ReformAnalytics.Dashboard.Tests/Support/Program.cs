namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>
/// Entry point of the test assembly when run as a program (the test runner never calls it): the writer
/// process of <see cref="WriterProcess"/>, the load run of <see cref="LoadRun"/> and its data, <see cref="SyntheticDatabase"/>.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args switch
        {
            ["hold-writer", var path] => WriterProcess.Run(path),
            ["load-run", .. var rest] => await LoadRun.RunAsync(rest),
            ["synthetic-db", .. var rest] => await SyntheticDatabase.RunAsync(rest),
            _ => 2,
        };
    }
}
