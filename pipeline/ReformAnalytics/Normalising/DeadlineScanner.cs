using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Finds the date phrases of a deadline cell. The text is first prepared (half-width, no spaces, one kind
/// of dash, 今年/次年 made explicit, Chinese numerals before 月/日 made digits); then each pattern, most
/// specific first, claims its matches and blanks them so a later, looser pattern cannot match them again.
/// </summary>
internal static partial class DeadlineScanner
{
    private const string Part = "(?<part>上中旬|中下旬|上旬|中旬|下旬|初(?!步)|底|末)?";

    /// <summary>The patterns in the order they claim text, each with the kind of phrase it finds.</summary>
    private static readonly ChineseLunisolarCalendar LunarCalendar = new();

    private static readonly (Regex Pattern, AtomShape Shape)[] Patterns =
    [
        (FullDateNumeric(), AtomShape.Day),
        (FullDateCompact(), AtomShape.Day),
        (FullDateChinese(), AtomShape.Day),
        (MonthDotDay(), AtomShape.Day),
        (YearRange(), AtomShape.YearRange),
        (NumericMonthRange(), AtomShape.MonthRange),
        (MonthRange(), AtomShape.MonthRange),
        (MonthList(), AtomShape.MonthList),
        (YearMonthNumeric(), AtomShape.Month),
        (YearMonthCompact(), AtomShape.Month),
        (MonthChinese(), AtomShape.Month),
        (Quarter(), AtomShape.Quarter),
        (HalfYear(), AtomShape.HalfYear),
        (MidYear(), AtomShape.MidYear),
        (YearEnd(), AtomShape.Year),
        (WholeYear(), AtomShape.Year),
        (BareYear(), AtomShape.Year),
    ];

    private enum AtomShape
    {
        Day,
        YearRange,
        MonthRange,
        MonthList,
        Month,
        Quarter,
        HalfYear,
        MidYear,
        Year,
    }

    /// <summary>The cell text made uniform for matching; <paramref name="ledgerYear"/> replaces 今年/本年/当年 and 次年/明年.</summary>
    public static string Prepare(string text, int ledgerYear)
    {
        // A date written with its time of day, as a date cell becomes when saved as text (2024/6/15 0:00:00): the time goes.
        var halfWidth = TimeOfDay().Replace(ChineseText.ToHalfWidth(text), string.Empty);
        var builder = new StringBuilder(halfWidth.Length);
        for (var i = 0; i < halfWidth.Length; i++)
        {
            var c = halfWidth[i];
            if (c == '\r')
            {
                if (i + 1 < halfWidth.Length && halfWidth[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c != '\n' && char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c == '-' && builder.Length > 0 && builder[^1] == '-')
            {
                continue;
            }

            builder.Append(c);
        }

        var prepared = builder.ToString();
        var thisYear = ledgerYear.ToString(CultureInfo.InvariantCulture) + "年";
        var nextYear = (ledgerYear + 1).ToString(CultureInfo.InvariantCulture) + "年";
        prepared = NextYearWord().Replace(prepared, nextYear);
        prepared = ThisYearWord().Replace(prepared, thisYear);
        prepared = HolidayBefore().Replace(prepared, HolidayAsMonthEnd);
        prepared = SpringFestivalBefore().Replace(prepared, SpringFestivalEve);
        return FirstOfMonthBefore().Replace(ChineseText.DateNumeralsToDigits(prepared), MonthBefore);
    }

    /// <summary>
    /// Before the 1st of a month (10月1日前, 2025年1月1日之前) as the end of the month before it (9月底, 2024年12月底), as
    /// 国庆节前 is; 1月1日前 without a year is left as written (the year before is not known here).
    /// </summary>
    private static string MonthBefore(Match m)
    {
        var year = Number(m.Groups["y"]);
        var month = Number(m.Groups["m"])!.Value;
        if (month is < 1 or > 12 || (month == 1 && year is null))
        {
            return m.Value;
        }

        return month == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{year - 1}年12月底")
            : string.Create(CultureInfo.InvariantCulture, $"{(year is { } y ? $"{y}年" : string.Empty)}{month - 1}月底");
    }

    /// <summary>
    /// A holiday on a fixed date, before which a task is due, as the end of the month before it: 五一前 is 4月底前,
    /// 七一前 6月底前, 八一前 7月底前, 国庆节前 9月底前, and 元旦前 the end of the year before (2025年元旦前 is
    /// 2024年12月底前). 春节 moves with the lunar calendar: see <see cref="SpringFestivalEve"/>.
    /// </summary>
    private static string HolidayAsMonthEnd(Match m)
    {
        var year = Number(m.Groups["y"]);
        var (monthEnd, yearBefore) = m.Groups["h"].Value switch
        {
            "五一" or "劳动节" => (4, false),
            "七一" or "建党节" => (6, false),
            "八一" or "建军节" => (7, false),
            "元旦" or "元旦节" => (12, true),
            _ => (9, false),
        };
        var written = year is { } y ? string.Create(CultureInfo.InvariantCulture, $"{(yearBefore ? y - 1 : y)}年") : string.Empty;
        return written + string.Create(CultureInfo.InvariantCulture, $"{monthEnd}月底");
    }

    /// <summary>
    /// 2025年春节前 (or 明年春节前, its year written in by then) as the day before that year's Spring Festival, 除夕
    /// (2025年1月28日前), from the Chinese lunisolar calendar. 春节前 without a year is left as written: in a year's
    /// ledger it may be the festival early in that year or early in the next, and the parser says so.
    /// </summary>
    private static string SpringFestivalEve(Match m)
    {
        var year = Number(m.Groups["y"])!.Value;
        if (year < LunarCalendar.MinSupportedDateTime.Year + 1 || year > LunarCalendar.MaxSupportedDateTime.Year - 1)
        {
            return m.Value;
        }

        var eve = DateOnly.FromDateTime(LunarCalendar.ToDateTime(year, 1, 1, 0, 0, 0, 0)).AddDays(-1);
        return string.Create(CultureInfo.InvariantCulture, $"{eve.Year}年{eve.Month}月{eve.Day}日");
    }

    /// <summary>The date phrases of <paramref name="prepared"/> in text order (several share an index when one phrase lists months).</summary>
    public static List<DeadlineAtom> Scan(string prepared)
    {
        var atoms = new List<DeadlineAtom>();
        var work = prepared.ToCharArray();
        foreach (var (pattern, shape) in Patterns)
        {
            var text = new string(work);
            foreach (Match match in pattern.Matches(text))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                var found = ToAtoms(match, shape);
                var isStart = IsStartPhrase(prepared, match.Index, match.Index + match.Length);
                foreach (var atom in found)
                {
                    atoms.Add(atom with { IsStart = isStart });
                }

                Array.Fill(work, '\0', match.Index, match.Length);
            }
        }

        atoms.Sort((a, b) => a.Index.CompareTo(b.Index));
        return atoms;
    }

    /// <summary>
    /// A deadline changed in the cell (原定6月底前，调整为9月底前; 延期至12月底): the dates before the last change are the
    /// old deadline and go; starts stay. A change word not followed by a date changes nothing.
    /// </summary>
    public static List<DeadlineAtom> AfterChange(string prepared, List<DeadlineAtom> atoms)
    {
        var cut = -1;
        foreach (Match change in DeadlineChanged().Matches(prepared))
        {
            var end = change.Index + change.Length;
            if (atoms.Exists(a => a.Index == end && !a.IsStart))
            {
                cut = end;
            }
        }

        return cut < 0 ? atoms : atoms.FindAll(a => a.IsStart || a.Index >= cut);
    }

    private static bool IsStartPhrase(string prepared, int start, int end)
    {
        if (start > 0 && prepared[start - 1] is '自' or '从')
        {
            return true;
        }

        return StartSuffix().IsMatch(prepared.AsSpan(end));
    }

    private static List<DeadlineAtom> ToAtoms(Match m, AtomShape shape)
    {
        var year = Number(m.Groups["y"]);
        var part = PartDay(m.Groups["part"].Value);
        var atoms = new List<DeadlineAtom>();
        void Add(DeadlineKind kind, int? atomYear, int first, int last = 0, int day = 0, int? endYear = null) =>
            atoms.Add(new DeadlineAtom(m.Index, m.Length, kind, atomYear, endYear, first, last, day));

        switch (shape)
        {
            case AtomShape.Day:
                Add(DeadlineKind.Day, year, Number(m.Groups["m"]) ?? 0, day: Number(m.Groups["d"]) ?? 0);
                break;
            case AtomShape.YearRange:
                Add(DeadlineKind.Range, Number(m.Groups["y1"]), 1, 12, endYear: Number(m.Groups["y2"]));
                break;
            case AtomShape.MonthRange:
                Add(DeadlineKind.Range, year, Number(m.Groups["m1"]) ?? 0, Number(m.Groups["m2"]) ?? 0, part, Number(m.Groups["y2"]));
                break;
            case AtomShape.MonthList:
                var months = m.Groups["m"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToList();
                if (months.Zip(months.Skip(1)).All(p => p.Second == p.First + 1))
                {
                    Add(DeadlineKind.Range, year, months[0], months[^1], part);
                }
                else
                {
                    months.ForEach(month => Add(DeadlineKind.Month, year, month, day: part));
                }

                break;
            case AtomShape.Month:
                Add(DeadlineKind.Month, year, Number(m.Groups["m"]) ?? 0, day: part);
                break;
            case AtomShape.Quarter:
                var q = m.Groups["q"].Value[0];
                Add(DeadlineKind.Quarter, year, q is >= '1' and <= '4' ? q - '0' : ChineseText.ParseNumeral([q]) ?? 0);
                break;
            case AtomShape.HalfYear:
                Add(DeadlineKind.HalfYear, year, m.Groups["h"].Value == "上半年" ? 1 : 2);
                break;
            case AtomShape.MidYear:
                Add(DeadlineKind.HalfYear, year, 1);
                break;
            default:
                Add(DeadlineKind.Year, year, 1, 12);
                break;
        }

        return atoms;
    }

    private static int? Number(Group group) =>
        group.Success && int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int PartDay(string part) => part switch
    {
        "上旬" or "初" => 10,
        "中旬" or "上中旬" => 20,
        _ => 0,
    };

    [GeneratedRegex("(?:(?<y>[0-9]{4})年)?[“\"'‘]?(?<h>五一|劳动节|七一|建党节|八一|建军节|国庆节|国庆|元旦节|元旦)[”\"'’]?(?=之前|以前|前)", RegexOptions.CultureInvariant)]
    private static partial Regex HolidayBefore();

    [GeneratedRegex("(?<y>[0-9]{4})年[“\"'‘]?(?<h>春节)[”\"'’]?(?=之前|以前|前)", RegexOptions.CultureInvariant)]
    private static partial Regex SpringFestivalBefore();

    [GeneratedRegex("次年|明年|翌年|下一年", RegexOptions.CultureInvariant)]
    private static partial Regex NextYearWord();

    [GeneratedRegex("今年|本年度|本年|当年", RegexOptions.CultureInvariant)]
    private static partial Regex ThisYearWord();

    [GeneratedRegex("^份?(?:起|开始|启动|以来|始)", RegexOptions.CultureInvariant)]
    private static partial Regex StartSuffix();

    [GeneratedRegex("(?<![0-9])(?<y>[0-9]{4})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})(?![0-9])(?:日|号)?", RegexOptions.CultureInvariant)]
    private static partial Regex FullDateNumeric();

    [GeneratedRegex("(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12][0-9]|3[01])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex FullDateCompact();

    [GeneratedRegex("(?:(?<y>[0-9]{4})年|(?<![0-9]))(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})(?![0-9月])(?:日|号)?", RegexOptions.CultureInvariant)]
    private static partial Regex FullDateChinese();

    /// <summary>
    /// A month and day without a year, as offices type them (6.30, 12.31, 6.5, 6.1前): a lone 6.1, 6.2 or 6.3 may be
    /// 6.10, 6.20 or 6.30 with its zero dropped by the sheet, and is read only with 日/号/前 after it.
    /// </summary>
    [GeneratedRegex("(?<![0-9.])(?<m>1[0-2]|0?[1-9])\\.(?<d>[0-3][0-9]|[4-9]|[1-3](?=[日号前之以]))(?![0-9.%])(?:日|号)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDotDay();

    [GeneratedRegex("(?:调整|延期|延长|推迟|顺延|变更|更改|延|改)(?:为|至|到)(?:于|在)?", RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineChanged();

    [GeneratedRegex("(?<![0-9])(?:(?<y>[0-9]{4})年)?(?<m>[0-9]{1,2})月0?1[日号](?=之前|以前|前)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstOfMonthBefore();

    [GeneratedRegex("(?<![0-9])(?<y1>[0-9]{4})年?(?:-|至|到)(?<y2>[0-9]{4})年?(?:底|末)?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex("(?<![0-9])(?<y>[0-9]{4})[./](?<m1>[0-9]{1,2})-(?:(?<y2>[0-9]{4})[./])?(?<m2>[0-9]{1,2})(?![0-9])(?:月份?)?" + Part, RegexOptions.CultureInvariant)]
    private static partial Regex NumericMonthRange();

    [GeneratedRegex("(?:(?<y>[0-9]{4})年|(?<![0-9]))(?<m1>[0-9]{1,2})(?:月份?(?:初(?!步)|上旬)?)?(?:-|至|到)(?:(?<y2>[0-9]{4})年)?(?<m2>[0-9]{1,2})月份?" + Part, RegexOptions.CultureInvariant)]
    private static partial Regex MonthRange();

    [GeneratedRegex("(?:(?<y>[0-9]{4})年|(?<![0-9]))(?<m>[0-9]{1,2})(?:月份?)?(?:[、和及](?<m>[0-9]{1,2})(?:月份?)?)*[、和及](?<m>[0-9]{1,2})月份?(?<part>底|末)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthList();

    [GeneratedRegex("(?<![0-9])(?<y>[0-9]{4})[-/.](?<m>[0-9]{1,2})(?![0-9])(?:月份?)?" + Part, RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthNumeric();

    [GeneratedRegex("(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<m>0[1-9]|1[0-2])(?![0-9])(?:月份?)?" + Part, RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthCompact();

    [GeneratedRegex("(?:(?<y>[0-9]{4})年|(?<![0-9]))(?<m>[0-9]{1,2})月份?" + Part, RegexOptions.CultureInvariant)]
    private static partial Regex MonthChinese();

    [GeneratedRegex("(?:(?<y>[0-9]{4})年度?)?(?:第|[Qq])?(?<![0-9])(?<q>[1-4一二三四])(?:季度|季)?(?<=季度|季|[Qq][1-4])(?:末|底)?", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex("(?:(?<y>[0-9]{4})年度?)?(?<h>上半年|下半年)(?:末|底)?", RegexOptions.CultureInvariant)]
    private static partial Regex HalfYear();

    [GeneratedRegex("(?:(?<y>[0-9]{4})年?|(?<![0-9一二三四五六七八九十两半每多几]))年中(?![旬期])", RegexOptions.CultureInvariant)]
    private static partial Regex MidYear();

    [GeneratedRegex("(?:(?<y>[0-9]{4})年?|(?<![0-9一二三四五六七八九十两半每多几]))年(?:度内|度末|度|底|末|内)", RegexOptions.CultureInvariant)]
    private static partial Regex YearEnd();

    [GeneratedRegex("全年", RegexOptions.CultureInvariant)]
    private static partial Regex WholeYear();

    [GeneratedRegex("(?<![0-9])(?<y>[0-9]{4})年(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();

    [GeneratedRegex("(?<=[0-9])(?:\\s+|T)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
