using ReformAnalytics.Model;

namespace ReformAnalytics.Reports;

/// <summary>The notices of one report month, and how many listed rows had no lead unit to send them to.</summary>
public sealed record SupervisionNoticeSet(ReportMonth Month, DateOnly Due, IReadOnlyList<SupervisionNotice> Notices, int WithoutUnit);
