using System.Globalization;
using System.Text.RegularExpressions;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Reads a progress figure (完成进度) as percent, 0–100. Rules:
/// <list type="bullet">
/// <item>Text with a percent sign gives the first number before it: 80%, 80％, 完成80%, 已完成80%, 100%（已完成）.
/// A range gives its lower end, however it is written (60-70%, 60%~70%, 60%至70%: 60), so a figure is never
/// read higher than the unit reported it, with a note saying so. Several different figures (6月40%；9月70%, 60%（较上月+10%）) give the first
/// too, with a note to check it: which one is the month's cannot be told from the cell.</item>
/// <item>A percent-formatted number cell holds a fraction: 0.8 is 80%.</item>
/// <item>A fraction is its share, with a note to check it: 3/4 (75), 三分之二 (66.67). An upper bound (不足30%) is an error:
/// how far below, the cell does not say.</item>
/// <item>A plain number, or text with one bare number among words that only say "done" or "about" (80, 完成80, 约80,
/// 80左右), is percentage points: 80 is 80%, and 0.8 is
/// 0.8% — unless the whole column is written as fractions: when every plain number in the table's progress
/// column lies in 0–1 and at least one lies strictly between, the column is read as fractions (0.8 is 80%,
/// 1 is 100%); see <see cref="IsFractionColumn"/>. A column of only 0 and 1 stays percentage points. A bare number
/// among other words (已召开2次会议, 6月已完成方案起草, 完成投资1.2亿元, 85分) is a count, a month or an amount: an error.</item>
/// <item>A figure in words, with no digits beside it: 百分之八十, 八成, 八成五; and tenths in digits: 8成, 8.5成 (80, 85).</item>
/// <item>A cell that only says the task is done (已完成, 全部完成, 已办结, 已销号) is 100: the whole of the work, in words.</item>
/// <item>Empty cells and placeholders (/, -, 无) are no figure, without error. Anything else (text without a
/// number, several bare numbers, a date, a figure outside 0–100) is an error, never a guess.</item>
/// </list>
/// </summary>
public static partial class ProgressParser
{
    private const NumberStyles Signed = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { "/", "-", "无", "暂无" };

    /// <summary>Words that say the whole task is done, alone in the cell: 100%.</summary>
    private static readonly HashSet<string> Done = new(StringComparer.Ordinal)
    {
        "完成", "已完成", "全部完成", "已全部完成", "办结", "已办结", "完结", "已完结", "销号", "已销号", "办结销号", "完成销号", "已完成销号",
    };

    public static ProgressParse Parse(CellValue cell, bool fractionColumn = false)
    {
        if (cell.IsEmpty)
        {
            return ProgressParse.None;
        }

        var text = cell.Text?.Trim() ?? string.Empty;
        if (cell.Date is not null)
        {
            return new ProgressParse(null, $"完成进度“{Shown(cell)}”是日期，不是百分比");
        }

        if (cell.Number is { } number && (cell.IsPercent || text.Length == 0 || PlainNumber().IsMatch(text)))
        {
            return InRange(cell.IsPercent || fractionColumn ? number * 100 : number, Shown(cell));
        }

        var prepared = ChineseText.ToHalfWidth(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (prepared.Length == 0 || Placeholders.Contains(prepared))
        {
            return ProgressParse.None;
        }

        if (ExcelErrors.Known(prepared) is { } error)
        {
            // A formula error as text: the readers give such a cell as an empty one showing the error (ExcelErrors.TextOrError),
            // so only a caller handing text on its own comes here. Not a figure, and neither "several numbers" (#DIV/0!) nor
            // "no number" says why.
            return new ProgressParse(null, $"完成进度“{error}”是 {ReadingMessages.FormulaErrorKind(error)}（{ReadingMessages.FormulaErrorMeaning(error)}），不是百分比；请改正公式或直接填写数值后重新报送");
        }

        if (Done.Contains(prepared.TrimEnd('.', '。', '!', '！')))
        {
            return InRange(100, text);
        }

        if (UpperBound().IsMatch(prepared))
        {
            // 不足30%: below 30, by how much is not said; read as 30 it would be higher than the unit reported.
            return new ProgressParse(null, $"完成进度“{text}”只说了上限，没有说具体进度，无法读成百分比");
        }

        if (Fraction().Match(prepared) is { Success: true } fraction)
        {
            var part = double.Parse(fraction.Groups["a"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var whole = double.Parse(fraction.Groups["b"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return FromFraction(part, whole, text);
        }

        if (FractionInWords().Match(prepared) is { Success: true } spoken
            && ChineseText.ParseNumeral(spoken.Groups["b"].Value) is { } wholeInWords
            && ChineseText.ParseNumeral(spoken.Groups["a"].Value) is { } partInWords)
        {
            return FromFraction(partInWords, wholeInWords, text);
        }

        var range = PercentRange().Match(prepared);
        if (range.Success)
        {
            var low = double.Parse(range.Groups["a"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var high = double.Parse(range.Groups["b"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var lower = InRange(Math.Min(low, high), text);
            return lower.Value is { } value
                ? lower with { Note = string.Create(CultureInfo.InvariantCulture, $"完成进度“{text}”是一个范围，已按下限（{value:0.##}%）入库；请填写一个百分数") }
                : lower;
        }

        var percents = PercentFigure().Matches(prepared);
        if (percents.Count > 0)
        {
            var first = InRange(double.Parse(percents[0].Groups["n"].ValueSpan, Signed, CultureInfo.InvariantCulture), text);
            var several = percents.Select(m => m.Groups["n"].Value).Distinct(StringComparer.Ordinal).Count() > 1;
            return several && first.Value is { } value
                ? first with { Note = string.Create(CultureInfo.InvariantCulture, $"完成进度“{text}”里有多个百分数，已按第一个（{value:0.##}%）入库；如本月进度是其他数，请核实") }
                : first;
        }

        var numbers = BareNumber().Matches(prepared);
        if (numbers.Count == 1 && DigitTenths().Match(prepared) is { Success: true } tenths)
        {
            return InRange(double.Parse(tenths.Groups["t"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * 10, text);
        }

        if (numbers.Count == 1 && !prepared.Contains('/', StringComparison.Ordinal))
        {
            var value = double.Parse(numbers[0].ValueSpan, Signed, CultureInfo.InvariantCulture);
            if (!FigureWords().IsMatch(prepared[..numbers[0].Index] + "#" + prepared[(numbers[0].Index + numbers[0].Length)..]))
            {
                // 已召开2次专题会议, 6月已完成方案起草, 完成投资1.2亿元: a count, a month or an amount, not a share of the work.
                return new ProgressParse(null, $"完成进度“{text}”没有写百分号，其中的数字“{numbers[0].Value}”看来是次数、个数、月份或金额，不是进度；请填写百分比（如“60%”），进展写在进展情况中");
            }

            return InRange(fractionColumn ? value * 100 : value, text);
        }

        if (numbers.Count == 0 && InWords(prepared) is { } written)
        {
            return InRange(written, text);
        }

        return new ProgressParse(null, numbers.Count == 0
            ? $"完成进度“{text}”里没有数字，无法读成百分比"
            : $"完成进度“{text}”里有多个数字，无法判断哪个是进度");
    }

    /// <summary>
    /// A figure written in words, in a cell with no digits: 百分之八十 (80), 百分之百 (100), 八成 (80), 八成五 (85), 七成多
    /// (70: like a range, never read higher than written), 十成 (100). Null when there is none.
    /// </summary>
    private static double? InWords(string text)
    {
        var m = FigureInWords().Match(text);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["p"].Success)
        {
            return m.Groups["p"].Value is "百" or "一百" ? 100 : ChineseText.ParseNumeral(m.Groups["p"].Value);
        }

        var tenths = m.Groups["t"].Value == "十" ? 10 : ChineseText.ParseNumeral(m.Groups["t"].Value);
        var hundredths = m.Groups["u"].Success ? ChineseText.ParseNumeral(m.Groups["u"].Value) : 0;
        return tenths is null || hundredths is null ? null : (tenths * 10) + hundredths;
    }

    /// <summary>
    /// Progress stated in the narrative (进展情况) when the ledger has no figure column: 完成80%, 已完成总工程量的80%,
    /// 进度达到80%. Null when none is stated or the narrative states several different figures.
    /// </summary>
    public static double? FromNarrative(string? narrative)
    {
        if (string.IsNullOrWhiteSpace(narrative))
        {
            return null;
        }

        var values = NarrativeFigure().Matches(ChineseText.ToHalfWidth(narrative))
            .Select(m => double.Parse(m.Groups["n"].ValueSpan, Signed, CultureInfo.InvariantCulture))
            .Where(v => v is >= 0 and <= 100)
            .Distinct()
            .ToList();
        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>
    /// Whether a progress column is written as fractions: every plain number (a number cell that is not
    /// percent-formatted, or text that is just a number) lies in 0–1 and at least one lies strictly between.
    /// </summary>
    public static bool IsFractionColumn(IEnumerable<CellValue> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var strictlyBetween = false;
        foreach (var cell in cells)
        {
            if (PlainFigure(cell) is not { } value)
            {
                continue;
            }

            if (value is < 0 or > 1)
            {
                return false;
            }

            strictlyBetween |= value is > 0 and < 1;
        }

        return strictlyBetween;
    }

    /// <summary>The plain number a figure cell holds (a number cell not percent-formatted, or text that is just a number, in half- or full-width digits); else null.</summary>
    internal static double? PlainFigure(CellValue cell)
    {
        if (cell.Number is { } number && !cell.IsPercent && cell.Date is null && (string.IsNullOrWhiteSpace(cell.Text) || PlainNumber().IsMatch(cell.Text.Trim())))
        {
            return number;
        }

        // Text in full-width digits (０.５, ８０) is the same number as in half-width: a column of ０.５ is fractions as one of 0.5 is.
        if (cell.Number is null && cell.Text is { } text && ChineseText.ToHalfWidth(text).Trim() is var plain && PlainNumber().IsMatch(plain))
        {
            return double.Parse(plain, Signed, CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>A share written as a fraction (3/4, 三分之二): a part of a whole no larger than it, read with a note to check it.</summary>
    private static ProgressParse FromFraction(double part, double whole, string shown)
    {
        if (whole <= 0 || part > whole)
        {
            return new ProgressParse(null, $"完成进度“{shown}”不是有效的分数，无法读成百分比");
        }

        var value = Math.Round(100 * part / whole, 2);
        return new ProgressParse(value) { Note = string.Create(CultureInfo.InvariantCulture, $"完成进度“{shown}”按分数读作{value:0.##}%；如不是此意，请改为百分比") };
    }

    private static ProgressParse InRange(double points, string shown)
    {
        var rounded = Math.Round(points, 4);
        return rounded is >= 0 and <= 100
            ? new ProgressParse(rounded)
            : new ProgressParse(null, $"完成进度“{shown}”超出0%到100%的范围");
    }

    private static string Shown(CellValue cell) =>
        cell.Text?.Trim() is { Length: > 0 } text ? text
        : cell.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : cell.Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    [GeneratedRegex("(?<![0-9.])(?<n>-?[0-9]+(?:\\.[0-9]+)?)%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentFigure();

    [GeneratedRegex("-?[0-9]+(?:\\.[0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    /// <summary>What may stand around a bare figure (# marks it): 80, 完成80, 已完成80, 约80, 达到80, 80左右, 80以上.</summary>
    [GeneratedRegex("^(?:已?完成了?|累计完成|总体完成|约|约为|达|达到|已达|进度|完成进度|整体进度|总体进度|进度为|完成率)?#(?:左右|以上|多|余)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FigureWords();

    [GeneratedRegex("^(?:不足|不到|低于|少于|未达|未满|未到)[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex UpperBound();

    [GeneratedRegex("^(?:已?完成)?(?<a>[0-9]+(?:\\.[0-9]+)?)/(?<b>[0-9]+(?:\\.[0-9]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Fraction();

    [GeneratedRegex("^(?:已?完成)?(?<b>[一二三四五六七八九十]+)分之(?<a>[一二三四五六七八九十]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex FractionInWords();

    [GeneratedRegex("(?<![0-9.])(?<t>(?:10|[0-9])(?:\\.[0-9])?)成", RegexOptions.CultureInvariant)]
    private static partial Regex DigitTenths();

    [GeneratedRegex("(?<![0-9.])(?<a>[0-9]+(?:\\.[0-9]+)?)%?(?:-|~|—|–|至|到)(?<b>[0-9]+(?:\\.[0-9]+)?)%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentRange();

    [GeneratedRegex("^[0-9]+(?:\\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    [GeneratedRegex("百分之(?<p>[零〇一二两三四五六七八九十百]+)|(?<![一二两三四五六七八九十])(?<t>[一二两三四五六七八九十])成(?<u>[一二三四五六七八九])?", RegexOptions.CultureInvariant)]
    private static partial Regex FigureInWords();

    [GeneratedRegex("(?:完成|进度|完成率)[^0-9%,，;；。]{0,6}?(?<n>[0-9]+(?:\\.[0-9]+)?)%", RegexOptions.CultureInvariant)]
    private static partial Regex NarrativeFigure();
}
