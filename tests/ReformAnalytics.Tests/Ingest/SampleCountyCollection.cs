namespace ReformAnalytics.Tests.Ingest;

/// <summary>Test classes that share one generated-and-ingested sample county.</summary>
[CollectionDefinition(Name)]
public sealed class SampleCountyCollection : ICollectionFixture<SampleCountyFixture>
{
    public const string Name = "sample county";
}
