namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>One `reform` sub-command.</summary>
internal interface ICommand
{
    string Name { get; }

    /// <summary>One line, Chinese, shown in `reform help`.</summary>
    string Summary { get; }

    /// <summary>Usage lines shown by `reform help NAME` and on a usage error.</summary>
    string Usage { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct);
}
