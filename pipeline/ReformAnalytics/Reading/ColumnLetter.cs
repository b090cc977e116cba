namespace ReformAnalytics.Reading;

/// <summary>A sheet's column as Excel names it: A for the first, Z, then AA, AB, … (XFD the last).</summary>
internal static class ColumnLetter
{
    /// <param name="column">The column, 0-based (0 is A).</param>
    public static string Of(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        Span<char> letters = stackalloc char[4];
        var at = letters.Length;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters[--at] = (char)('A' + ((n - 1) % 26));
        }

        return new string(letters[at..]);
    }
}
