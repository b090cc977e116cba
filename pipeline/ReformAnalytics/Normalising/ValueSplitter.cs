using System.Buffers;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Splits a cell holding several values (units, leaders) on line breaks, 、, ，, ',', ；, ';': each value
/// trimmed (ideographic spaces too), empty ones dropped, order kept, repeats removed (ordinal comparison).
/// One pass over the text; a cell with a single value already trimmed comes back as itself, without copying.
/// </summary>
public static class ValueSplitter
{
    private static readonly SearchValues<char> Separators = SearchValues.Create("\r\n、，,；;");

    private static readonly char[] Blanks = [' ', '\t', '\u3000', '\u00A0'];

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var rest = text.AsSpan();
        if (rest.IndexOfAny(Separators) < 0)
        {
            var only = rest.Trim(Blanks);
            return only.Length == 0 ? [] : [only.Length == text.Length ? text : new string(only)];
        }

        var values = new List<string>(4);
        while (true)
        {
            var end = rest.IndexOfAny(Separators);
            var part = (end < 0 ? rest : rest[..end]).Trim(Blanks);
            if (part.Length > 0 && !Contains(values, part))
            {
                values.Add(new string(part));
            }

            if (end < 0)
            {
                return values;
            }

            rest = rest[(end + 1)..];
        }
    }

    private static bool Contains(List<string> values, ReadOnlySpan<char> part)
    {
        foreach (var value in values)
        {
            if (part.SequenceEqual(value))
            {
                return true;
            }
        }

        return false;
    }
}
