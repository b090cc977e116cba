using System.Text.RegularExpressions;

namespace ReformAnalytics.Reading;

/// <summary>
/// Section rows name the special group of the tasks below them: 一、经济体制改革专项小组, （二）生态文明体制改革,
/// 第三部分 …. This class recognises their ordinal prefixes and strips them from the group name.
/// </summary>
internal static partial class SectionHeading
{
    /// <summary>True when the text starts like a Chinese section heading (一、 / （一） / 第一部分).</summary>
    public static bool HasOrdinalPrefix(ReadOnlySpan<char> text) => OrdinalPrefix().IsMatch(text);

    /// <summary>True when a sequence-number cell holds a Chinese ordinal alone (一 / 一、 / （二）).</summary>
    public static bool IsChineseOrdinal(ReadOnlySpan<char> text) => ChineseOrdinal().IsMatch(text);

    /// <summary>The group name: the heading without its ordinal prefix (一、经济体制改革专项小组 → 经济体制改革专项小组).</summary>
    public static string GroupName(string heading)
    {
        var trimmed = heading.Trim();
        var match = OrdinalPrefix().Match(trimmed);
        var name = match.Success ? trimmed[match.Length..].Trim() : trimmed;
        return name.Length > 0 ? name : trimmed;
    }

    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十百零〇]+\s*[)）]|[一二三四五六七八九十百零〇]+\s*[、.．]|第[一二三四五六七八九十百零〇]+(?:部分|类|章|项|篇)\s*[、:：.．]?)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPrefix();

    [GeneratedRegex(@"^\s*[（(]?[一二三四五六七八九十百零〇]+[)）、.．]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseOrdinal();
}
