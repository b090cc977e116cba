using System.Text;

namespace ReformAnalytics.Reading;

/// <summary>
/// Brings a header text to the form aliases and map entries are compared in: compatibility-normalised (NFKC:
/// full-width letters, digits and brackets become half-width), every space and line break removed, leading and
/// trailing marks (<c>*</c>, <c>★</c>, <c>:</c>) and trailing hints in brackets dropped, lower-cased.
/// </summary>
internal static class HeaderText
{
    public static string Normalize(string text)
    {
        var s = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var b = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (!char.IsWhiteSpace(ch) && ch is not ('\u200B' or '\uFEFF'))
            {
                b.Append(char.ToLowerInvariant(ch));
            }
        }

        var result = b.ToString().Trim('*', '★', '※', ':', '：');
        while (TryDropTrailingHint(result, out var shorter))
        {
            result = shorter.TrimEnd('*', ':', '：');
        }

        return result;
    }

    /// <summary>The display form used in messages: the text as written, trimmed, line breaks removed.</summary>
    public static string Display(string text) =>
        text.Trim().Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);

    private static bool TryDropTrailingHint(string text, out string shorter)
    {
        shorter = text;
        if (text.Length < 3)
        {
            return false;
        }

        var open = text[^1] switch
        {
            ')' => '(',
            ']' => '[',
            '】' => '【',
            '〕' => '〔',
            _ => '\0',
        };
        if (open == '\0')
        {
            return false;
        }

        var start = text.LastIndexOf(open);
        if (start <= 0)
        {
            return false;
        }

        shorter = text[..start];
        return true;
    }
}
