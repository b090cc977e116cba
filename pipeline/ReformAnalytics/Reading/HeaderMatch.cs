namespace ReformAnalytics.Reading;

/// <summary>What one header cell names.</summary>
internal readonly record struct HeaderMatch(HeaderMatchKind Kind, CanonicalColumn Column = default, bool IsResponsibilityUnit = false, bool SecondChoice = false, CanonicalColumn? Otherwise = null)
{
    public static readonly HeaderMatch None = new(HeaderMatchKind.None);

    public static readonly HeaderMatch Unknown = new(HeaderMatchKind.Unknown);

    public bool IsKnown => Kind is HeaderMatchKind.Column or HeaderMatchKind.Ignored;
}
