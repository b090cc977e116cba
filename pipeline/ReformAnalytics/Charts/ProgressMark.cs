namespace ReformAnalytics.Charts;

/// <summary>
/// One dot of figure 2: the tasks of one light that fall on one spot, where the dot is drawn and how many it stands for.
/// </summary>
/// <param name="X">Time progress in %, or the deadline's month (0 = before the ledger year, 13 = after it).</param>
/// <param name="Y">Actual progress in %.</param>
/// <param name="Light">The tasks' light.</param>
/// <param name="Count">How many tasks the dot stands for; from 2 on the chart writes it beside the dot.</param>
public readonly record struct ProgressMark(double X, double Y, TrafficLight Light, int Count);
