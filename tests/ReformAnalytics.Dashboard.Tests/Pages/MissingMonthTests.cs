using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The fixture county (April to June 2024) with the overall ledger's May never ingested: the overview warns of the
/// missing month, for all ledgers and for the overall ledger, and says nothing of it for the local pilot ledger
/// (whose May is there) nor at the end of April (before the gap).
/// </summary>
public sealed class MissingMonthTests : IAsyncLifetime
{
    private const string Warning = "缺月：2024年5月改革任务总台账未导入。这些月份及其下一个月的漏报无法统计，进度停滞跨过缺月计算；请补齐后导入。";

    private CountyVariant _county = null!;

    public async Task InitializeAsync() =>
        _county = await CountyVariant.CreateAsync("DELETE FROM snapshots WHERE ledger = 'overall' AND report_month = DATE '2024-05-01'");

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task Overview_WarnsOfTheMonthNeverIngested_ForTheLedgersItConcerns()
    {
        using var client = _county.Factory.CreateClient();

        var all = await client.GetStringAsync("/?month=2024-06");
        var overall = await client.GetStringAsync("/?month=2024-06&ledger=overall");
        var pilot = await client.GetStringAsync("/?month=2024-06&ledger=local_pilot");
        var april = await client.GetStringAsync("/?month=2024-04");

        Assert.Contains($"<p class=\"notice warn\">{Warning}</p>", all, StringComparison.Ordinal);
        Assert.Contains(Warning, overall, StringComparison.Ordinal);
        Assert.DoesNotContain("缺月", pilot, StringComparison.Ordinal);
        Assert.DoesNotContain("缺月", april, StringComparison.Ordinal);
    }
}
