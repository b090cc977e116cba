namespace ReformAnalytics.Reading;

/// <summary>
/// The errors LibreOffice Calc shows by number (Err:502) where Excel has no name for them, as a CSV or a web page saved from
/// LibreOffice keeps them; the ones that are Excel's errors under another name (Err:503 is #NUM!, Err:532 #DIV/0!) are told
/// by Excel's meaning. Numbers and meanings as LibreOffice's help lists them (“Error codes in LibreOffice Calc”).
/// </summary>
internal static class LibreOfficeErrors
{
    private const string Prefix = "Err:";

    /// <summary>Each error by its text: the Excel error it is, where it is one, or what it means in the office's words.</summary>
    private static readonly Dictionary<string, (string? Excel, string? Meaning)> ByText = new(StringComparer.Ordinal)
    {
        ["Err:501"] = (null, "公式中有无效字符"),
        ["Err:502"] = (null, "函数的参数无效，如对负数开平方"),
        ["Err:503"] = (ExcelErrors.Number, null),
        ["Err:504"] = (null, "函数的参数类型或个数不对"),
        ["Err:507"] = (null, "公式中的括号不成对"),
        ["Err:508"] = (null, "公式缺少括号"),
        ["Err:509"] = (null, "公式缺少运算符"),
        ["Err:510"] = (null, "公式缺少运算数，如两个运算符相连"),
        ["Err:511"] = (null, "公式缺少运算数，如函数的参数少于所需"),
        ["Err:512"] = (null, "公式过长或过于复杂"),
        ["Err:513"] = (null, "公式中的文字过长"),
        ["Err:514"] = (null, "公式过于复杂，无法计算"),
        ["Err:519"] = (ExcelErrors.Value, null),
        ["Err:522"] = (null, "公式引用了自身所在的单元格（循环引用）"),
        ["Err:523"] = (null, "迭代计算没有得到结果（不收敛）"),
        ["Err:524"] = (ExcelErrors.Reference, null),
        ["Err:525"] = (ExcelErrors.Name, null),
        ["Err:532"] = (ExcelErrors.DivideByZero, null),
    };

    /// <summary>The error <paramref name="text"/> is (Err:5 and two digits) as one shared string for those listed, as written for another; null for any other text.</summary>
    public static string? Known(ReadOnlySpan<char> text)
    {
        if (text.Length != Prefix.Length + 3 || !text.StartsWith(Prefix, StringComparison.Ordinal) || text[4] != '5' || !char.IsAsciiDigit(text[5]) || !char.IsAsciiDigit(text[6]))
        {
            return null;
        }

        return ByText.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var shared, out _) ? shared : text.ToString();
    }

    /// <summary>The Excel error a LibreOffice one is (Err:532 is #DIV/0!); null for one Excel has no name for, or for any other text.</summary>
    public static string? InExcel(string error) => ByText.TryGetValue(error, out var e) ? e.Excel : null;

    /// <summary>What a LibreOffice error with no Excel name means; null for one not listed, or for any other text.</summary>
    public static string? Meaning(string error) => ByText.TryGetValue(error, out var e) ? e.Meaning : null;
}
