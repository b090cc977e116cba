namespace ReformAnalytics.Reading;

internal enum HeaderMatchKind
{
    /// <summary>An empty header cell.</summary>
    None,

    /// <summary>A header text neither the aliases nor the user's map know.</summary>
    Unknown,

    /// <summary>A header naming a canonical column.</summary>
    Column,

    /// <summary>A header the user's map says to ignore.</summary>
    Ignored,
}
