using System.Text;
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
        for (var i = 0; i < 2; i++)
        {
            var numbering = LeadingNumbering().Match(text);
            if (!numbering.Success || numbering.Length == text.Length)
            {
                break;
            }

            text = text[numbering.Length..];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^(?:\\(\\s*[0-9一二三四五六七八九十]+\\s*\\)|[0-9]+(?:\\.[0-9]+)*\\s*[.、:)](?![0-9])|[一二三四五六七八九十]+\\s*[、.:]|[\u2460-\u2473]|[0-9]+\\s+)\\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumbering();
}
