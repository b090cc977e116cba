namespace ReformAnalytics.Metrics;

/// <summary>
/// <c>reform lists</c>: writes the quarter's 成果清单, 负面清单, 红黑榜 and 年度考核 workbooks (see <see cref="ListsWriter"/>)
/// and prints their paths. Returns the exit code: 0 done, 1 no snapshots in the quarter, 2 unusable options or database.
/// </summary>
public static class ListsCommandRunner
{
    public static async Task<int> RunAsync(ListsCommandOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        using var connection = await MetricDatabase.OpenForCommandAsync(options.Validate, options.DbPath, error, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return 2;
        }

        var result = await ListsWriter.WriteAsync(connection, options.Quarter, options.OutDir, cancellationToken).ConfigureAwait(false);
        if (result.AsOf is null)
        {
            await error.WriteLineAsync($"数据库中没有{options.Quarter.Label}（{options.Quarter}）的台账快照。").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"已按{result.AsOf.Value.Label}台账写出{options.Quarter.Label}清单：").ConfigureAwait(false);
        foreach (var file in result.Files)
        {
            await output.WriteLineAsync("  " + file).ConfigureAwait(false);
        }

        return 0;
    }
}
