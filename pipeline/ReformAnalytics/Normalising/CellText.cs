using System.Globalization;
using System.Text.RegularExpressions;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Normalising;

/// <summary>How the normalisers turn a cell into text: as shown, trimmed, whitespace runs collapsed.</summary>
internal static partial class CellText
{
    /// <summary>The cell's text trimmed, else its date (yyyy-MM-dd) or number (invariant, 1 not 1.0); null when empty.</summary>
    public static string? Of(CellValue cell)
    {
        if (cell.Text?.Trim() is { Length: > 0 } text)
        {
            return text;
        }

        if (cell.Date is { } date)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return cell.Number?.ToString(CultureInfo.InvariantCulture);
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
