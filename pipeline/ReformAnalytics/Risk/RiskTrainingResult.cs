namespace ReformAnalytics.Risk;

/// <summary>
/// What <see cref="RiskTrainer"/> did: the saved model and its metadata, or (with too little history, a missing
/// database, a month without snapshots) a Chinese <see cref="Message"/> saying why not and what is needed.
/// </summary>
public sealed record RiskTrainingResult(RiskModelMetadata? Metadata, string? ModelPath, string? MetadataPath, string? Message)
{
    public bool Succeeded => Message is null;
}
