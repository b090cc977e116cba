using ReformAnalytics.Charts;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Charts;

/// <summary>Small hand-made chart inputs with Chinese labels (no database needed).</summary>
internal static class ChartSamples
{
    public static IReadOnlyList<GroupStatusCount> Groups { get; } =
    [
        new("经济体制改革专项小组", "completed", 6), new("经济体制改革专项小组", "on_track", 4), new("经济体制改革专项小组", "behind", 2),
        new("民主法制领域改革专项小组", "completed", 3), new("民主法制领域改革专项小组", "on_track", 5), new("民主法制领域改革专项小组", "not_started", 1),
        new("文化体制改革专项小组", "completed", 2), new("文化体制改革专项小组", "ahead", 1), new("文化体制改革专项小组", "behind", 3),
        new("社会体制改革专项小组", "completed", 5), new("社会体制改革专项小组", "suspended", 1), new("社会体制改革专项小组", "unknown", 1),
        new("生态文明体制改革专项小组", "completed", 4), new("生态文明体制改革专项小组", "on_track", 3),
    ];

    public static IReadOnlyList<MonthlyProgress> Months { get; } =
    [
        new(new ReportMonth(2024, 1), 4, 8.3), new(new ReportMonth(2024, 2), 9, 16.7), new(new ReportMonth(2024, 3), 15, 25),
        new(new ReportMonth(2024, 4), 22, 33.3), new(new ReportMonth(2024, 5), 35, 41.7), new(new ReportMonth(2024, 6), 48.5, 50),
    ];

    public static IReadOnlyList<UnitScore> Units { get; } = Enumerable.Range(1, 20)
        .Select(i => new UnitScore(UnitName(i), 100 - (i * 3.5), i)).ToList();

    public static IReadOnlyList<double> Lags { get; } = [-12, -5, 0, 2, 4, 8, 9, 11, 15, 18, 22, 25, 31, 38, 45, 52, 61];

    /// <summary>The status date the samples are drawn at: 30 June 2024.</summary>
    public static DateOnly StatusDate { get; } = new(2024, 6, 30);

    /// <summary>At 30 June 2024 (S = 1 January): time gone about 181 / (F − S) days, as the deadlines give it.</summary>
    public static IReadOnlyList<TaskProgressPoint> Tasks { get; } =
    [
        new("T1", 50, 60, TrafficLight.Green, new(2024, 12, 31)), new("T2", 50, 45, TrafficLight.Green, new(2024, 12, 31)),
        new("T3", 75, 50, TrafficLight.Amber, new(2024, 8, 31)), new("T4", 100, 60, TrafficLight.Red, new(2024, 5, 31)),
        new("T5", 30, 0, TrafficLight.Amber, new(2025, 6, 30)), new("T6", 90, 20, TrafficLight.Red, new(2024, 7, 31)),
        new("T7", 20, 25, TrafficLight.Green, new(2025, 12, 31)), new("T8", 60, 58, TrafficLight.Green, new(2024, 10, 31)),
    ];

    public static IReadOnlyList<LedgerTotals> Ledgers { get; } =
    [
        new("改革任务总台账", 48, 20, 6, 3), new("上级部署试点台账", 12, 5, 2, 1), new("自选试点台账", 9, 3, 3, 2),
    ];

    public static IReadOnlyList<PeriodComparison> Changes { get; } =
    [
        new("经济体制改革", 30, 50), new("民主法制领域改革", 25, 33.3), new("文化体制改革", 20, 33.3),
        new("社会体制改革", 40, 71.4), new("生态文明体制改革", null, 57.1),
    ];

    public static IReadOnlyList<UnitMonthCount> Behind { get; } =
        [.. from u in Enumerable.Range(1, 8)
            from m in Enumerable.Range(1, 6)
            select new UnitMonthCount(UnitName(u), new ReportMonth(2024, m), ((u * 7) + (m * 3)) % 5)];

    public static string UnitName(int i) =>
        new[] { "县发展改革局", "县财政局", "县教育局", "县人社局", "县自然资源局", "县生态环境局", "县住建局", "县交通运输局", "县农业农村局", "县水利局" }[(i - 1) % 10]
        + (i > 10 ? "（二）" : string.Empty);
}
