namespace ReformAnalytics.Risk;

/// <summary>Options of <see cref="RiskFlagger"/>, with their defaults.</summary>
public sealed class RiskFlagOptions
{
    /// <summary>How many tasks the list (and the .xlsx) shows; every open task is scored and stored in risk_flags.</summary>
    public int Top { get; init; } = 20;

    /// <summary>Also write the 督察前风险清单 workbook here (null: none).</summary>
    public string? XlsxPath { get; init; }

    /// <summary>
    /// A folder with a model saved by <see cref="RiskTrainer"/> (used when its training status date is not after the
    /// list's); null, or no model there: a model is trained now on everything known at the list's status date.
    /// </summary>
    public string? ModelDirectory { get; init; }

    /// <summary>Settings of a model trained now (a saved model keeps its own).</summary>
    public RiskOptions Model { get; init; } = new();

    public void Validate()
    {
        if (Top < 1)
        {
            throw new ArgumentException("风险清单至少列出1项任务。", nameof(Top));
        }

        Model.Validate();
    }
}
