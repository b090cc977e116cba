using System.Buffers;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Splits a cell holding several values (units, leaders) on line breaks, 、, ，, ',', ；, ';', '/' and '／', and on
/// spaces between Chinese names (<c>县发改局 县人社局</c>, as exports that flatten line breaks write them): each value
/// trimmed (ideographic spaces too), empty ones dropped, order kept, repeats removed (ordinal comparison).
/// Spaces split only a value with no Latin letters (<c>County Finance Bureau</c> stays one value), and a piece that
/// opens with a bracket or is a single character stays with the piece before it (<c>张三 （副县长）</c>,
/// <c>县财政局 等</c>), and a piece that names only a county's or city's committee or government (县委, 市政府) stays
/// with the piece after it unless that one begins a name of its own with 县/市/区 (<c>县委 宣传部</c> is 县委宣传部;
/// <c>县委 县政府</c> two values). Nothing inside brackets splits a value (<c>张三（县委常委、常务副县长）</c>). A cell with a single
/// value already trimmed comes back as itself, without copying.
/// </summary>
public static class ValueSplitter
{
    private static readonly SearchValues<char> Separators = SearchValues.Create("\r\n、，,；;/／");

    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\u3000\u00A0");

    private static readonly SearchValues<char> LatinLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly char[] Blanks = [' ', '\t', '\u3000', '\u00A0'];

    private static readonly SearchValues<char> Brackets = SearchValues.Create("（()）");

    /// <summary>Pieces that name only the body a department belongs to: 县委 宣传部 is one unit written with a space.</summary>
    private static readonly HashSet<string> Bodies = new(StringComparer.Ordinal) { "县委", "市委", "区委", "县政府", "市政府", "区政府", "县人民政府", "市人民政府", "区人民政府" };

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var rest = text.AsSpan();
        if (NextSeparator(rest) < 0 && !SplitsOnSpaces(rest.Trim(Blanks)))
        {
            var only = rest.Trim(Blanks);
            return only.Length == 0 ? [] : [only.Length == text.Length ? text : new string(only)];
        }

        var values = new List<string>(4);
        while (true)
        {
            var end = NextSeparator(rest);
            var part = (end < 0 ? rest : rest[..end]).Trim(Blanks);
            if (SplitsOnSpaces(part))
            {
                AddSpaceSeparated(values, part);
            }
            else
            {
                Add(values, part);
            }

            if (end < 0)
            {
                return values;
            }

            rest = rest[(end + 1)..];
        }
    }

    /// <summary>Where the next separator outside brackets is; -1 when there is none.</summary>
    private static int NextSeparator(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(Brackets) < 0)
        {
            return text.IndexOfAny(Separators);
        }

        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '（' or '(':
                    depth++;
                    break;
                case '）' or ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    if (depth == 0 && Separators.Contains(text[i]))
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    private static bool SplitsOnSpaces(ReadOnlySpan<char> part) =>
        part.IndexOfAny(Spaces) >= 0 && part.IndexOfAny(LatinLetters) < 0;

    /// <summary>
    /// Pieces between runs of spaces; a piece that opens with a bracket, or is a single character, is joined to
    /// the piece before it (a single first character to the piece after it), and so is a piece after a body's name
    /// alone (<see cref="Bodies"/>) unless it begins with 县/市/区.
    /// </summary>
    private static void AddSpaceSeparated(List<string> values, ReadOnlySpan<char> part)
    {
        var pieces = new List<string>(4);
        var prefix = string.Empty;
        foreach (var range in part.SplitAny(Spaces))
        {
            var piece = part[range];
            if (piece.Length == 0)
            {
                continue;
            }

            if (pieces.Count == 0 && piece.Length == 1)
            {
                prefix += piece.ToString();
            }
            else if (pieces.Count > 0 && (piece.Length == 1 || piece[0] is '（' or '(' || (Bodies.Contains(pieces[^1]) && piece[0] is not ('县' or '市' or '区'))))
            {
                pieces[^1] += piece.ToString();
            }
            else
            {
                pieces.Add(prefix + piece.ToString());
                prefix = string.Empty;
            }
        }

        if (prefix.Length > 0)
        {
            pieces.Add(prefix);
        }

        foreach (var piece in pieces)
        {
            if (!Contains(values, piece))
            {
                values.Add(piece);
            }
        }
    }

    private static void Add(List<string> values, ReadOnlySpan<char> part)
    {
        if (part.Length > 0 && !Contains(values, part))
        {
            values.Add(new string(part));
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
