namespace ReformAnalytics.Risk;

/// <summary>
/// The top reasons of a flagged task, one per fact about it. The inputs' contributions to the trees' score (ML.NET
/// FeatureContributionCalculation, summed per input) are summed again per <see cref="RiskReasonWriter.Aspect"/>:
/// inputs that measure the same fact (the lag against the plan as percentage points, days, SPI(t), actual against
/// planned) would otherwise give three sentences saying one thing. The aspects that raised the score most come
/// first; each is written as one Chinese sentence by its input that contributed most and gives one. Aspects that
/// lowered the score, inputs that give no sentence, and sentences already given are passed over.
/// </summary>
internal static class RiskExplainer
{
    public static IReadOnlyList<RiskReason> Reasons(RiskContribution contribution, RiskTaskFacts task, int count = 3)
    {
        var aspects = contribution.ByFeature
            .Select(c => (Input: RiskFeatures.All[c.Key], c.Value))
            .GroupBy(c => RiskReasonWriter.Aspect(c.Input.Column), StringComparer.Ordinal)
            .Select(g => (Total: g.Sum(c => c.Value), Inputs: g.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Input.Column, StringComparer.Ordinal).ToList()))
            .Where(a => a.Total > 0)
            .OrderByDescending(a => a.Total)
            .ThenBy(a => a.Inputs[0].Input.Column, StringComparer.Ordinal);
        var reasons = new List<RiskReason>(count);
        foreach (var (_, inputs) in aspects)
        {
            var written = inputs
                .Select(c => (c.Input.Column, Text: RiskReasonWriter.Write(c.Input, task, contribution.Ngrams)))
                .FirstOrDefault(r => r.Text is not null && !reasons.Any(given => string.Equals(given.Text, r.Text, StringComparison.Ordinal)));
            if (written.Text is null)
            {
                continue;
            }

            reasons.Add(new RiskReason(written.Column, written.Text));
            if (reasons.Count == count)
            {
                break;
            }
        }

        return reasons;
    }
}
