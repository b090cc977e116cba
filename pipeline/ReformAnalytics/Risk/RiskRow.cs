using Microsoft.ML.Data;

namespace ReformAnalytics.Risk;

/// <summary>
/// One task at one status date D, as the learners see it (the columns) and as the reasons quote it
/// (<see cref="Facts"/>). Missing numbers are NaN here; the pipeline fills and flags them.
/// </summary>
internal sealed class RiskRow
{
    [VectorType(RiskFeatures.NumericCount)]
    public float[] Numeric { get; set; } = new float[RiskFeatures.NumericCount];

    public string Ledger { get; set; } = string.Empty;

    public string TaskKind { get; set; } = string.Empty;

    public string ResultForm { get; set; } = string.Empty;

    public string SpecialGroup { get; set; } = string.Empty;

    public string DeadlineKind { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string LightReason { get; set; } = string.Empty;

    public string Narrative { get; set; } = string.Empty;

    public bool Label { get; set; }

    [NoColumn]
    public string TaskId { get; set; } = string.Empty;

    [NoColumn]
    public DateOnly ReportMonth { get; set; }

    /// <summary>The report month by which the outcome is settled (risk_labels.outcome_month).</summary>
    [NoColumn]
    public DateOnly OutcomeMonth { get; set; }

    /// <summary>The outcome: null when the window holds no snapshot.</summary>
    [NoColumn]
    public bool? FellBehind { get; set; }

    [NoColumn]
    public RiskTaskFacts Facts { get; set; } = RiskTaskFacts.Empty;

    /// <summary>The categorical columns in the order of <see cref="RiskFeatures.Categorical"/>.</summary>
    public static IReadOnlyList<string> CategoricalColumns { get; } =
        [nameof(Ledger), nameof(TaskKind), nameof(ResultForm), nameof(SpecialGroup), nameof(DeadlineKind), nameof(Status), nameof(LightReason)];

    /// <summary>The outcome is known when the cut-off <paramref name="cutOff"/> (first day of a report month) is reached.</summary>
    public bool OutcomeKnownAt(DateOnly cutOff) => FellBehind is not null && OutcomeMonth <= cutOff;
}
