using System.Buffers;

namespace ReformAnalytics.Reading;

/// <summary>
/// Note rows under a ledger: a first non-empty cell starting with one of <see cref="Prefixes"/> followed by a
/// colon (full- or half-width, spaces allowed between), e.g. 注：…, 填报人：张三, 联系电话: …, 单位（盖章）：; a remark in
/// brackets between the prefix and the colon is allowed (填报单位（盖章）：).
/// </summary>
internal static class NoteRow
{
    public static readonly IReadOnlyList<string> Prefixes =
    [
        "注", "备注", "说明", "填报人", "填表人", "制表人", "填报单位", "审核人", "联系人", "联系电话", "填报时间", "填报日期", "报送时间", "单位负责人",
        "单位", "分管领导", "主要负责人", "报送单位",
    ];

    private static readonly SearchValues<char> FirstChars = SearchValues.Create(string.Concat(Prefixes.Select(p => p[0])));

    public static bool IsNote(ReadOnlySpan<char> firstText)
    {
        var text = firstText.TrimStart();
        if (text.IsEmpty || !FirstChars.Contains(text[0]))
        {
            return false;
        }

        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = text[prefix.Length..].TrimStart();
                if (!rest.IsEmpty && rest[0] is '（' or '(' && rest.IndexOfAny('）', ')') is > 0 and var close)
                {
                    rest = rest[(close + 1)..].TrimStart();
                }

                if (!rest.IsEmpty && rest[0] is '：' or ':')
                {
                    return true;
                }
            }
        }

        return false;
    }
}
