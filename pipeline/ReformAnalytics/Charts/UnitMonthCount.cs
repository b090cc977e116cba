using ReformAnalytics.Model;

namespace ReformAnalytics.Charts;

/// <summary>
/// A count for one unit in one report month (the heat map's cell: tasks behind), with the returns the unit owed that
/// month and did not send (<c>return_progress</c>): <paramref name="MissingReturns"/> (漏报) and whether it sent nothing
/// at all (<paramref name="SentNothing"/>, 未报), so a month without a return is not read as a month without a task behind.
/// </summary>
public sealed record UnitMonthCount(string Unit, ReportMonth Month, int Count, int MissingReturns = 0, bool SentNothing = false);
