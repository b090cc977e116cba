namespace ReformAnalytics.Risk;

/// <summary>
/// Splits training rows into the part the learner fits and the part the calibration is fitted on, by whole
/// tasks: a task goes to the calibration part when the FNV-1a hash of its id falls in the first
/// <see cref="RiskOptions.CalibrationShare"/> of the range, so no task is on both sides and the split is the same
/// on every run.
/// </summary>
internal static class RiskSplit
{
    public static (List<RiskRow> Fit, List<RiskRow> Calibration) ByTask(IReadOnlyList<RiskRow> rows, double calibrationShare)
    {
        var fit = new List<RiskRow>();
        var calibration = new List<RiskRow>();
        var threshold = (uint)(calibrationShare * uint.MaxValue);
        foreach (var row in rows)
        {
            (Hash(row.TaskId) < threshold ? calibration : fit).Add(row);
        }

        return (fit, calibration);
    }

    public static uint Hash(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var ch in text)
            {
                hash = (hash ^ (ch & 0xFFu)) * 16777619u;
                hash = (hash ^ (uint)(ch >> 8)) * 16777619u;
            }

            return hash;
        }
    }
}
