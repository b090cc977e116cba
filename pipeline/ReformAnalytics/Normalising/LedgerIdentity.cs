using System.Globalization;
using System.Text.RegularExpressions;
using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Infers the ledger and the report month of a table from its sheet name, title rows and file name.
/// <para>Ledger: the first of sheet name, title, file name that names one wins. Keywords: 自选试点 →
/// local_pilot; 上级部署, 上级试点 → assigned_pilot; 总台账, 改革任务台账, 全面深化改革任务 → overall. The pilot
/// keywords are looked for first (a title may say 全面深化改革 and 自选试点); a name that holds both pilot
/// keywords tells nothing.</para>
/// <para>Month: the first of sheet name, title, file name that names a month wins. In a name, a year and
/// month written together (2024年6月, 2024-06, 2024.6, 2024_6, 202406; the first found) come before a month
/// alone (（6月）, 六月; the last one, so 1-6月 is June), whose year is the one written in the same name, else
/// the first year (2024) found in sheet name, title, file name. Years outside 1990–2100 and months outside
/// 1–12 are ignored. A span of months (2024年1月至6月, 2024年1-6月, 2024.1-2024.6) is its last month. A day's date
/// (2024年7月5日报送, 填报日期：7月5日, 截至7月10日) is the day the return was made or sent: it names a month only when
/// nothing else does. Eight-digit dates (20240705, often the export date in a file name) are not read.</para>
/// <para>The names of the folders and zip archives a file is in, nearest first, are the last sources: a return named
/// only for its unit (县发改局.xlsx) in 2024年6月改革任务台账报送.zip, or in the folder 总台账/2024年6月, is June's overall
/// ledger. An archive's name is read without its .zip; a folder's whole (2024.6 is a month, not a name and its extension).</para>
/// Nulls mean the names do not tell; the caller refuses the file and explains how to name it.
/// </summary>
public static partial class LedgerIdentity
{
    private static readonly (string Keyword, Ledger Ledger)[] PilotKeywords =
    [
        ("自选试点", Ledger.LocalPilot),
        ("上级部署", Ledger.AssignedPilot),
        ("上级试点", Ledger.AssignedPilot),
    ];

    private static readonly string[] OverallKeywords = ["总台账", "改革任务台账", "全面深化改革任务"];

    /// <summary>The archives ingest unpacks (Ingest/PackedArchive), whose names say a month without their extension.</summary>
    private static readonly string[] ArchiveExtensions = [".zip", ".rar", ".7z"];

    /// <summary><paramref name="enclosingNames"/>: the names of the folders and archives the file is in, nearest first.</summary>
    public static InferredIdentity Infer(string fileName, string? sheetName, string? titleText, IReadOnlyList<string>? enclosingNames = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var (title, asOf) = SplitAsOf(Prepare(titleText));
        var (file, sentOn) = SplitAsOf(Prepare(Stem(fileName)));
        string[] sources = [Prepare(sheetName), title, file, .. (enclosingNames ?? []).Select(n => Prepare(WithoutArchiveExtension(n)))];
        return new InferredIdentity(InferLedger(sources), InferMonth([.. sources, asOf, sentOn]));
    }

    private static string Stem(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var extension = Path.GetExtension(name);
        return extension.Length is > 1 and <= 5 ? name[..^extension.Length] : name;
    }

    /// <summary>An archive's name without its .zip, .rar or .7z (2024.6.rar is June's); a folder's name as it is (2024.6 too).</summary>
    private static string WithoutArchiveExtension(string name) =>
        ArchiveExtensions.FirstOrDefault(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)) is { } extension ? name[..^extension.Length] : name;

    /// <summary>
    /// The one month a file's own name says (2024年6月改革任务总台账.xlsx: June), without a span of months (2024年1-6月…, a
    /// cumulative workbook whose sheets are its months) and without a day's date; null when it says none, or a span.
    /// </summary>
    public static ReportMonth? SingleMonthOfName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = SplitAsOf(Prepare(Stem(fileName))).Title;
        return MonthSpan().IsMatch(name) || MonthsRange().IsMatch(name) ? null : MonthIn(name, YearIn(name));
    }

    /// <summary>A span of months without a year before each (1-6月, 1至6月).</summary>
    [GeneratedRegex("[0-9]{1,2}月?(?:至|到|—|-|~|–|－)[0-9]{1,2}月", RegexOptions.CultureInvariant)]
    private static partial Regex MonthsRange();

    /// <summary>
    /// Where the table's own names (sheet name, then title rows) and its file's name say different things: the month
    /// each says, and the ledger each names by a word only that ledger uses (自选试点, 上级部署, 上级试点, 总台账; not the
    /// words every ledger's title may carry, 改革任务台账 or 全面深化改革任务, unless the file's own name is that specific).
    /// Null where they agree, or one of them says nothing. A unit copying last month's file, or the overall ledger's
    /// template for a pilot ledger, leaves such a pair; which is right only the office knows.
    /// </summary>
    public static (ReportMonth Table, ReportMonth File)? MonthConflict(string fileName, string? sheetName, string? titleText)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        string[] own = [Prepare(sheetName), SplitAsOf(Prepare(titleText)).Title];
        var file = SplitAsOf(Prepare(Stem(fileName))).Title;
        var anyYear = own.Append(file).Select(YearIn).FirstOrDefault(y => y is not null);
        var table = own.Select(s => MonthIn(s, anyYear)).FirstOrDefault(m => m is not null);
        return table is { } t && MonthIn(file, anyYear) is { } f && t != f ? (t, f) : null;
    }

    /// <inheritdoc cref="MonthConflict"/>
    public static (Ledger Table, Ledger File)? LedgerConflict(string fileName, string? sheetName, string? titleText)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var file = Prepare(Stem(fileName));
        if (SpecificLedger(file) is not { } f)
        {
            return null;
        }

        var table = InferLedger([Prepare(sheetName), Prepare(titleText)]);
        return table is { } t && t != f ? (t, f) : null;
    }

    /// <summary>The ledger a name gives by a word of that ledger alone; null for none, or for both pilot words.</summary>
    private static Ledger? SpecificLedger(string source)
    {
        var pilots = PilotKeywords.Where(k => source.Contains(k.Keyword, StringComparison.Ordinal)).Select(k => k.Ledger).Distinct().ToList();
        return pilots.Count == 1 ? pilots[0] : pilots.Count == 0 && source.Contains("总台账", StringComparison.Ordinal) ? Ledger.Overall : null;
    }

    private static Ledger? InferLedger(string[] sources)
    {
        foreach (var source in sources)
        {
            var pilots = PilotKeywords.Where(k => source.Contains(k.Keyword, StringComparison.Ordinal)).Select(k => k.Ledger).Distinct().ToList();
            if (pilots.Count == 1)
            {
                return pilots[0];
            }

            if (pilots.Count == 0 && OverallKeywords.Any(k => source.Contains(k, StringComparison.Ordinal)))
            {
                return Ledger.Overall;
            }
        }

        return null;
    }

    private static ReportMonth? InferMonth(string[] sources)
    {
        var anyYear = sources.Select(YearIn).FirstOrDefault(y => y is not null);
        return sources.Select(s => MonthIn(s, anyYear)).FirstOrDefault(m => m is not null);
    }

    /// <summary>The month one name says: a year and month written together first, else a month alone (the last one).</summary>
    private static ReportMonth? MonthIn(string source, int? anyYear)
    {
        foreach (Match span in MonthSpan().Matches(source))
        {
            var y1 = Number(span.Groups["y1"]);
            if (Month(y1, Number(span.Groups["m1"])) is { } first && Month(Number(span.Groups["y2"]) ?? y1, Number(span.Groups["m2"])) is { } last && last.CompareTo(first) > 0)
            {
                return last;
            }
        }

        foreach (var pattern in (Regex[])[YearMonthChinese(), YearMonthSeparated(), YearMonthCompact()])
        {
            foreach (Match match in pattern.Matches(source))
            {
                if (Month(Number(match.Groups["y"]), Number(match.Groups["m"])) is { } month)
                {
                    return month;
                }
            }
        }

        var months = MonthAlone().Matches(source).Select(m => Number(m.Groups["m"])).Where(m => m is >= 1 and <= 12).ToList();
        return months.Count > 0 ? Month(YearIn(source) ?? anyYear, months[^1]) : null;
    }

    private static int? YearIn(string source) =>
        YearAlone().Matches(source).Select(m => Number(m.Groups["y"])).FirstOrDefault(y => y is >= 1990 and <= 2100);

    private static ReportMonth? Month(int? year, int? month) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 ? new ReportMonth(year.Value, month.Value) : null;

    private static int? Number(Group group) =>
        group.Success && int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// A title's as-of date (截至2024年7月10日, 截止7月5日) apart from the rest: units report a month's progress early in
    /// the next, so that date names the month after the report month. It is the last source of a month, read only when no
    /// other name says one, and never set against the file's name.
    /// </summary>
    private static (string Title, string AsOf) SplitAsOf(string title)
    {
        var matches = AsOfDay().Matches(title);
        return matches.Count > 0
            ? (AsOfDay().Replace(title, "|"), string.Join("|", matches.Select(m => m.Value)))
            : (title, string.Empty);
    }

    /// <summary>
    /// A day's date in a name (截至2024年7月10日, 2024年7月5日报送, 填报日期：2024年7月5日, （7月3日报）): the day the return was made
    /// or sent, early in the month after the one it reports.
    /// </summary>
    [GeneratedRegex("(?:截至|截止)?到?(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}[日号]", RegexOptions.CultureInvariant)]
    private static partial Regex AsOfDay();

    /// <summary>
    /// A name made uniform: half-width, date numerals as digits, spaces removed, except that a space or line break between
    /// two numbers keeps them apart (附件1 above 2024年… is not the year 12024).
    /// </summary>
    private static string Prepare(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? string.Empty
            : ChineseText.DateNumeralsToDigits(Whitespace().Replace(SpaceBetweenNumbers().Replace(ChineseText.ToHalfWidth(text), "|"), string.Empty));

    [GeneratedRegex("(?<=[0-9])\\s+(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBetweenNumbers();

    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>
    /// A period written as a span of months, whose last month is the report month (a cumulative 1–6月 return is June's):
    /// 2024年1月至6月, 2024年1月—6月, 2024年1-6月, 2024年1月至2024年6月, 2024.1-2024.6.
    /// </summary>
    [GeneratedRegex("(?<![0-9])(?<y1>[0-9]{4})(?:年度?(?<m1>[0-9]{1,2})月?(?:份)?(?:至|到|—|-|~|–|－)(?:(?<y2>[0-9]{4})年)?(?<m2>[0-9]{1,2})月|\\.(?<m1>[0-9]{1,2})(?:至|到|—|-|~|–|－)(?<y2>[0-9]{4})\\.(?<m2>[0-9]{1,2})(?![0-9.]))", RegexOptions.CultureInvariant)]
    private static partial Regex MonthSpan();

    [GeneratedRegex("(?<![0-9])(?<y>[0-9]{4})年度?(?<m>[0-9]{1,2})月", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthChinese();

    [GeneratedRegex("(?<![0-9])(?<y>[0-9]{4})[-._/](?<m>[0-9]{1,2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthSeparated();

    [GeneratedRegex("(?<![0-9])(?<y>[0-9]{4})(?<m>0[1-9]|1[0-2])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthCompact();

    [GeneratedRegex("(?<![0-9])(?<m>[0-9]{1,2})月", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAlone();

    [GeneratedRegex("(?<![0-9])(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearAlone();
}
