namespace ReformAnalytics.Tests.Risk;

/// <summary>The test classes that share one <see cref="RiskSampleFixture"/> (the sample county is built once).</summary>
[CollectionDefinition(Name)]
public sealed class RiskSampleCollection : ICollectionFixture<RiskSampleFixture>
{
    public const string Name = "risk sample county";
}
