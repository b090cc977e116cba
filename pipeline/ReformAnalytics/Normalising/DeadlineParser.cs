using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Reads a deadline cell (完成时限) as written in real ledgers. Rules:
/// <list type="bullet">
/// <item>A month gives its last day (6月底前, 2024年6月, 2024.6 → 30 June); 上旬/中旬 give the 10th/20th,
/// 下旬 the last day; a quarter gives its last day (三季度末, 一季度 → 30 Sep, 31 Mar); 上半年 (and 年中)
/// 30 June, 下半年 31 December; 年底前, 年内, 年度, 全年 31 December; a full date itself. Before a holiday on a fixed
/// date, the end of the month before it (五一前 30 April, 七一前 30 June, 八一前 31 July, 国庆节前 30 September, 元旦前
/// 31 December of the year before); 2025年春节前 is the day before that year's Spring Festival (2025-01-28, from the
/// lunar calendar), and 春节前 without a year is an error that asks for the year; so are 年前 (the year's end, or the
/// Spring Festival?) and 两会前 (dates set each year), also beside other dates.</item>
/// <item>A missing year is the nearest year written before it in the cell, else the ledger year; 今年/本年/当年
/// are the ledger year, 次年/明年 the next.</item>
/// <item>A span of months (1-8月, 7、8月, 7月至9月, 2023-2025年) is a <see cref="DeadlineKind.Range"/>: the
/// deadline is the end of the last month and the planned window starts on the 1st of the first month. A list
/// of months that are not consecutive (3、6、9、12月) is several milestones.</item>
/// <item>A date followed by 起/开始/启动/以来 or preceded by 自/从 names a start, not a deadline: it moves the planned
/// start. Otherwise the planned start is the ledger year's 1 January; quarters and half years do not move it
/// (三季度 is a deadline, the work runs from the start of the year).</item>
/// <item>Several date phrases in one cell (6月底前出台方案；12月底前全面推开) are milestones, sorted by date; the
/// last is the deadline. A deadline changed in the cell (原定6月底前，调整为9月底前; 延期至12月底) is the new one: the
/// dates before the change go. Month and day without a year (6.30, 12.31) are read; a lone 6.3 is refused (it may be
/// 6.30 with its zero dropped by the sheet). Before the 1st of a month (10月1日前) is the end of the month before it.
/// A date inside a sentence (2022年10月底前编制并公布…) is found where it is. A later year that only says the work goes on (2024年12月底前全面完成，2025年持续深化) is no milestone: the deadline is the date before it.</item>
/// <item>With no date, 长期/持续/常态/长效/每月/每季/每年… make the task open-ended (no deadline, never overdue).
/// When a date is written too, the date wins.</item>
/// <item>An Excel date cell is a <see cref="DeadlineKind.Day"/>, unless the cell shows only a month (2024年6月)
/// and the date lies in it: then the month's last day. A number cell is an Excel serial date when it lies in
/// 1990–2100; 2024.6 typed as a number is June, but 2024.1 is refused (it may be 2024.10 with its zero dropped) unless
/// the cell's format shows two decimals (0.00): its text is then 2024.10 as the cell shows it, October (and 2024.60, the
/// format's 2024.6, June).</item>
/// <item>An empty cell, or a placeholder (/, -, 无, 暂无), is <see cref="DeadlineKind.Missing"/> without error;
/// anything else without a date is an error (Chinese message) and nothing is guessed.</item>
/// </list>
/// Text results are cached by (text, ledger year): the same phrase repeats across millions of rows.
/// </summary>
public static partial class DeadlineParser
{
    private const int MaxCacheEntries = 200_000;

    private static readonly ConcurrentDictionary<(string Text, int Year), DeadlineParse> Cache = new();

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private static readonly HashSet<string> Undecided = new(StringComparer.Ordinal) { "待定", "未定", "另定", "待明确", "视情况而定" };

    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "/", "-", "无", "暂无", "空", "null", "NULL", "N/A", "n/a",
    };

    private static readonly char[] SegmentTrim = [' ', '\n', ';', ',', '、', '。', '.'];

    private static int _cacheCount;

    public static DeadlineParse Parse(CellValue cell, int ledgerYear)
    {
        if (ledgerYear is < DeadlineAtom.MinYear or > DeadlineAtom.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(ledgerYear), ledgerYear, "The ledger year must lie in 1990–2100.");
        }

        var text = cell.Text?.Trim();
        if (cell.Date is { } date)
        {
            return FromDateCell(date, text, ledgerYear);
        }

        if (cell.Number is { } number && (string.IsNullOrEmpty(text) || NumericText().IsMatch(text)))
        {
            return FromNumberCell(number, text, ledgerYear);
        }

        return string.IsNullOrEmpty(text) ? DeadlineParse.Missing(ledgerYear) : Parse(text, ledgerYear);
    }

    /// <summary>Parses deadline text as written; see the class remarks for the rules.</summary>
    public static DeadlineParse Parse(string? text, int ledgerYear)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return DeadlineParse.Missing(ledgerYear);
        }

        if (Cache.TryGetValue((trimmed, ledgerYear), out var cached))
        {
            return cached;
        }

        var parsed = WithYearBeforeNote(trimmed, ParseText(trimmed, ledgerYear));
        if (Volatile.Read(ref _cacheCount) < MaxCacheEntries && Cache.TryAdd((trimmed, ledgerYear), parsed))
        {
            Interlocked.Increment(ref _cacheCount);
        }

        return parsed;
    }

    private static DeadlineParse FromDateCell(DateOnly date, string? text, int ledgerYear)
    {
        if (!string.IsNullOrEmpty(text))
        {
            var shown = Parse(text, ledgerYear);
            // The cell as shown, when it says the cell's own day, month or year (a date cell shown as 2024年6月 or 2024年).
            if (!shown.IsError && shown.Milestones.Count == 1 && shown.Deadline is { } end && end.Year == date.Year
                && (shown.Kind is DeadlineKind.Year || (shown.Kind is DeadlineKind.Month or DeadlineKind.Day && end.Month == date.Month)))
            {
                return shown;
            }
        }

        var label = text is { Length: > 0 } ? text : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new DeadlineParse(DeadlineKind.Day, date, DeadlineParse.YearStart(ledgerYear), [new Milestone(date, label)]);
    }

    private static DeadlineParse FromNumberCell(double number, string? text, int ledgerYear)
    {
        var shown = WithoutFormatZero(string.IsNullOrEmpty(text) ? number.ToString("R", CultureInfo.InvariantCulture) : text);
        var yearMonth = YearDotMonth().Match(shown);
        if (yearMonth.Success)
        {
            if (yearMonth.Groups["m"].Value == "1")
            {
                var y = yearMonth.Groups["y"].Value;
                return DeadlineParse.Failed(ledgerYear, $"完成时限是数值“{shown}”，可能是{y}年1月，也可能是“{y}.10”被表格去掉了末尾的0；请改为文字（如“{y}年10月底前”）或填日期");
            }

            return Parse(shown, ledgerYear);
        }

        if (ShortMonthDot().Match(shown) is { Success: true } shortDay)
        {
            return AmbiguousMonthDot(shown, shortDay, ledgerYear);
        }

        if (SerialDate(number) is { } date)
        {
            return new DeadlineParse(DeadlineKind.Day, date, DeadlineParse.YearStart(ledgerYear), [new Milestone(date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
        }

        var asText = Parse(shown, ledgerYear);
        return asText.IsError
            ? DeadlineParse.Failed(ledgerYear, $"完成时限是数值“{shown}”，不是可识别的日期；请写成“2024年6月底前”或填日期")
            : asText;
    }

    /// <summary>
    /// A number cell's year.month as it holds it, when its format added a zero (2024.6 in a cell formatted 0.00 shows as
    /// 2024.60: June, the zero only the format's); any other text as it is.
    /// </summary>
    internal static string WithoutFormatZero(string shown) =>
        YearDotMonth().Match(shown) is { Success: true } m && m.Groups["m"].Value is [>= '2' and <= '9', '0'] month
            ? string.Concat(m.Groups["y"].Value, ".", month.AsSpan(0, 1))
            : shown;

    /// <summary>A cell that stands for nothing written (/, -, 无, 暂无, a run of dashes).</summary>
    internal static bool IsPlaceholder(string text) => Placeholders.Contains(text) || PlaceholderDashes().IsMatch(text);

    /// <summary>An Excel serial date (a number cell) when it lies in 1990–2100.</summary>
    internal static DateOnly? SerialDate(double number)
    {
        var serial = Math.Floor(number);
        var first = new DateOnly(DeadlineAtom.MinYear, 1, 1).DayNumber - ExcelEpoch.DayNumber;
        var last = new DateOnly(DeadlineAtom.MaxYear, 12, 31).DayNumber - ExcelEpoch.DayNumber;
        return serial >= first && serial <= last ? ExcelEpoch.AddDays((int)serial) : null;
    }

    private static DeadlineParse ParseText(string text, int ledgerYear)
    {
        if (IsPlaceholder(text))
        {
            return DeadlineParse.Missing(ledgerYear);
        }

        if (Undecided.Contains(text))
        {
            // 待定 is not an empty cell: the task has no deadline yet, which the office must chase.
            return DeadlineParse.Failed(ledgerYear, $"完成时限为“{text}”，尚未明确；请牵头单位明确完成时限后重报");
        }

        if (BlankInTemplate().Match(text) is { Success: true } blank)
        {
            // 2024年X月底前, 2024年  月底前: the template's month left unfilled. Read as it stands it would be the year's end.
            return DeadlineParse.Failed(ledgerYear, $"完成时限“{text}”中的“{blank.Value.Trim()}”没有填写具体的月或日（模板中的空白）");
        }

        if (ShortMonthDot().Match(ChineseText.ToHalfWidth(text)) is { Success: true } shortDay)
        {
            return AmbiguousMonthDot(text, shortDay, ledgerYear);
        }

        var prepared = DeadlineScanner.Prepare(text, ledgerYear);
        if (UndatedEvent(text, prepared, ledgerYear) is { } undated)
        {
            // Before an event whose date the cell cannot give: refused, also beside other dates, whose milestone it would drop.
            return DeadlineParse.Failed(ledgerYear, undated);
        }

        var atoms = DeadlineScanner.AfterChange(prepared, DeadlineScanner.Scan(prepared));
        var yearStart = DeadlineParse.YearStart(ledgerYear);
        var contextYear = ledgerYear;
        var deadlines = new List<(DeadlineAtom Atom, DateOnly Start, DateOnly End)>();
        DateOnly? namedStart = null;
        foreach (var atom in atoms)
        {
            var window = atom.Resolve(contextYear);
            if (window is not { } w)
            {
                return DeadlineParse.Failed(ledgerYear, $"完成时限“{text}”中的“{prepared.Substring(atom.Index, atom.Length)}”不是有效的日期");
            }

            contextYear = atom.EndYear ?? atom.Year ?? contextYear;
            if (atom.IsStart)
            {
                namedStart = namedStart is { } s && s <= w.Start ? s : w.Start;
            }
            else
            {
                deadlines.Add((atom, w.Start, w.End));
            }
        }

        if (deadlines.Count == 0)
        {
            if (OpenEndedWords().IsMatch(prepared))
            {
                return new DeadlineParse(DeadlineKind.OpenEnded, null, namedStart ?? yearStart, []);
            }

            return DeadlineParse.Failed(
                ledgerYear,
                namedStart is null
                    ? $"无法识别完成时限“{text}”：没有找到日期，也不是“长期坚持”“持续推进”“常态化推进”等长期任务的写法"
                    : $"完成时限“{text}”只写了开始时间，没有写完成时间");
        }

        if (deadlines.Count > 1 && deadlines[^1] is { Atom.Kind: DeadlineKind.Year } follow && follow.End > deadlines[^2].End
            && OpenEndedWords().IsMatch(Segment(prepared, deadlines, deadlines.Count - 1)))
        {
            // 2024年12月底前全面完成，2025年持续深化: the task is due at the end of 2024; the later year only says the work goes on.
            deadlines.RemoveAt(deadlines.Count - 1);
        }

        var rangeStart = deadlines.Where(d => d.Atom.Kind == DeadlineKind.Range).Select(d => (DateOnly?)d.Start).Min();
        var plannedStart = namedStart ?? rangeStart ?? yearStart;
        if (deadlines.Count == 1)
        {
            var only = deadlines[0];
            return new DeadlineParse(only.Atom.Kind, only.End, plannedStart, [new Milestone(only.End, text)]);
        }

        var milestones = new List<Milestone>(deadlines.Count);
        for (var i = 0; i < deadlines.Count; i++)
        {
            milestones.Add(new Milestone(deadlines[i].End, Segment(prepared, deadlines, i)));
        }

        // Sorted by date, stable for equal dates, so the last milestone is the deadline.
        var ordered = milestones.Select((m, i) => (m, i)).OrderBy(p => p.m.Date).ThenBy(p => p.i).Select(p => p.m).ToArray();
        return new DeadlineParse(DeadlineKind.Milestones, ordered[^1].Date, plannedStart, ordered);
    }

    /// <summary>
    /// Why a cell due before an event it gives no date for cannot be read, or null: 春节前 without a year (the festival of
    /// early this year or early next), 年前 (before the year's end, or before the Spring Festival, as 年 also means), 两会前
    /// (the congresses meet on dates set each year: the national ones in early March, a province's, city's or county's
    /// mostly in January or February). A 春节前 with its year was made a date by <see cref="DeadlineScanner.Prepare"/>.
    /// </summary>
    private static string? UndatedEvent(string text, string prepared, int ledgerYear)
    {
        if (prepared.Contains("春节", StringComparison.Ordinal))
        {
            return $"完成时限“{text}”没有写明是哪一年的春节（春节日期每年不同，{ledgerYear}年台账中的春节可能是{ledgerYear}年初的，也可能是{ledgerYear + 1}年初的）；请写明年份（如“{ledgerYear + 1}年春节前”）或填具体日期";
        }

        if (BeforeTheNewYear().IsMatch(prepared))
        {
            return $"完成时限“{text}”中的“年前”可能指{ledgerYear}年底前，也可能指春节前（春节日期每年不同），无法确定是哪一天；请写明日期（如“{ledgerYear}年12月底前”或“{ledgerYear + 1}年春节前”）";
        }

        if (BeforeTheCongresses().IsMatch(prepared))
        {
            return $"完成时限“{text}”中的“两会前”没有具体日期（两会每年召开的日期不同：全国两会一般在3月上旬，省、市、县两会多在1、2月）；请写明日期（如“{ledgerYear + 1}年2月底前”）";
        }

        return null;
    }

    /// <summary>
    /// 2024年前 is read as the year's end, as offices mostly mean it (by 2024), but the words also say "before 2024", a year
    /// earlier: the reading stands, with a note asking the unit to write the end it means.
    /// </summary>
    private static DeadlineParse WithYearBeforeNote(string text, DeadlineParse parsed)
    {
        if (parsed.IsError || YearBefore().Match(ChineseText.ToHalfWidth(text)) is not { Success: true } m)
        {
            return parsed;
        }

        var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var said = m.Length == text.Length ? $"完成时限“{text}”" : $"完成时限“{text}”中的“{m.Value}”";
        return parsed with
        {
            Note = string.Create(CultureInfo.InvariantCulture, $"{said}已按{year}年12月31日计；它也可能指{year}年之前（即{year - 1}年底前），如是此意，请改为“{year - 1}年12月底前”"),
        };
    }

    /// <summary>A year followed by 前 (2024年前, 2024年以前), not by a part of it (2024年前三季度, 2024年前半年) or 前后.</summary>
    [GeneratedRegex("(?<![0-9])(?<y>(?:19|20)[0-9]{2})年(?:之前|以前|前)(?![0-9一二三四五六七八九十两几半后])", RegexOptions.CultureInvariant)]
    private static partial Regex YearBefore();

    /// <summary>6.3 alone: 6月3日, or 6.30 whose zero the sheet dropped (a number cell, or a CSV saved from one).</summary>
    private static DeadlineParse AmbiguousMonthDot(string text, Match m, int ledgerYear)
    {
        var (month, day) = (int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture), m.Groups["d"].Value);
        return DeadlineParse.Failed(ledgerYear, $"完成时限“{text}”可能是{month}月{day}日，也可能是“{month}.{day}0”被表格去掉了末尾的0；请写成“{month}月{day}0日前”这样的文字或填日期");
    }

    /// <summary>The text of milestone <paramref name="i"/>: from its phrase (from the start of the cell for the first) to the next phrase.</summary>
    private static string Segment(string prepared, List<(DeadlineAtom Atom, DateOnly Start, DateOnly End)> deadlines, int i)
    {
        var index = deadlines[i].Atom.Index;
        var from = deadlines.FindIndex(d => d.Atom.Index == index) == 0 ? 0 : index;
        var next = deadlines.FindIndex(d => d.Atom.Index > index);
        var to = next < 0 ? prepared.Length : deadlines[next].Atom.Index;
        return prepared[from..to].Trim(SegmentTrim);
    }

    [GeneratedRegex("^[0-9]+(?:\\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericText();

    /// <summary>年前 alone or after 过/新 (过年前, 新年前), not a year's (2024年前), a half's (上半年前) or a span's (三年前后).</summary>
    [GeneratedRegex("(?<![0-9一二三四五六七八九十两半几多每])年(?:之前|以前|前)(?![0-9一二三四五六七八九十两半后])", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeTheNewYear();

    [GeneratedRegex("两会(?:召开)?(?:之前|以前|前)", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeTheCongresses();

    /// <summary>A month or day left blank in a template: X月, XX日, ×月, 2024年  月, 2024年月, 6月  日.</summary>
    [GeneratedRegex("[XxＸｘ×]{1,2}\\s*[月日号]|(?<=[0-9])年[\\s　]*月|月[\\s　]+[日号]", RegexOptions.CultureInvariant)]
    private static partial Regex BlankInTemplate();

    [GeneratedRegex("^(?<m>1[0-2]|0?[1-9])\\.(?<d>[1-3])$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortMonthDot();

    [GeneratedRegex("^(?<y>(?:19|20)[0-9]{2})\\.(?<m>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearDotMonth();

    [GeneratedRegex("^[-—－_/\\\\、.。]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderDashes();

    [GeneratedRegex("长期|持续|常态|长效|经常|不定期|每年|每半年|每季|每月|每旬|每周|每日|每天", RegexOptions.CultureInvariant)]
    private static partial Regex OpenEndedWords();
}
