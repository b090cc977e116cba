using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReformAnalytics.Normalising;

/// <summary>Small text helpers shared by the normalisers: full-width to half-width, Chinese numerals.</summary>
internal static partial class ChineseText
{
    /// <summary>
    /// Full-width ASCII (０-９, Ａ-Ｚ, ％, ．, （, …) to its half-width form, the ideographic space to a
    /// space, and every dash or tilde (—, –, ―, －, ～, 〜) to '-'. Other characters are kept.
    /// </summary>
    public static string ToHalfWidth(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mapped = Map(c);
            if (mapped != c && builder is null)
            {
                builder = new StringBuilder(text.Length);
                builder.Append(text, 0, i);
            }

            builder?.Append(mapped);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Chinese numerals of dates made digits: 二〇二四年 → 2024年, 十二月 → 12月, 三十日 → 30日, 七、八月 → 7、8月.</summary>
    public static string DateNumeralsToDigits(string text)
    {
        var result = ChineseYear().Replace(text, Digits);
        return ChineseMonthOrDay().Replace(result, Digits);
    }

    /// <summary>
    /// The value of a Chinese numeral: 一 = 1, 十 = 10, 十二 = 12, 二十 = 20, 三十一 = 31, and digit by digit
    /// when there is no 十 (二〇二四 = 2024). Null when the text is not a numeral.
    /// </summary>
    public static int? ParseNumeral(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            var value = 0;
            foreach (var c in text)
            {
                var digit = Digit(c);
                if (digit < 0 || value > 100_000)
                {
                    return null;
                }

                value = (value * 10) + digit;
            }

            return value;
        }

        if (ten > 1 || text.Length - ten > 2 || text[(ten + 1)..].IndexOf('十') >= 0)
        {
            return null;
        }

        var tens = ten == 0 ? 1 : Digit(text[0]);
        var units = ten == text.Length - 1 ? 0 : Digit(text[ten + 1]);
        return tens <= 0 || units < 0 ? null : (tens * 10) + units;
    }

    private static int Digit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static char Map(char c) => c switch
    {
        '\u3000' => ' ',
        '\uFF0D' or '\u2014' or '\u2013' or '\u2015' or '\u2012' or '\u2010' or '\u2011' or '\u2212' or '\uFF5E' or '\u301C' or '~' => '-',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };

    private static string Digits(Match match) =>
        ParseNumeral(match.Value)?.ToString(CultureInfo.InvariantCulture) ?? match.Value;

    [GeneratedRegex("[〇零一二三四五六七八九]{4}(?=年)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseYear();

    [GeneratedRegex("[〇零一二两三四五六七八九十]{1,3}(?=[月日号]|[、\\-至到和及][〇零一二两三四五六七八九十0-9]{1,3}月)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseMonthOrDay();
}
