namespace ReformAnalytics.Normalising;

/// <summary>
/// Splits a cell holding several values (units, leaders) on line breaks, 、, ，, ',', ；, ';': each value
/// trimmed (ideographic spaces too), empty ones dropped, order kept, repeats removed (ordinal comparison).
/// </summary>
public static class ValueSplitter
{
    private static readonly char[] Separators = ['\r', '\n', '、', '，', ',', '；', ';'];

    private static readonly char[] Blanks = [' ', '\t', '\u3000', '\u00A0'];

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(Separators))
        {
            var value = part.Trim(Blanks);
            if (value.Length > 0 && seen.Add(value))
            {
                values.Add(value);
            }
        }

        return values;
    }
}
