using System.Globalization;

namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// Picks a due month (most deadlines fall in June, September and December) and writes it in one of the
/// phrasings of domain.md: 2024年6月底前, 2024年6月, 6月底前, 2024.6, 2024/6/30 (or an Excel date), 年底前, 年内,
/// 上半年, 一季度 / 二季度 / 三季度末 / 四季度, 1-8月, 7、8月, 8月底之前, a deadline inside a sentence, milestones
/// (6月底前出台方案；12月底前全面推开) and the open-ended 长期坚持 / 持续推进 / 常态化推进.
/// </summary>
internal static class DeadlineFactory
{
    private static readonly double[] MonthWeights = [0, 0, 3, 3, 4, 14, 4, 5, 10, 6, 9, 30];
    private static readonly string[] OpenEndedPhrases = ["长期坚持", "持续推进", "常态化推进"];
    private static readonly string[] SentenceActions = ["编制并公布实施方案", "出台配套政策文件", "完成制度设计并印发实施", "完成试点评估并总结经验", "建成运行并通过验收"];
    private static readonly string[] MilestoneTemplates =
    [
        "{a}月底前出台方案；{m}月底前全面推开",
        "{a}月底前完成调研；{m}月底前形成制度成果",
        "{y}年{a}月底前出台实施方案；{y}年{m}月底前完成试点评估",
    ];

    // Phrasings and their weights; a phrasing that does not fit the due month is left out of the draw.
    private static readonly double[] PhrasingWeights = [20, 6, 12, 5, 8, 10, 5, 5, 6, 3, 2, 3, 4, 6];

    public static DeadlineSpec OpenEnded(Random rng) => new(rng.Pick(OpenEndedPhrases), null, false);

    /// <summary>The number of phrasings <see cref="Create"/> can be asked for.</summary>
    public static int PhrasingCount => PhrasingWeights.Length;

    /// <param name="forced">A phrasing (0 to <see cref="PhrasingCount"/> − 1) to use, with a due month that fits it; null to draw both.</param>
    public static DeadlineSpec Create(int year, int firstMonth, Random rng, int? forced = null)
    {
        if (forced is { } chosen && firstMonth == 1)
        {
            var fitting = Enumerable.Range(3, 10).Where(m => Fits(chosen, m, firstMonth)).ToArray();
            return Write(chosen, year, chosen == 8 ? 3 : rng.Pick(fitting), firstMonth, rng);
        }

        var weights = new double[12];
        for (var m = Math.Min(firstMonth + 2, 12); m <= 12; m++)
        {
            weights[m - 1] = MonthWeights[m - 1] + (firstMonth > 1 ? 1 : 0);
        }

        var month = rng.Weighted(weights) + 1;
        var phrasing = new double[PhrasingWeights.Length];
        for (var p = 0; p < phrasing.Length; p++)
        {
            phrasing[p] = Fits(p, month, firstMonth) ? PhrasingWeights[p] : 0;
        }

        return Write(rng.Weighted(phrasing), year, month, firstMonth, rng);
    }

    private static bool Fits(int phrasing, int month, int firstMonth) => phrasing switch
    {
        5 or 6 => month == 12,
        7 => month == 6 && firstMonth == 1,
        8 => month % 3 == 0,
        9 => month > firstMonth + 1,
        10 => month - 1 >= firstMonth + 1,
        13 => month - firstMonth >= 3,
        _ => true,
    };

    private static DeadlineSpec Write(int phrasing, int year, int month, int firstMonth, Random rng)
    {
        var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var y = year.ToString(CultureInfo.InvariantCulture);
        var m = month.ToString(CultureInfo.InvariantCulture);
        switch (phrasing)
        {
            case 0: return new($"{y}年{m}月底前", end, false);
            case 1: return new($"{y}年{m}月", end, false);
            case 2: return new($"{m}月底前", end, false);
            case 3: return new($"{y}.{m}", end, false);
            case 4:
                var day = rng.Pick([end.Day, end.Day, 15, 20, 25]);
                var date = new DateOnly(year, month, day);
                return new(string.Create(CultureInfo.InvariantCulture, $"{year}/{month}/{day}"), date, rng.Chance(0.6));
            case 5: return new("年底前", end, false);
            case 6: return new("年内", end, false);
            case 7: return new("上半年", end, false);
            case 8: return new(month switch { 3 => "一季度", 6 => "二季度", 9 => "三季度末", _ => "四季度" }, end, false);
            case 9: return new(string.Create(CultureInfo.InvariantCulture, $"{firstMonth}-{month}月"), end, false);
            case 10: return new(string.Create(CultureInfo.InvariantCulture, $"{month - 1}、{month}月"), end, false);
            case 11: return new($"{m}月底之前", end, false);
            case 12: return new($"{y}年{m}月底前{rng.Pick(SentenceActions)}", end, false);
            default:
                var first = rng.Next(firstMonth + 1, month - 1);
                var text = rng.Pick(MilestoneTemplates)
                    .Replace("{y}", y, StringComparison.Ordinal)
                    .Replace("{a}", first.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{m}", m, StringComparison.Ordinal);
                return new(text, end, false);
        }
    }
}
