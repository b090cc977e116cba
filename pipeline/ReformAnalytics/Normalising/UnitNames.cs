using System.Text.RegularExpressions;

namespace ReformAnalytics.Normalising;

/// <summary>
/// A unit's name as a ledger cell writes it, without what only says its part or trails off: a role in brackets at
/// the end (县发改局（牵头）, 县财政局(配合), （牵头单位）, （主责）, （责任单位）, （协办）, （主办）, （按职责分工负责）), a
/// role written straight after a name that ends as a unit's does (县发改局牵头, 县财政局配合, 县教育局负责), a role label in
/// front (牵头：县发改局, 配合单位：县财政局), and a closing 等 / 等单位 / 等部门 / 等相关单位 / 等5个部门 (县财政局等). Units
/// are counted and ranked by name, so 县发改局（牵头） must be 县发改局.
/// </summary>
public static partial class UnitNames
{
    /// <summary>The name without a role marker or a closing 等; the value itself when there is none, or when nothing would be left.</summary>
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var label = Label().Match(value);
        if (label.Success && label.Length < value.Length)
        {
            value = value[label.Length..];
        }

        var match = Trailer().Match(value);
        if (!match.Success || match.Index == 0)
        {
            return value;
        }

        var name = value[..match.Index].TrimEnd();
        return name.Length > 0 ? name : value;
    }

    /// <summary>Every value cleaned, empty and repeated ones dropped, order kept; the list itself when nothing changes.</summary>
    public static IReadOnlyList<string> CleanAll(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var cleaned = values.Select(Clean).ToList();
        return cleaned.Select((c, i) => ReferenceEquals(c, values[i])).All(same => same)
            ? values
            : [.. cleaned.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A unit's name without its 县/市/区 prefix (县发改局 → 发改局), as units often write their own.</summary>
    public static string ShortName(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Length > 2 && unit[0] is '县' or '市' or '区' ? unit[1..] : unit;
    }

    [GeneratedRegex(@"(?:\s*[（(]\s*(?:牵头|配合|主责|责任|协办|主办)(?:单位|部门)?\s*[)）]|\s*[（(][^（()）]*职责[^（()）]*[)）]|等(?:相关)?(?:[0-9一二三四五六七八九十]+个)?(?:单位|部门)?|(?<=[局委办部院心所站会队厅处室镇乡道司团社馆行署府])(?:牵头|配合|负责|主责|协办|参与))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"^\s*(?:牵头|配合|协办|主办|责任|参与)(?:单位|部门)?\s*[:：]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
