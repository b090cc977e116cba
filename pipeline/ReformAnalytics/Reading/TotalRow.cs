namespace ReformAnalytics.Reading;

/// <summary>
/// Total rows of a ledger: a first non-empty cell that is 合计, 小计, 总计 or 共计 (spaces inside allowed: 合 计),
/// alone or followed by a count or a remark — 合计：12项, 小计（5项）, 总计 共36项, 合计2项. They count tasks; they are not
/// tasks. A name that merely begins with those characters (总计划…) is not a total.
/// </summary>
internal static class TotalRow
{
    public static bool IsTotal(ReadOnlySpan<char> firstText)
    {
        var text = firstText.TrimStart();
        if (text.IsEmpty || text[0] is not ('合' or '小' or '总' or '共'))
        {
            return false;
        }

        var rest = text[1..].TrimStart();
        if (rest.IsEmpty || rest[0] != '计')
        {
            return false;
        }

        rest = rest[1..].TrimStart();
        return rest.IsEmpty || rest[0] is '：' or ':' or '（' or '(' or '、' or '，' or ',' or '共' or '项' || char.IsAsciiDigit(rest[0]);
    }
}
