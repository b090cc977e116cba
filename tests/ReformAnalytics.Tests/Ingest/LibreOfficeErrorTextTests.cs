using System.Text;
using ReformAnalytics.Model;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// A ledger whose formulas failed in LibreOffice Calc, saved as CSV (or as a web page): LibreOffice writes its own error
/// text (Err:502, Err:522) where Excel would write #VALUE!, and #NAME? as Excel does. Each is an error cell, told with
/// what the number means, as Excel's errors are.
/// </summary>
public sealed class LibreOfficeErrorTextTests
{
    private static readonly string[][] Ledger =
    [
        ["序号", "改革任务", "牵头单位", "完成时限", "完成进度", "状态"],
        ["1", "深化国有企业改革", "县国资委", "2024年12月底前", "Err:502", "序时推进"],
        ["2", "深化财政预算管理改革", "县财政局", "Err:522", "50%", "#NAME?"],
        ["3", "Err:508", "县司法局", "2024年12月底前", "80%", "序时推进"],
        ["4", "推进综合行政执法改革", "县卫健局", "2024年12月底前", "Err:532", "滞后"],
    ];

    [Theory]
    [InlineData("csv")]
    [InlineData("html")]
    public async Task LibreOfficesErrorText_IsAnErrorCell_ToldWithWhatItMeans(string format)
    {
        // By hand: row 2's 完成进度 Err:502 (an invalid argument), row 3's 完成时限 Err:522 (a circular reference) and 状态
        // #NAME?, row 5's 完成进度 Err:532 (LibreOffice's #DIV/0!) are warnings, each cell stored empty, the deadline's saying
        // what an empty one means (before, it was also told as not filled in); row 4's task Err:508 (a missing bracket) is an error naming 序号3, no task.
        // Stored: rows 2, 3 and 5. Before: Err:502 and Err:532 were figures not understood, Err:522 a deadline not
        // understood, and row 4 a task named Err:508.
        using var f = new IngestFixture();
        var name = Path.Combine(f.Input, "2024年6月改革任务总台账.");
        if (format == "csv")
        {
            File.WriteAllText(name + "csv", string.Concat(Ledger.Select(r => string.Join(',', r) + "\n")), new UTF8Encoding(false));
        }
        else
        {
            TestWebPage.Write(name + "xls", string.Concat(Ledger.Select(r => TestWebPage.Row(r))));
        }

        var summary = await f.IngestAsync();

        Assert.Equal(3, summary.RowsStored);
        Assert.Equal(
            [
                (2, "完成进度", "Err:502", IssueSeverity.Warning, "“完成进度”列的单元格是 LibreOffice 公式错误“Err:502”（函数的参数无效，如对负数开平方），该格按空白入库；请改正公式或直接填写数值后重新报送。"),
                (3, "完成时限", "Err:522", IssueSeverity.Warning, "“完成时限”列的单元格是 LibreOffice 公式错误“Err:522”（公式引用了自身所在的单元格（循环引用）），该格按空白入库，该任务不参与按时限计算的指标（完成率、逾期、滞后、双过半），各报告将其另计为“未写完成时限”；请改正公式或直接填写日期后重新报送。"),
                (3, "状态", "#NAME?", IssueSeverity.Warning, "“状态”列的单元格是 Excel 公式错误“#NAME?”（公式中有无法识别的函数名或名称），该格按空白入库；请改正公式或直接填写内容后重新报送。"),
                (4, "改革任务", "Err:508", IssueSeverity.Error, "该行（序号3）的“改革任务”列是 LibreOffice 公式错误“Err:508”（公式缺少括号），读不出任务名称，未作为任务导入。请改正公式或直接填写任务名称后重新报送。"),
                (5, "完成进度", "Err:532", IssueSeverity.Warning, "“完成进度”列的单元格是 LibreOffice 公式错误“Err:532”（公式无法计算，常见于除数为零或为空），该格按空白入库；请改正公式或直接填写数值后重新报送。"),
            ],
            summary.Issues.Select(i => (i.Row, i.Column, i.Value, i.Severity, i.Message)).Order());
        Assert.Equal(
            [[2, null, "on_track", "2024年12月底前"], [3, 50.0, "unknown", null], [5, null, "behind", "2024年12月底前"]],
            await f.QueryAsync("SELECT source_row, progress_pct, status, deadline_text FROM snapshots ORDER BY source_row"));
    }
}
