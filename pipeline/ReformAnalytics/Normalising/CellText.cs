using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Normalising;

/// <summary>How the normalisers turn a cell into text: as shown, trimmed, whitespace runs collapsed.</summary>
internal static partial class CellText
{
    /// <summary>
    /// Characters that print as nothing: zero-width space and joiners, the byte-order mark, the soft hyphen, word joiner,
    /// direction marks. Pasted from web pages and WeChat, they made 县发改局 and 县发改局\u200B two units that print alike.
    /// </summary>
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF\u00AD");

    /// <summary>The cell's text without invisible characters, trimmed, else its date (yyyy-MM-dd) or number (invariant, 1 not 1.0); null when empty.</summary>
    public static string? Of(CellValue cell)
    {
        if (cell.Text is { } raw && WithoutInvisible(raw).Trim() is { Length: > 0 } text)
        {
            return text;
        }

        if (cell.Date is { } date)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return cell.Number?.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The text without the characters that print as nothing (see <see cref="Invisible"/>); the same string when it has none.</summary>
    public static string WithoutInvisible(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Invisible.Contains(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Trimmed, every run of whitespace (line breaks, ideographic spaces) made one space; null when empty.</summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return IsCollapsed(text) ? text : Whitespace().Replace(text.Trim(), " ");
    }

    /// <summary>No whitespace at either end and none inside but single plain spaces: most cells, kept as they are.</summary>
    private static bool IsCollapsed(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
