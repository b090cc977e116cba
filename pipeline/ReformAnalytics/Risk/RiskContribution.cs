namespace ReformAnalytics.Risk;

/// <summary>
/// The contributions of one task's inputs to its score (in the model's score units, before calibration), summed
/// per input; for the narrative also the n-grams that contributed, largest first.
/// </summary>
internal sealed record RiskContribution(IReadOnlyDictionary<int, double> ByFeature, IReadOnlyList<(string Ngram, double Value)> Ngrams);
