namespace ReformAnalytics.Normalising;

/// <summary>Thresholds of <see cref="TaskMatcher"/>'s similar-name matching; defaults in one place.</summary>
public sealed class TaskMatcherOptions
{
    public static readonly TaskMatcherOptions Default = new();

    /// <summary>The least character-bigram Dice similarity of two name keys for a similar match.</summary>
    public double MinSimilarity { get; init; } = 0.8;

    /// <summary>The shorter key must be at least this long for "one name contains the other" to count.</summary>
    public int MinContainedLength { get; init; } = 6;

    /// <summary>At most this many characters added before or after the shorter key for "contains" to count.</summary>
    public int MaxAddedChars { get; init; } = 6;

    /// <summary>Keys of the same lead unit one character apart qualify when the shorter has at least this many characters.</summary>
    public int MinOneEditLength { get; init; } = 5;

    /// <summary>Added to a pair's score for ranking when both rows have the same lead unit.</summary>
    public double SameLeadBonus { get; init; } = 0.05;

    public void Validate()
    {
        if (MinSimilarity is <= 0 or > 1 || double.IsNaN(MinSimilarity))
        {
            throw new ArgumentOutOfRangeException(nameof(MinSimilarity), MinSimilarity, "The similarity threshold must lie in (0, 1].");
        }

        if (MinContainedLength < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MinContainedLength), MinContainedLength, "A contained name must be at least 2 characters long.");
        }

        if (MinOneEditLength < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MinOneEditLength), MinOneEditLength, "A name one character apart must be at least 2 characters long.");
        }

        if (MaxAddedChars < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAddedChars), MaxAddedChars, "The added characters cannot be negative.");
        }

        if (SameLeadBonus is < 0 or >= 1 || double.IsNaN(SameLeadBonus))
        {
            throw new ArgumentOutOfRangeException(nameof(SameLeadBonus), SameLeadBonus, "The same-lead bonus must lie in [0, 1).");
        }
    }
}
