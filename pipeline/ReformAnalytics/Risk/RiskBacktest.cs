using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// Rolling-origin backtest of the risk model against the baselines. At each cut-off C every method is trained
/// only on rows whose outcome was known at C (outcome_month &lt;= C), leaving out every task open at C, and then
/// scores the tasks open at C; the scores are compared with what happened in the next H months. The cut-offs
/// follow every <see cref="RiskBacktestOptions.StepMonths"/> months from the first month with
/// <see cref="RiskBacktestOptions.MinimumHistoryMonths"/> months of history before it.
/// </summary>
public static class RiskBacktest
{
    /// <summary>Opens <paramref name="databasePath"/>, runs the backtest and, when <paramref name="outputDirectory"/> is given, writes the report there.</summary>
    public static async Task<RiskBacktestResult> RunAsync(string databasePath, string? outputDirectory, RiskBacktestOptions? options, CancellationToken cancellationToken)
    {
        options ??= new RiskBacktestOptions();
        options.Validate();
        var (connection, message) = await RiskDatabase.OpenAsync(databasePath, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return Empty(options, null, message!);
        }

        await using (connection.ConfigureAwait(false))
        {
            return await RunAsync(connection, outputDirectory, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the backtest on an open ingest database (metric and risk definitions are installed as needed).</summary>
    public static async Task<RiskBacktestResult> RunAsync(DuckDBConnection connection, string? outputDirectory, RiskBacktestOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RiskBacktestOptions();
        options.Validate();
        await RiskViews.InstallAsync(connection, cancellationToken).ConfigureAwait(false);
        if (await RiskDatabase.MonthRangeAsync(connection, cancellationToken).ConfigureAwait(false) is not { } range)
        {
            return Empty(options, null, "数据库中还没有任何台账快照：请先导入台账（reform ingest）。");
        }

        var rows = await RiskDataset.LoadAsync(connection, options.Model, null, null, cancellationToken).ConfigureAwait(false);
        var cutOffs = options.CutOffs ?? Schedule(range.First, range.Last, options);
        var results = new List<RiskCutOffResult>();
        var notes = new List<string>();
        var pooled = new Dictionary<RiskMethod, Pool>();
        foreach (var cutOff in cutOffs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (RunCutOff(rows, cutOff, range.Last, options, pooled, out var note) is { } result)
            {
                results.Add(result);
            }
            else
            {
                notes.Add(note!);
            }
        }

        if (results.Count == 0)
        {
            return Empty(options, range, NotEnoughHistory(range, options, notes));
        }

        var methods = results[0].Methods.Select(m => m.Method).ToList();
        var summaries = methods
            .Select(m => RiskMethodSummary.Of(m, results.Select(r => r.Methods.First(x => x.Method == m).Metrics), pooled[m].Metrics(options.TopK)))
            .ToList();
        var backtest = new RiskBacktestResult(options.Model.Horizon, options.TopK, options.Model.IncludeAlreadyRed, range.First, range.Last, results, summaries, [], null)
        {
            Notes = notes,
        };
        backtest = backtest with { Targets = RiskTargets.Check(summaries, backtest.MeanPrevalence, options.TopK) };
        if (outputDirectory is not null)
        {
            backtest = backtest with { Files = await RiskBacktestReport.WriteAsync(backtest, outputDirectory, cancellationToken).ConfigureAwait(false) };
        }

        return backtest;
    }

    /// <summary>The rolling schedule of cut-offs (December is skipped: its outcome window is empty).</summary>
    public static IReadOnlyList<ReportMonth> Schedule(ReportMonth first, ReportMonth last, RiskBacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cutOffs = new List<ReportMonth>();
        var c = Add(first, options.MinimumHistoryMonths);
        while (c < last)
        {
            if (c.Month != 12)
            {
                cutOffs.Add(c);
            }

            c = Add(c, options.StepMonths);
        }

        return cutOffs;
    }

    private static RiskCutOffResult? RunCutOff(
        List<RiskRow> rows,
        ReportMonth cutOff,
        ReportMonth last,
        RiskBacktestOptions options,
        Dictionary<RiskMethod, Pool> pooled,
        out string? note)
    {
        var (train, test) = Split(rows, cutOff, last);
        if (test.Count == 0)
        {
            note = $"截点{cutOff.Label}：没有结果已知的在办任务，跳过。";
            return null;
        }

        if (RiskHistory.TrainingShortfall(train, options.Model, cutOff, RiskHistory.OpenTasksPerMonth(train)) is { } shortfall)
        {
            note = $"截点{cutOff.Label}：{shortfall}";
            return null;
        }

        RiskMethod[] methods = options.IncludeBaselines ? Enum.GetValues<RiskMethod>() : [RiskMethod.Model];
        var labels = test.Select(r => r.Label).ToArray();
        var results = methods.Select(method =>
        {
            var (scores, probabilities) = RiskScoring.Score(method, train, test, options.Model);
            if (!pooled.TryGetValue(method, out var pool))
            {
                pooled[method] = pool = new Pool();
            }

            pool.Add(scores, probabilities, labels);
            return new RiskMethodResult(method, RiskMetrics.Compute(scores, probabilities, labels, options.TopK));
        }).ToList();
        note = null;
        return new RiskCutOffResult(
            cutOff,
            train.Count,
            train.Select(r => r.TaskId).Distinct(StringComparer.Ordinal).Count(),
            test.Count,
            labels.Count(y => y),
            results);
    }

    /// <summary>
    /// The two sides of a cut-off C: the test rows are the tasks open at C whose outcome is known by the last month
    /// with snapshots; the training rows are the rows before C whose outcome was known at C, of tasks not open at C
    /// (tested or not), so no task is on both sides.
    /// </summary>
    internal static (List<RiskRow> Train, List<RiskRow> Test) Split(IReadOnlyList<RiskRow> rows, ReportMonth cutOff, ReportMonth last)
    {
        var c = cutOff.FirstDay;
        var open = rows.Where(r => r.ReportMonth == c).ToList();
        var test = open.Where(r => r.FellBehind is not null && r.OutcomeMonth <= last.FirstDay).ToList();
        var openTasks = open.Select(r => r.TaskId).ToHashSet(StringComparer.Ordinal);
        var train = rows.Where(r => r.ReportMonth < c && r.OutcomeKnownAt(c) && !openTasks.Contains(r.TaskId)).ToList();
        return (train, test);
    }

    private static string NotEnoughHistory((ReportMonth First, ReportMonth Last) range, RiskBacktestOptions options, List<string> notes)
    {
        var months = ((range.Last.Year - range.First.Year) * 12) + range.Last.Month - range.First.Month + 1;
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"历史数据不足，无法回测：每个截点只用截点前结果已知的数据训练，再看截点后{options.Model.Horizon}个月的结果；第一个截点在有台账的第{options.MinimumHistoryMonths + 1}个月，"
            + $"因此至少需要约{options.MinimumHistoryMonths + options.Model.Horizon + 1}个月的月度台账，当前只有{range.First.Label}至{range.Last.Label}共{months}个月。");
        return notes.Count == 0 ? text : text + string.Join(string.Empty, notes.Take(1).Select(n => "（" + n + "）"));
    }

    private static RiskBacktestResult Empty(RiskBacktestOptions options, (ReportMonth First, ReportMonth Last)? range, string message) =>
        new(options.Model.Horizon, options.TopK, options.Model.IncludeAlreadyRed, range?.First, range?.Last, [], [], [], message);

    private static ReportMonth Add(ReportMonth month, int months)
    {
        var index = (month.Year * 12) + month.Month - 1 + months;
        return new ReportMonth(index / 12, (index % 12) + 1);
    }

    /// <summary>Every cut-off's test rows of one method together, for the pooled calibration figures.</summary>
    private sealed class Pool
    {
        private readonly List<double> _scores = [];
        private readonly List<double> _probabilities = [];
        private readonly List<bool> _labels = [];

        public void Add(double[] scores, double[] probabilities, bool[] labels)
        {
            _scores.AddRange(scores);
            _probabilities.AddRange(probabilities);
            _labels.AddRange(labels);
        }

        public RiskMetricSet Metrics(int k) => RiskMetrics.Compute(_scores, _probabilities, _labels, k);
    }
}
