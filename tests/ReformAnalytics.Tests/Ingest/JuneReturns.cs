namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// June 2024's returns of two units as CSV, named in the tests only for their unit: 县发改局 (推进A改革 60%, 推进B改革
/// 40%) and 县财政局 (推进C改革 50%). Nothing in them says the ledger or the month; their archive's or folder's name does.
/// </summary>
internal static class JuneReturns
{
    public const string Header = "序号,改革任务,牵头单位,责任领导,完成时限,完成情况,完成进度\n";

    public const string Development = Header +
        "1,推进A改革,县发改局,张三,2024年9月底前,序时推进,60%\n" +
        "2,推进B改革,县发改局,张三,2024年12月底前,序时推进,40%\n";

    public const string Finance = Header + "1,推进C改革,县财政局,李四,2024年9月底前,序时推进,50%\n";

    /// <summary>The rows both returns store for June's overall ledger, each file under its own name (ledger|month|file|task|progress).</summary>
    public static readonly string[] Stored =
    [
        "overall|2024-06|县发改局.csv|推进A改革|60",
        "overall|2024-06|县发改局.csv|推进B改革|40",
        "overall|2024-06|县财政局.csv|推进C改革|50",
    ];

    /// <summary>What <paramref name="f"/>'s database holds, in the form of <see cref="Stored"/>.</summary>
    public static async Task<IEnumerable<string>> StoredAsync(IngestFixture f) =>
        (await f.QueryAsync("SELECT ledger, strftime(report_month, '%Y-%m'), source_file, task_name, progress_pct FROM snapshots ORDER BY task_name"))
            .Select(r => string.Join('|', r));
}
