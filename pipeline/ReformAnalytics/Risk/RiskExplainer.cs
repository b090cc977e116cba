namespace ReformAnalytics.Risk;

/// <summary>
/// The top reasons of a flagged task: its inputs with the largest positive contributions to the trees' score
/// (ML.NET FeatureContributionCalculation, summed per input), each written as a Chinese sentence about the task's
/// own figures; inputs that give no sentence, and sentences already given, are passed over.
/// </summary>
internal static class RiskExplainer
{
    public static IReadOnlyList<RiskReason> Reasons(RiskContribution contribution, RiskTaskFacts task, int count = 3)
    {
        var reasons = new List<RiskReason>(count);
        foreach (var (feature, _) in contribution.ByFeature.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key))
        {
            var input = RiskFeatures.All[feature];
            if (RiskReasonWriter.Write(input, task, contribution.Ngrams) is { } text
                && !reasons.Any(r => string.Equals(r.Text, text, StringComparison.Ordinal)))
            {
                reasons.Add(new RiskReason(input.Column, text));
                if (reasons.Count == count)
                {
                    break;
                }
            }
        }

        return reasons;
    }
}
