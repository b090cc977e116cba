using DuckDB.NET.Data;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using ReformAnalytics.Risk;
using ReformAnalytics.Sample;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Risk;

/// <summary>
/// The default sample county (seed, 2022-2024), ingested once; then, once for the class: a backtest at two cut-offs,
/// a model trained and saved as of 2024-06, the risk list of 2024-06 from that model (with its workbook) and the
/// same list from a model trained in memory.
/// </summary>
public sealed class RiskSampleFixture : IAsyncLifetime
{
    public static readonly ReportMonth AsOf = new(2024, 6);

    private readonly TempFolder _temp = new("reform-risk");

    public string Db => _temp.File("reform.duckdb");

    public string ModelDir => _temp.File("risk-model");

    public string ReportDir => _temp.File("report");

    public string Xlsx => _temp.File("督察前风险清单.xlsx");

    public DuckDBConnection Connection { get; private set; } = null!;

    public RiskBacktestResult Backtest { get; private set; } = null!;

    public RiskTrainingResult Training { get; private set; } = null!;

    public RiskFlagResult Flags { get; private set; } = null!;

    public RiskFlagResult FlagsTrainedInMemory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var sample = _temp.File("sample");
        await SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = sample }, CancellationToken.None);
        await IngestRunner.RunAsync([sample], new IngestOptions { DatabasePath = Db, LakeRoot = _temp.File("lake") }, CancellationToken.None);
        Backtest = await RiskBacktest.RunAsync(
            Db,
            ReportDir,
            new RiskBacktestOptions { CutOffs = [new ReportMonth(2024, 4), new ReportMonth(2024, 7)] },
            CancellationToken.None);
        Training = await RiskTrainer.TrainAsync(Db, AsOf, RiskOptions.DefaultHorizon, ModelDir, CancellationToken.None);
        Connection = new DuckDBConnection("DataSource=" + Db);
        await Connection.OpenAsync();
        Flags = await RiskFlagger.FlagAsync(Connection, AsOf, new RiskFlagOptions { Top = 20, XlsxPath = Xlsx, ModelDirectory = ModelDir }, CancellationToken.None);
        FlagsTrainedInMemory = await RiskFlagger.FlagAsync(Connection, AsOf, 20, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Connection.DisposeAsync();
        _temp.Dispose();
    }
}
