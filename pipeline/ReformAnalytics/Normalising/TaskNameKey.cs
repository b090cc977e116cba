using System.Text.RegularExpressions;

namespace ReformAnalytics.Normalising;

/// <summary>
/// The form of a task name that task identity compares: full-width made half-width, leading numbering
/// removed (1. / 1、 / 1.2. / （一） / (1) / 一、 / ①), then only letters and digits kept (CJK included; spaces,
/// punctuation and symbols dropped), ASCII letters lower-cased. 「（一）推进 医共体建设。」 and
/// 「1.推进医共体建设」 have the same key.
/// </summary>
public static partial class TaskNameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = ChineseText.ToHalfWidth(name).Trim();
        for (var i = 0; i < 2 && text.Length > 0 && MayStartNumbering(text[0]); i++)
        {
            var numbering = LeadingNumbering().Match(text);
            if (!numbering.Success || numbering.Length == text.Length)
            {
                break;
            }

            text = text[numbering.Length..];
        }

        return string.Create(KeyLength(text), text, static (span, source) =>
        {
            var n = 0;
            foreach (var c in source)
            {
                if (char.IsLetterOrDigit(c))
                {
                    span[n++] = Lower(c);
                }
            }
        });
    }

    /// <summary>char.ToLowerInvariant, without its table lookup for ASCII and for CJK ideographs, which have no case.</summary>
    private static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        < '\u0080' or (>= '\u3400' and <= '\u9FFF') => c,
        _ => char.ToLowerInvariant(c),
    };

    private static int KeyLength(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Whether <paramref name="c"/> can begin a numbering <see cref="LeadingNumbering"/> removes; most names skip the regex.</summary>
    private static bool MayStartNumbering(char c) =>
        c is '(' or (>= '0' and <= '9') or (>= '\u2460' and <= '\u2473') || "一二三四五六七八九十".Contains(c, StringComparison.Ordinal);

    [GeneratedRegex("^(?:\\(\\s*[0-9一二三四五六七八九十]+\\s*\\)|[0-9]+(?:\\.[0-9]+)*\\s*[.、:)](?![0-9])|[一二三四五六七八九十]+\\s*[、.:]|[\u2460-\u2473]|[0-9]+\\s+)\\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumbering();
}
